package org.clipfile.search;

import org.clipfile.archive.SqlDialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.roaringbitmap.IntConsumer;
import org.roaringbitmap.RoaringBitmap;
import org.roaringbitmap.RoaringBitmapWriter;

/** Counts from the in-memory facets, brought up to the reader's snapshot (see {@link FacetIndex#use}). */
final class FacetCounter implements Counter {
    private final Connection c;
    private final FacetIndex.State state;

    FacetCounter(Connection c, FacetIndex.State state) {
        this.c = c;
        this.state = state;
    }

    private RoaringBitmap select(FilterPlan plan) throws SQLException {
        return select(c, state, plan);
    }

    @Override
    public long count(FilterPlan plan) throws SQLException {
        return select(plan).getLongCardinality();
    }

    @Override
    public Map<Long, Long> tagCounts(FilterPlan plan) throws SQLException {
        return tagCounts(state, select(plan));
    }

    @Override
    public SortedMap<YearMonth, Long> months(FilterPlan plan) throws SQLException {
        SortedMap<YearMonth, Long> out = new TreeMap<>();
        months(state, select(plan)).forEach((key, n) -> out.put(YearMonth.of(key / 12, key % 12 + 1), n));
        return out;
    }

    @Override
    public SortedMap<Integer, Long> years(FilterPlan plan) throws SQLException {
        long[] perYear = new long[10_000];
        select(plan).forEach((IntConsumer) id -> {
            int d = state.date(id);
            if (d != 0) {
                perYear[d / 10_000]++;
            }
        });
        SortedMap<Integer, Long> out = new TreeMap<>();
        for (int y = 0; y < perYear.length; y++) {
            if (perYear[y] > 0) {
                out.put(y, perYear[y]);
            }
        }
        return out;
    }

    @Override
    public SortedMap<LocalDate, Long> days(FilterPlan plan, LocalDate from, LocalDate to) throws SQLException {
        SortedMap<LocalDate, Long> out = new TreeMap<>();
        days(state, select(plan), FacetIndex.toInt(from), FacetIndex.toInt(to))
                .forEach((d, n) -> out.put(LocalDate.of(d / 10_000, d / 100 % 100, d % 100), n));
        return out;
    }

    // ---- answering a plan from the facets' state ----------------------------------------------

    /** The ids of the clippings {@code plan} selects, in {@code c}'s snapshot; its conditions by kind. */
    static RoaringBitmap select(Connection c, FacetIndex.State s, FilterPlan plan) throws SQLException {
        RoaringBitmap out = plan.trash ? s.trash.clone() : s.live.clone();
        List<Condition> byDate = new ArrayList<>();
        for (Condition k : plan.conditions) {
            if (out.isEmpty()) {
                return out;
            }
            if (k instanceof Condition.PublishedBetween || k instanceof Condition.Undated) {
                byDate.add(k); // one pass over what is left, at the end
            } else if (k instanceof Condition.TaggedAnyOf t) {
                List<RoaringBitmap> tagged = new ArrayList<>();
                for (long tag : t.tagIds()) {
                    RoaringBitmap ids = s.byTag.get(tag);
                    if (ids != null) {
                        tagged.add(ids);
                    }
                }
                out.and(RoaringBitmap.or(tagged.iterator()));
            } else if (k instanceof Condition.IdIn in) {
                RoaringBitmap wanted = new RoaringBitmap();
                for (long id : in.ids()) {
                    if (id >= 0 && id <= Integer.MAX_VALUE) {
                        wanted.add((int) id);
                    }
                }
                out.and(wanted);
            } else if (k instanceof Condition.Equals e) {
                out.and(equal(c, e));
            } else if (k instanceof Condition.Nothing) {
                return new RoaringBitmap();
            } else {
                throw new IllegalStateException("no facet for " + k);
            }
        }
        if (plan.textMatch().isPresent() && !out.isEmpty()) {
            out.and(matches(c, s, plan.textMatch().get()));
        }
        if (plan.textExclusion().isPresent() && !out.isEmpty()) {
            out.andNot(matches(c, s, plan.textExclusion().get()));
        }
        for (Condition k : byDate) {
            out = keepDated(s, out, k);
        }
        return out;
    }

