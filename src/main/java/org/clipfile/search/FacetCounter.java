package org.clipfile.search;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.roaringbitmap.RoaringBitmap;

/** Counts from the in-memory facets, brought up to the reader's snapshot (see {@link FacetIndex#use}). */
final class FacetCounter implements Counter {
    private final Connection c;
    private final FacetIndex.State state;

    FacetCounter(Connection c, FacetIndex.State state) {
        this.c = c;
        this.state = state;
    }

    private RoaringBitmap select(FilterPlan plan) throws SQLException {
        return FacetIndex.select(c, state, plan);
    }

    @Override
    public long count(FilterPlan plan) throws SQLException {
        return select(plan).getLongCardinality();
    }

    @Override
    public Map<Long, Long> tagCounts(FilterPlan plan) throws SQLException {
        return FacetIndex.tagCounts(state, select(plan));
    }

    @Override
    public SortedMap<YearMonth, Long> months(FilterPlan plan) throws SQLException {
        SortedMap<YearMonth, Long> out = new TreeMap<>();
        FacetIndex.months(state, select(plan)).forEach((key, n) -> out.put(YearMonth.of(key / 12, key % 12 + 1), n));
        return out;
    }

    @Override
    public SortedMap<LocalDate, Long> days(FilterPlan plan, LocalDate from, LocalDate to) throws SQLException {
        SortedMap<LocalDate, Long> out = new TreeMap<>();
        FacetIndex.days(state, select(plan), FacetIndex.toInt(from), FacetIndex.toInt(to))
                .forEach((d, n) -> out.put(LocalDate.of(d / 10_000, d / 100 % 100, d % 100), n));
        return out;
    }
}
