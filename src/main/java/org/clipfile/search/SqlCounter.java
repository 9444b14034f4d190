package org.clipfile.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Counts from the archive's tables and indexes: before the facets are built, and for one-shot commands. */
final class SqlCounter implements Counter {
    private final Connection c;

    SqlCounter(Connection c) {
        this.c = c;
    }

    @Override
    public long count(FilterPlan plan) throws SQLException {
        FilterSql f = FilterSql.of(plan);
        return plan.read(c, () -> {
            try (PreparedStatement ps = Sql.prepare(c, "SELECT count(*) FROM " + f.clipping(Sql.LIVE_BY_ID) + " WHERE " + f.where)) {
                f.bind(ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
    }

    @Override
    public Map<Long, Long> tagCounts(FilterPlan plan) throws SQLException {
        FilterSql f = FilterSql.of(plan);
        Map<Long, Long> counts = new HashMap<>();
        // The filtered clippings drive (CROSS JOIN keeps that order); each adds its few tag rows.
        return plan.read(c, () -> {
            try (PreparedStatement ps = Sql.prepare(c, "SELECT ct.tag_id, count(*) FROM " + f.clipping(Sql.LIVE_BY_ID)
                    + f.dialect.orderedJoin() + "clipping_tag ct ON ct.clipping_id = c.id WHERE " + f.where + " GROUP BY ct.tag_id")) {
                f.bind(ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        counts.put(rs.getLong(1), rs.getLong(2));
                    }
                }
            }
            return counts;
        });
    }

    @Override
    public SortedMap<YearMonth, Long> months(FilterPlan plan) throws SQLException {
        SortedMap<YearMonth, Long> perMonth = new TreeMap<>();
        perDate(plan, false, (published, n) -> perMonth.merge(YearMonth.parse(published.substring(0, 7)), n, Long::sum));
        return perMonth;
    }

    @Override
    public SortedMap<Integer, Long> years(FilterPlan plan) throws SQLException {
        SortedMap<Integer, Long> perYear = new TreeMap<>();
        perDate(plan, true, (published, n) -> perYear.merge(Integer.parseInt(published, 0, 4, 10), n, Long::sum));
        return perYear;
    }

    /**
     * The plan's dated clippings grouped by the stored date, which an index already orders, and
     * summed per month or year by the caller: no sort of a million rows by a computed month.
     */
    private void perDate(FilterPlan plan, boolean withYearOnly, java.util.function.ObjLongConsumer<String> add) throws SQLException {
        FilterSql f = FilterSql.of(plan);
        plan.read(c, () -> {
            try (PreparedStatement ps = Sql.prepare(c, "SELECT c.published, count(*) FROM "
                    + f.clipping(plan.datesOnly() ? Sql.LIVE_BY_DATE : Sql.LIVE_BY_ID) + " WHERE " + f.where
                    + " AND c.published IS NOT NULL" + (withYearOnly ? "" : " AND c.precision <> 'year'") + " GROUP BY c.published")) {
                f.bind(ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        add.accept(rs.getString(1), rs.getLong(2));
                    }
                }
            }
            return null;
        });
    }

    @Override
    public SortedMap<LocalDate, Long> days(FilterPlan plan, LocalDate from, LocalDate to) throws SQLException {
        FilterSql f = FilterSql.of(plan);
        SortedMap<LocalDate, Long> out = new TreeMap<>();
        return plan.read(c, () -> {
            try (PreparedStatement ps = Sql.prepare(c, "SELECT c.published, count(*) FROM clipping c WHERE " + f.where
                    + " AND c.precision = 'day' AND c.published BETWEEN ? AND ? GROUP BY c.published")) {
                int i = f.bind(ps, 1);
                ps.setString(i++, from.toString());
                ps.setString(i, to.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(LocalDate.parse(rs.getString(1)), rs.getLong(2));
                    }
                }
            }
            return out;
        });
    }
}