    /** The clippings whose column equals the value, case aside: from the column's index, not held in memory. */
    private static RoaringBitmap equal(Connection c, Condition.Equals e) throws SQLException {
        RoaringBitmap ids = new RoaringBitmap();
        String column = e.column().sql;
        // Live and trashed apart, so each side has an index (the column's index holds live clippings only).
        SqlDialect dialect = SqlDialect.of(c);
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM clipping WHERE " + dialect.equalsIgnoringCase(column)
                + " AND deleted_at IS NULL UNION ALL SELECT id FROM clipping WHERE deleted_at IS NOT NULL AND "
                + dialect.equalsIgnoringCase(column))) {
            ps.setString(1, e.value());
            ps.setString(2, e.value());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getInt(1));
                }
            }
        }
        return ids;
    }

    private static RoaringBitmap keepDated(FacetIndex.State s, RoaringBitmap in, Condition k) {
        boolean undated = k instanceof Condition.Undated;
        Condition.PublishedBetween range = undated ? null : (Condition.PublishedBetween) k;
        int from = undated || range.from() == null ? 1 : FacetIndex.toInt(range.from());
        int to = undated || range.to() == null ? Integer.MAX_VALUE : FacetIndex.toInt(range.to());
        RoaringBitmapWriter<RoaringBitmap> kept = RoaringBitmapWriter.writer().get();
        in.forEach((IntConsumer) id -> {
            int d = s.date(id);
            if (undated ? d == 0 : d >= from && d <= to) {
                kept.add(id);
            }
        });
        return kept.get();
    }

    /** How many of {@code selected} carry each tag (tags with none left out). */
    static Map<Long, Long> tagCounts(FacetIndex.State s, RoaringBitmap selected) {
        Map<Long, Long> out = new HashMap<>();
        if (selected.isEmpty()) {
            return out;
        }
        for (Map.Entry<Long, RoaringBitmap> e : s.byTag.entrySet()) {
            long n = RoaringBitmap.andCardinality(selected, e.getValue());
            if (n > 0) {
                out.put(e.getKey(), n);
            }
        }
        return out;
    }

    /** Counts per month (key year * 12 + month - 1) of day- and month-precision dates. */
    static Map<Integer, Long> months(FacetIndex.State s, RoaringBitmap selected) {
        long[] perMonth = new long[10_000 * 12];
        selected.forEach((IntConsumer) id -> {
            int d = s.date(id);
            byte p = s.precision(id);
            if (d != 0 && p != FacetIndex.YEAR) {
                perMonth[(d / 10_000) * 12 + (d / 100 % 100) - 1]++;
            }
        });
        Map<Integer, Long> out = new java.util.TreeMap<>();
        for (int i = 0; i < perMonth.length; i++) {
            if (perMonth[i] > 0) {
                out.put(i, perMonth[i]);
            }
        }
        return out;
    }

    /** Counts per day (yyyymmdd) of day-precision dates between two yyyymmdd bounds inclusive. */
    static Map<Integer, Long> days(FacetIndex.State s, RoaringBitmap selected, int from, int to) {
        Map<Integer, Long> out = new java.util.TreeMap<>();
        selected.forEach((IntConsumer) id -> {
            int d = s.date(id);
            if (d >= from && d <= to && s.precision(id) == FacetIndex.DAY) {
                out.merge(d, 1L, Long::sum);
            }
        });
        return out;
    }

    /**
     * The clippings a full-text match expression finds: a frequent word's kept set, or one read
     * for this data and kept for the next few queries (typing reuses them).
     */
    static RoaringBitmap matches(Connection c, FacetIndex.State s, String match) throws SQLException {
        RoaringBitmap kept = s.frequent.get(match);
        if (kept != null) {
            return kept;
        }
        RoaringBitmap cached = s.matches.get(match);
        if (cached != null) {
            return cached;
        }
        RoaringBitmap b = TextMatches.fetch(c, match);
        s.matches.put(match, b);
        if (s.matches.size() > FacetIndex.CACHED_MATCHES) {
            s.matches.remove(s.matches.keySet().iterator().next());
        }
        return b;
    }
}
