package org.clipfile.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clipfile.archive.Archive;
import org.clipfile.archive.SqlDialect;
import org.clipfile.archive.ClippingStore;
import org.roaringbitmap.RoaringBitmap;

/**
 * Pages of result rows in an order, and the ids of a whole result. A relevance page after the
 * first comes from the facets' kept ranking; everything else from SQL, with a plan chosen for the
 * filter's shape (see {@link #dateOrderPlan}).
 */
final class ResultPages {
    private final Archive archive;
    private final FacetIndex facets;
    private final FilterPlan.TagLookup tags;
    private final SearchTuning tuning;

    ResultPages(Archive archive, FacetIndex facets, FilterPlan.TagLookup tags, SearchTuning tuning) {
        this.archive = archive;
        this.facets = facets;
        this.tags = tags;
        this.tuning = tuning;
    }

    /** One page of rows; snippets with highlights are filled in when the filter has a query. */
    List<ClippingRow> page(ClippingFilter filter, SortOrder sort, int offset, int limit) {
        return archive.read(c -> {
            FilterPlan plan = FilterPlan.resolve(c, filter, tags);
            FilterSql f;
            String sql;
            String columns = "c.id, c.title, c.published, c.precision, c.date_origin, c.source";
            SqlDialect dialect = plan.dialect;
            String rankParameter = null;
            List<Long> ranked = null;
            if (sort == SortOrder.RELEVANCE && plan.textMatch().isPresent() && limit > 0) {
                ranked = rankedFromFacets(c, plan, plan.textMatch().get(), offset, limit);
            }
            int skip = offset;
            if (ranked != null) {
                f = FilterSql.of(plan).forIds(ranked);
                sql = "SELECT " + columns + " FROM clipping c WHERE " + f.where + " LIMIT ? OFFSET ?";
                skip = 0;
            } else if (sort == SortOrder.RELEVANCE && plan.textMatch().isPresent()) {
                // The page's ids by rank from the text rows alone, then their rows (see TextMatch.RANKED):
                // every match that passes the filter is scored, but only the page's best are kept.
                f = FilterSql.of(plan, FilterSql.TextMatch.RANKED);
                if (dialect == SqlDialect.POSTGRESQL) {
                    rankParameter = plan.textMatch().get();
                    sql = "SELECT " + columns + " FROM (SELECT t.id AS rid, " + Sql.PG_RANK + " AS score"
                            + " FROM clipping_text t WHERE " + f.where + " ORDER BY score DESC, rid DESC LIMIT ? OFFSET ?) AS r"
                            + " JOIN clipping c ON c.id = r.rid ORDER BY r.score DESC, r.rid DESC";
                } else {
                    sql = "SELECT " + columns + " FROM (SELECT clipping_fts.rowid AS rid, " + Sql.RANK + " AS score"
                            + " FROM clipping_fts WHERE " + f.where + " ORDER BY score, rid DESC LIMIT ? OFFSET ?) AS r"
                            + " CROSS JOIN clipping c ON c.id = r.rid ORDER BY r.score, r.rid DESC";
                }
            } else if (plan.trash || (sort != SortOrder.NEWEST && sort != SortOrder.OLDEST)) {
                f = FilterSql.of(plan);
                sql = "SELECT " + columns + " FROM clipping c WHERE " + f.where + " ORDER BY " + Sql.orderBy(dialect, sort) + " LIMIT ? OFFSET ?";
            } else {
                // Date orders on the live archive: pick the ids from a narrow index, then read just those rows.
                f = dateOrderPlan(c, plan, sort, offset + limit);
                sql = "SELECT " + columns + " FROM clipping c WHERE c.id IN (" + f.select + ") ORDER BY " + Sql.orderBy(dialect, sort);
            }
            List<ClippingRow> rows = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            FilterSql page = f;
            String pageSql = sql;
            String rank = rankParameter;
            int pageSkip = skip;
            SqlDialect.SqlCall<Void> read = () -> {
                try (PreparedStatement ps = Sql.prepare(c, pageSql)) {
                    int i = 1;
                    if (rank != null) { // the score, in the select list, comes before the filter
                        ps.setString(i++, rank);
                    }
                    i = page.bind(ps, i);
                    ps.setInt(i++, Math.max(0, limit));
                    ps.setInt(i, Math.max(0, pageSkip));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            long id = rs.getLong(1);
                            ids.add(id);
                            rows.add(new ClippingRow(id, rs.getString(2),
                                    ClippingStore.readDate(rs.getString(3), rs.getString(4), rs.getString(5)),
                                    rs.getString(6), List.of(), null));
                        }
                    }
                }
                return null;
            };
            plan.read(c, read);
            if (ranked != null) { // rows came in id order
                Map<Long, Integer> position = new HashMap<>();
                for (int k = 0; k < ranked.size(); k++) {
                    position.put(ranked.get(k), k);
                }
                rows.sort(Comparator.comparing(r -> position.get(r.id())));
            }
            Map<Long, List<String>> tagsById = explicitTags(c, dialect, ids);
            Map<Long, Snippet> snippets = plan.query.isEmpty() ? Map.of() : Snippets.forIds(c, ids, plan.query);
            List<ClippingRow> out = new ArrayList<>(rows.size());
            for (ClippingRow r : rows) {
                out.add(new ClippingRow(r.id(), r.title(), r.date(), r.source(),
                        tagsById.getOrDefault(r.id(), List.of()), snippets.get(r.id())));
            }
            return out;
        });
    }

    /**
     * A relevance page from the facets, or null when SQLite should score it: pages after the first,
     * and any page once the query is ranked, walk the query's kept ranking of all its matches
     * (made once, outside the facets' lock: seconds at 1M); a first page of a new query is left to
     * SQLite, which keeps only the page's best and so costs less than ranking everything.
     */
    private List<Long> rankedFromFacets(Connection c, FilterPlan plan, String match, int offset, int limit) throws SQLException {
        Optional<List<Long>> kept = facets.use(c, s -> {
            RoaringBitmap selected = FacetCounter.select(c, s, plan);
            if (selected.getCardinality() <= Math.max(0, offset)) {
                return List.<Long>of(); // nothing on this page: no need to rank
            }
            int[] ranking = FacetRankings.ranking(s, match);
            return ranking == null ? null : FacetRankings.rankedPage(ranking, selected, offset, limit);
        });
        if (kept.isPresent() || offset <= 0 || !facets.ready()) {
            return kept.orElse(null);
        }
        int[] ranking = FacetRankings.rank(c, match); // this read transaction's snapshot, as the state's below
        return facets.use(c, s -> {
            FacetRankings.keepRanking(s, match, ranking);
            return FacetRankings.rankedPage(ranking, FacetCounter.select(c, s, plan), offset, limit);
        }).orElse(null);
    }

    /**
     * The ids of one page in a date order. The plan depends on how many clippings the filter's
     * most selective part matches, estimated cheaply (the text index counted up to a cap, tags
     * from tag_count), with N the archive size and W the rows wanted:
     * <ul>
     * <li>few (below ~sqrt(W·N/10)): collect them and sort, one narrow index lookup each;</li>
     * <li>many: walk the date index newest first, stopping at the page's end after about
     *     W·N/matches rows, testing each row against the matches collected once;</li>
     * <li>most (above ~sqrt(150·W·N)): collecting alone would cost more than the walk, so each
     *     walked row asks the text index directly (~30 µs, but only ~W·N/matches of them).</li>
     * </ul>
     * Measured on the benchmark archives; see src/docs/performance.md.
     */
    private FilterSql dateOrderPlan(Connection c, FilterPlan plan, SortOrder sort, int wanted)
            throws SQLException {
        String order = " ORDER BY " + Sql.orderBy(plan.dialect, sort) + " LIMIT ? OFFSET ?";
        if (plan.dialect == SqlDialect.POSTGRESQL) {
            return postgresDateOrderPlan(c, plan, order, wanted);
        }
        long size = Sql.scalar(c, "SELECT coalesce(max(id), 0) FROM clipping");
        long few = few(size, wanted);
        long most = Math.max(few, (long) Math.sqrt(tuning.planMostFactor() * Math.max(wanted, 1) * size));
        // Each tag condition carries at most the sum of its tags' clippings; all must hold.
        long tagEstimate = Long.MAX_VALUE;
        for (Condition.TaggedAnyOf t : plan.all(Condition.TaggedAnyOf.class)) {
            long n = 0;
            for (long id : t.tagIds()) {
                n += Sql.scalar(c, "SELECT coalesce((SELECT clippings FROM tag_count WHERE tag_id = " + id + "), 0)");
            }
            tagEstimate = Math.min(tagEstimate, n);
        }
        boolean byIds = plan.has(Condition.IdIn.class);
        boolean hasText = plan.textMatch().isPresent();
        long textEstimate = Long.MAX_VALUE;
        if (hasText) {
            try (PreparedStatement ps = Sql.prepare(c,
                    "SELECT count(*) FROM (SELECT 1 FROM clipping_fts WHERE clipping_fts MATCH ? LIMIT ?)")) {
                ps.setString(1, plan.textMatch().orElseThrow());
                ps.setLong(2, most);
                try (ResultSet rs = ps.executeQuery()) {
                    textEstimate = rs.next() ? rs.getLong(1) : 0;
                }
            }
        }
        FilterSql.TextMatch textAsCondition = textEstimate >= most ? FilterSql.TextMatch.PROBE : FilterSql.TextMatch.SUBQUERY;
        long estimate = Math.min(tagEstimate, textEstimate);
        if (hasText && textEstimate <= tagEstimate && (estimate < few || byIds || sort != SortOrder.NEWEST)) {
            // The text index drives: its matches are few (or a date walk would not help).
            FilterSql f = FilterSql.of(plan, FilterSql.TextMatch.JOINED);
            return f.withSelect("SELECT c.id FROM clipping_fts CROSS JOIN " + f.clipping(Sql.LIVE_BY_ID)
                    + " ON c.id = clipping_fts.rowid WHERE " + f.where + order);
        }
        if (estimate < few || byIds || sort != SortOrder.NEWEST) {
            // The tags' (or the selection's) clippings drive, sorted in full.
            FilterSql f = FilterSql.of(plan, textAsCondition);
            return f.withSelect("SELECT c.id FROM " + f.clipping(Sql.LIVE_BY_ID) + " WHERE " + f.where + order);
        }
        // Many: walk the dates. Tags are checked per row (a primary-key lookup each).
        FilterSql f = FilterSql.of(plan, textAsCondition, true);
        return f.withSelect("SELECT c.id FROM " + f.clipping(Sql.BY_PUBLISHED) + " WHERE " + f.where + order);
    }

    /**
     * PostgreSQL's planner weighs tags, dates and the rest itself, from statistics SQLite does not
     * keep, but not the text query: a word missing from the text index's most common ones is
     * guessed at 0.5% of the archive, whatever its true count. A name in 96 of a million clippings,
     * so guessed, was looked for by walking all million dates and opening each one's document
     * (13 s), and a phrase in 45,000 was collected in full and sorted (0.7 s) where the walk takes
     * a few thousand rows. So the matches are counted through the index, up to "few" (the same
     * crossing point as SQLite's) unless the statistics already show one word as common, and the
     * plan is fixed here: few matches are collected and sorted, fenced so that no walk of the date
     * index is planned; more are found by walking the dates and asking the text index per row, a
     * check the planner cannot turn into a join.
     */
    private FilterSql postgresDateOrderPlan(Connection c, FilterPlan plan, String order, int wanted)
            throws SQLException {
        if (plan.textMatch().isEmpty()) {
            FilterSql f = FilterSql.of(plan);
            return f.withSelect("SELECT c.id FROM clipping c WHERE " + f.where + order);
        }
        long size = Sql.scalar(c, "SELECT coalesce(max(id), 0) FROM clipping"); // asked only when the text decides the plan
        long few = few(size, wanted);
        String match = plan.textMatch().orElseThrow();
        long matches = commonWord(c, match, few, size) ? few : matchesUpTo(c, plan.dialect, match, few);
        if (matches < few) {
            FilterSql f = FilterSql.of(plan, FilterSql.TextMatch.SUBQUERY);
            return f.withSelect("SELECT c.id FROM (SELECT c.id, c.published FROM clipping c WHERE " + f.where
                    + " OFFSET 0) AS c" + order);
        }
        FilterSql f = FilterSql.of(plan, FilterSql.TextMatch.PROBE);
        return f.withSelect("SELECT c.id FROM clipping c WHERE " + f.where + order);
    }

    /** Below this many candidates a date order collects and sorts them (~sqrt(W·N/10), see {@link #dateOrderPlan}). */
    private long few(long size, int wanted) {
        return Math.max(tuning.planFewMin(), (long) Math.sqrt(Math.max(wanted, 1) * (double) size / 10));
    }

    /** How many clippings a text match finds, counted through the text index and no further than {@code cap}. */
    private static long matchesUpTo(Connection c, SqlDialect dialect, String match, long cap) throws SQLException {
        return dialect.throughTextIndex(c, () -> {
            try (PreparedStatement ps = Sql.prepare(c, "SELECT count(*) FROM (" + dialect.textMatchIds() + " LIMIT ?) AS m")) {
                ps.setString(1, match);
                ps.setLong(2, cap);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
    }

    /** A tsquery of one plain word, as {@code 'tor'} (a quote inside is doubled). */
    private static final java.util.regex.Pattern ONE_WORD = java.util.regex.Pattern.compile("'(?:[^']|'')+'");
    private static final java.util.regex.Pattern PLAN_ROWS = java.util.regex.Pattern.compile("rows=(\\d+)");

    /**
     * Whether the planner's statistics already show a one-word query as common: counting a word
     * in 94% of a million clippings through the index costs 85 ms, most of that page's time. Only
     * the statistics' own list of common words yields an estimate above 0.5% of the archive (any
     * other word is guessed at or below it), so an estimate of 1% or more, and of at least "few",
     * is a measured frequency, not a guess. Several words are always counted: their guesses add up.
     */
    private static boolean commonWord(Connection c, String tsquery, long few, long size) throws SQLException {
        if (!ONE_WORD.matcher(tsquery).matches()) {
            return false;
        }
        try (PreparedStatement ps = Sql.prepare(c, "EXPLAIN " + SqlDialect.POSTGRESQL.textMatchIds())) {
            ps.setString(1, tsquery);
            try (ResultSet rs = ps.executeQuery()) {
                java.util.regex.Matcher m = rs.next() ? PLAN_ROWS.matcher(rs.getString(1)) : null;
                long estimate = m != null && m.find() ? Long.parseLong(m.group(1)) : 0;
                return estimate >= few && estimate >= size / 100;
            }
        }
    }

    /** The ids matching a filter in the given order (for "select all" and bulk actions). */
    List<Long> ids(ClippingFilter filter, SortOrder sort) {
        return archive.read(c -> {
            FilterPlan plan = FilterPlan.resolve(c, filter, tags);
            FilterSql f = FilterSql.of(plan);
            List<Long> ids = new ArrayList<>();
            return plan.read(c, () -> {
                try (PreparedStatement ps = Sql.prepare(c, "SELECT c.id FROM clipping c WHERE " + f.where
                        + " ORDER BY " + Sql.orderBy(f.dialect, sort == SortOrder.RELEVANCE ? SortOrder.NEWEST : sort))) {
                    f.bind(ps, 1);
                    try (ResultSet rs = f.dialect.streamed(ps)) {
                        while (rs.next()) {
                            ids.add(rs.getLong(1));
                        }
                    }
                }
                return ids;
            });
        });
    }

    private static Map<Long, List<String>> explicitTags(Connection c, SqlDialect dialect, List<Long> ids) throws SQLException {
        Map<Long, List<String>> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        try (PreparedStatement ps = Sql.prepare(c, "SELECT ct.clipping_id, t.path FROM clipping_tag ct JOIN tag t ON t.id = ct.tag_id"
                + " WHERE ct.explicit = 1 AND ct.clipping_id IN (" + dialect.idsFrom() + ") ORDER BY t.path_key")) {
            ps.setString(1, SqlDialect.idList(ids));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        return out;
    }
}
