package org.clipfile.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clipfile.archive.Archive;
import org.clipfile.archive.Clipping;
import org.clipfile.archive.ClippingStore;
import org.clipfile.archive.Tag;
import org.clipfile.archive.TagStore;
import org.roaringbitmap.RoaringBitmap;

/**
 * Read-only queries over the archive for a {@link ClippingFilter}: pages of rows, counts, the
 * topic tree with counts, the date histogram. Every method is one read transaction.
 */
public final class ClippingSearch {
    public static final int SNIPPET_CHARS = 240;

    private final Archive archive;
    private final FilterSql.TagLookup tags = FilterSql.TagLookup.of();
    private final FacetIndex facets = new FacetIndex();

    public ClippingSearch(Archive archive) {
        this.archive = archive;
    }

    /**
     * Builds the in-memory facets that make a filter's counts, tag tree and histogram fast on a
     * large archive (seconds at a million clippings, so off the UI thread). Until then, and for
     * one-shot commands that never call this, the same answers come from SQL. Returns false when
     * the archive is too large to hold them.
     */
    public boolean prepareFacets() {
        return archive.read(facets::build);
    }

    /** Forgets the text matches and rankings kept for recent queries (benchmarks measure from cold). */
    public void forgetCachedMatches() {
        facets.forgetMatches();
    }

    /** Notes about the filter worth telling the analyst (an unknown tag, an ignored bracket). */
    public List<String> warnings(ClippingFilter filter) {
        return archive.read(c -> FilterSql.of(c, filter, tags).warnings);
    }

    /** One page of rows; snippets with highlights are filled in when the filter has a query. */
    public List<ClippingRow> page(ClippingFilter filter, SortOrder sort, int offset, int limit) {
        return archive.read(c -> {
            FilterSql f;
            String sql;
            String columns = "c.id, c.title, c.published, c.precision, c.date_origin, c.source";
            SearchQuery parsed = SearchQuery.parse(filter.query());
            List<Long> ranked = null;
            if (sort == SortOrder.RELEVANCE && parsed.include().isPresent() && limit > 0) {
                ranked = rankedFromFacets(c, filter, parsed.include().get(), offset, limit);
            }
            int skip = offset;
            if (ranked != null) {
                f = FilterSql.of(c, filter, tags).forIds(ranked);
                sql = "SELECT " + columns + " FROM clipping c WHERE " + f.where + " LIMIT ? OFFSET ?";
                skip = 0;
            } else if (sort == SortOrder.RELEVANCE && parsed.include().isPresent()) {
                // The page's ids by rank from the text index alone, then their rows (see TextMatch.RANKED):
                // SQLite scores every match that passes the filter but keeps only the page's best.
                f = FilterSql.of(c, filter, tags, FilterSql.TextMatch.RANKED);
                sql = "SELECT " + columns + " FROM (SELECT clipping_fts.rowid AS rid, " + RANK + " AS score"
                        + " FROM clipping_fts WHERE " + f.where + " ORDER BY score, rid DESC LIMIT ? OFFSET ?) AS r"
                        + " CROSS JOIN clipping c ON c.id = r.rid ORDER BY r.score, r.rid DESC";
            } else if (filter.trash() || (sort != SortOrder.NEWEST && sort != SortOrder.OLDEST)) {
                f = FilterSql.of(c, filter, tags);
                sql = "SELECT " + columns + " FROM clipping c WHERE " + f.where + " ORDER BY " + orderBy(sort) + " LIMIT ? OFFSET ?";
            } else {
                // Date orders on the live archive: pick the ids from a narrow index, then read just those rows.
                f = dateOrderPlan(c, filter, parsed, sort, offset + limit);
                sql = "SELECT " + columns + " FROM clipping c WHERE c.id IN (" + f.select + ") ORDER BY " + orderBy(sort);
            }
            List<ClippingRow> rows = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = prepare(c, sql)) {
                int i = f.bind(ps, 1);
                ps.setInt(i++, Math.max(0, limit));
                ps.setInt(i, Math.max(0, skip));
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
            if (ranked != null) { // rows came in id order
                Map<Long, Integer> position = new java.util.HashMap<>();
                for (int k = 0; k < ranked.size(); k++) {
                    position.put(ranked.get(k), k);
                }
                rows.sort(java.util.Comparator.comparing(r -> position.get(r.id())));
            }
            Map<Long, List<String>> tagsById = explicitTags(c, ids);
            Map<Long, Snippet> snippets = f.query.isEmpty() ? Map.of() : snippets(c, ids, f.query);
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
    private List<Long> rankedFromFacets(Connection c, ClippingFilter filter, String match, int offset, int limit) throws SQLException {
        Optional<List<Long>> kept = facets.use(c, s -> {
            RoaringBitmap selected = FacetIndex.select(c, s, filter, tags);
            if (selected.getCardinality() <= Math.max(0, offset)) {
                return List.<Long>of(); // nothing on this page: no need to rank
            }
            int[] ranking = FacetIndex.ranking(s, match);
            return ranking == null ? null : FacetIndex.rankedPage(ranking, selected, offset, limit);
        });
        if (kept.isPresent() || offset <= 0 || !facets.ready()) {
            return kept.orElse(null);
        }
        int[] ranking = FacetIndex.rank(c, match); // this read transaction's snapshot, as the state's below
        return facets.use(c, s -> {
            FacetIndex.keepRanking(s, match, ranking);
            return FacetIndex.rankedPage(ranking, FacetIndex.select(c, s, filter, tags), offset, limit);
        }).orElse(null);
    }

    // Partial indexes of schema V2 (and V1's date index); named so the planner cannot pick the
    // wide table instead: published and deleted_at sit after the body, often in overflow pages.
    static final String LIVE_BY_ID = "clipping_live_by_id";
    static final String LIVE_BY_DATE = "clipping_live_by_date";
    static final String BY_PUBLISHED = "clipping_by_published";
    /** Relevance: bm25 with a title hit worth ten body hits and a note hit two. */
    static final String RANK = "bm25(clipping_fts, 10.0, 1.0, 2.0)";

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
     * Measured on the benchmark archives; see the README, "Performance".
     */
    private FilterSql dateOrderPlan(Connection c, ClippingFilter filter, SearchQuery parsed, SortOrder sort, int wanted)
            throws SQLException {
        long size = scalar(c, "SELECT coalesce(max(id), 0) FROM clipping");
        double w = Math.max(wanted, 1);
        long few = Math.max(PLAN_FEW_MIN, (long) Math.sqrt(w * size / 10));
        long most = Math.max(few, (long) Math.sqrt(PLAN_MOST_FACTOR * w * size));
        FilterSql plain = FilterSql.of(c, filter, tags);
        long tagEstimate = Long.MAX_VALUE;
        for (long id : plain.tagIds) {
            long n = scalar(c, "SELECT coalesce((SELECT clippings FROM tag_count WHERE tag_id = " + id + "), 0)");
            tagEstimate = filter.anyTag() ? (tagEstimate == Long.MAX_VALUE ? n : tagEstimate + n) : Math.min(tagEstimate, n);
        }
        boolean hasText = parsed.include().isPresent();
        long textEstimate = Long.MAX_VALUE;
        if (hasText) {
            try (PreparedStatement ps = prepare(c, 
                    "SELECT count(*) FROM (SELECT 1 FROM clipping_fts WHERE clipping_fts MATCH ? LIMIT ?)")) {
                ps.setString(1, parsed.include().orElseThrow());
                ps.setLong(2, most);
                try (ResultSet rs = ps.executeQuery()) {
                    textEstimate = rs.next() ? rs.getLong(1) : 0;
                }
            }
        }
        FilterSql.TextMatch textAsCondition = textEstimate >= most ? FilterSql.TextMatch.PROBE : FilterSql.TextMatch.SUBQUERY;
        String order = " ORDER BY " + orderBy(sort) + " LIMIT ? OFFSET ?";
        long estimate = Math.min(tagEstimate, textEstimate);
        if (hasText && textEstimate <= tagEstimate && (estimate < few || filter.ids() != null || sort != SortOrder.NEWEST)) {
            // The text index drives: its matches are few (or a date walk would not help).
            FilterSql f = FilterSql.of(c, filter, tags, FilterSql.TextMatch.JOINED);
            return f.withSelect("SELECT c.id FROM clipping_fts CROSS JOIN " + f.clipping(LIVE_BY_ID)
                    + " ON c.id = clipping_fts.rowid WHERE " + f.where + order);
        }
        if (estimate < few || filter.ids() != null || sort != SortOrder.NEWEST) {
            // The tags' (or the selection's) clippings drive, sorted in full.
            FilterSql f = FilterSql.of(c, filter, tags, textAsCondition);
            return f.withSelect("SELECT c.id FROM " + f.clipping(LIVE_BY_ID) + " WHERE " + f.where + order);
        }
        // Many: walk the dates. Tags are checked per row (a primary-key lookup each).
        FilterSql f = FilterSql.of(c, filter, tags, textAsCondition, true);
        return f.withSelect("SELECT c.id FROM " + f.clipping(BY_PUBLISHED) + " WHERE " + f.where + order);
    }

    /** Plan thresholds (see {@link #dateOrderPlan}); tests lower them to reach every plan on a small archive. */
    static long PLAN_FEW_MIN = 500;
    static double PLAN_MOST_FACTOR = 150;

    /**
     * Prepares a statement; if SQLite finds no plan for a forced index (a filter shape not foreseen
     * here), the same query without INDEXED BY: slower, never wrong.
     */
    static PreparedStatement prepare(Connection c, String sql) throws SQLException {
        try {
            return c.prepareStatement(sql);
        } catch (SQLException e) {
            if (e.getMessage() == null || !e.getMessage().contains("no query solution")) {
                throw e;
            }
            return c.prepareStatement(sql.replaceAll(" INDEXED BY \\w+", ""));
        }
    }

    private static long scalar(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    public long count(ClippingFilter filter) {
        return archive.read(c -> {
            Optional<Long> fast = facets.use(c, s -> FacetIndex.select(c, s, filter, tags).getLongCardinality());
            if (fast.isPresent()) {
                return fast.get();
            }
            FilterSql f = FilterSql.of(c, filter, tags);
            try (PreparedStatement ps = prepare(c, "SELECT count(*) FROM " + f.clipping(LIVE_BY_ID) + " WHERE " + f.where)) {
                f.bind(ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
    }

    /** The ids matching a filter in the given order (for "select all" and bulk actions). */
    public List<Long> ids(ClippingFilter filter, SortOrder sort) {
        return archive.read(c -> {
            FilterSql f = FilterSql.of(c, filter, tags);
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = prepare(c, "SELECT c.id FROM clipping c WHERE " + f.where
                    + " ORDER BY " + orderBy(sort == SortOrder.RELEVANCE ? SortOrder.NEWEST : sort))) {
                f.bind(ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            return ids;
        });
    }

    /** Receives a whole result set, one clipping at a time, inside one read transaction. */
    public interface Scan {
        /** Called once, before the first clipping, with how many will follow. */
        void begin(long total);

        void accept(Clipping clipping);
    }

    /**
     * Streams every clipping of the filter, complete with its tags, to {@code scan} from one
     * consistent snapshot: memory stays flat however many there are (8 bytes of id a clipping, and
     * one window of rows). Returns how many were read.
     *
     * <p>Two steps in one read transaction. First the ids, in order, from a narrow index (a few
     * bytes a clipping; their number is the count announced to {@code begin}). Then the rows, a
     * window of that order at a time: each window's rows and explicit tags are read in id order
     * (the table's own order, so the b-tree is walked forwards rather than hopped across), held,
     * and handed on in the window's order. Reading the wide row of each clipping through the date
     * index, with a tag subquery per row, after a count that read the whole table, was what made
     * a million-clipping export slow.
     */
    public long scan(ClippingFilter filter, SortOrder sort, Scan scan) {
        return archive.read(c -> {
            FilterSql f = FilterSql.of(c, filter, tags);
            // The date index has the order and, for a plain filter, everything the filter needs;
            // tags, a query or ids pick clippings by id, so the narrow id index answers those.
            boolean byDate = filter.query() == null && filter.tags().isEmpty() && filter.ids() == null;
            String from = filter.source() != null ? "clipping c" : f.clipping(byDate ? BY_PUBLISHED : LIVE_BY_ID);
            String select = "SELECT c.id FROM " + from + " WHERE " + f.where;
            IdList ids = new IdList();
            if (sort == SortOrder.OLDEST) {
                // Dated then undated, as orderBy(OLDEST), each in an order an index has.
                ids.read(c, f, select + " AND c.published IS NOT NULL ORDER BY c.published ASC, c.id ASC");
                ids.read(c, f, select + " AND c.published IS NULL ORDER BY c.id ASC");
            } else if (sort == SortOrder.NEWEST || sort == SortOrder.RELEVANCE) {
                ids.read(c, f, select + " ORDER BY " + orderBy(SortOrder.NEWEST));
            } else {
                ids.read(c, f, "SELECT c.id FROM clipping c WHERE " + f.where + " ORDER BY " + orderBy(sort));
            }
            scan.begin(ids.size);
            return scanRows(c, ids, scan);
        });
    }

    /** Rows a window holds at most, and the text (in chars) it aims for: windows shrink for long articles. */
    static int SCAN_WINDOW_MAX = 2048;
    static long SCAN_WINDOW_CHARS = 8L << 20;

    /**
     * Reads the clippings {@code ids} names, in that order, a window at a time (see {@link #scan}).
     * A window found to hold more than four times the text budget is read again in smaller ones,
     * so a run of huge articles cannot fill the heap.
     */
    private static long scanRows(Connection c, IdList ids, Scan scan) throws SQLException {
        Map<Long, String> tagPaths = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, path FROM tag"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                tagPaths.put(rs.getLong(1), rs.getString(2));
            }
        }
        long n = 0;
        try (PreparedStatement rowsPs = c.prepareStatement("SELECT " + ClippingStore.COLUMNS
                + " FROM clipping c WHERE c.id IN (SELECT value FROM json_each(?))");
             PreparedStatement tagsPs = prepare(c, "SELECT ct.clipping_id, ct.tag_id FROM clipping_tag ct"
                     + " INDEXED BY clipping_tag_by_clipping WHERE ct.clipping_id IN (SELECT value FROM json_each(?))"
                     + " AND ct.explicit = 1 ORDER BY ct.clipping_id, ct.tag_id")) {
            int window = Math.min(256, SCAN_WINDOW_MAX);
            int start = 0;
            while (start < ids.size) {
                int end = (int) Math.min(ids.size, (long) start + window);
                long[] sorted = java.util.Arrays.copyOfRange(ids.ids, start, end);
                java.util.Arrays.sort(sorted);
                String json = jsonArray(sorted);
                Clipping[] rows = new Clipping[sorted.length];
                long chars = readWindow(rowsPs, tagsPs, json, sorted, tagPaths, rows,
                        window > 1 ? 4 * SCAN_WINDOW_CHARS : Long.MAX_VALUE);
                if (chars < 0) {
                    window = Math.max(1, window / 8); // too much text for one window: read it again in smaller ones
                    continue;
                }
                for (int i = start; i < end; i++) {
                    Clipping row = rows[java.util.Arrays.binarySearch(sorted, ids.ids[i])];
                    if (row == null) {
                        throw new SQLException("clipping " + ids.ids[i] + " vanished inside a read transaction");
                    }
                    scan.accept(row);
                    n++;
                }
                start = end;
                long perRow = Math.max(1, chars / sorted.length);
                window = (int) Math.max(1, Math.min(SCAN_WINDOW_MAX, SCAN_WINDOW_CHARS / perRow));
            }
        }
        return n;
    }

    /** Fills {@code rows} (aligned with {@code sorted}); returns the text read, or -1 past {@code limit} chars. */
    private static long readWindow(PreparedStatement rowsPs, PreparedStatement tagsPs, String json, long[] sorted,
            Map<Long, String> tagPaths, Clipping[] rows, long limit) throws SQLException {
        List<List<String>> tagLists = new ArrayList<>(java.util.Collections.nCopies(sorted.length, null));
        tagsPs.setString(1, json);
        try (ResultSet rs = tagsPs.executeQuery()) {
            int at = -1;
            long atId = Long.MIN_VALUE;
            while (rs.next()) {
                long id = rs.getLong(1);
                if (id != atId) {
                    at = java.util.Arrays.binarySearch(sorted, id);
                    atId = id;
                    tagLists.set(at, new ArrayList<>(4));
                }
                tagLists.get(at).add(tagPaths.get(rs.getLong(2)));
            }
        }
        long chars = 0;
        rowsPs.setString(1, json);
        try (ResultSet rs = rowsPs.executeQuery()) {
            while (rs.next()) {
                int at = java.util.Arrays.binarySearch(sorted, rs.getLong(1));
                List<String> tagList = tagLists.get(at) == null ? new ArrayList<>() : tagLists.get(at);
                tagList.sort(String.CASE_INSENSITIVE_ORDER); // stable: paths equal but for case stay in tag id order
                Clipping row = ClippingStore.read(rs, tagList);
                rows[at] = row;
                chars += row.title().length() + row.text().length() + row.notes().length();
                if (chars > limit) {
                    return -1;
                }
            }
        }
        return chars;
    }

    private static String jsonArray(long[] values) {
        StringBuilder sb = new StringBuilder(values.length * 8 + 2).append('[');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(values[i]);
        }
        return sb.append(']').toString();
    }

    /** A growing array of ids: a million of them are 8 MB. */
    private static final class IdList {
        long[] ids = new long[1024];
        int size;

        void read(Connection c, FilterSql f, String sql) throws SQLException {
            try (PreparedStatement ps = prepare(c, sql)) {
                f.bind(ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (size == ids.length) {
                            ids = java.util.Arrays.copyOf(ids, ids.length * 2);
                        }
                        ids[size++] = rs.getLong(1);
                    }
                }
            }
        }
    }

    /** The topic tree, every tag with how many clippings of the filter sit under it. */
    public List<TagNode> tagTree(ClippingFilter filter) {
        return archive.read(c -> {
            Map<Long, Long> counts;
            if (filter.isEmpty() && !filter.trash()) {
                counts = wholeArchiveTagCounts(c);
            } else {
                Optional<Map<Long, Long>> fast = facets.use(c, s -> FacetIndex.tagCounts(s, FacetIndex.select(c, s, filter, tags)));
                counts = fast.isPresent() ? fast.get() : tagCounts(c, filter);
            }
            return buildTree(TagStore.all(c), counts);
        });
    }

    private Map<Long, Long> tagCounts(Connection c, ClippingFilter filter) throws SQLException {
        FilterSql f = FilterSql.of(c, filter, tags);
        Map<Long, Long> counts = new HashMap<>();
        // The filtered clippings drive (CROSS JOIN keeps that order); each adds its few tag rows.
        try (PreparedStatement ps = prepare(c, "SELECT ct.tag_id, count(*) FROM " + f.clipping(LIVE_BY_ID)
                + " CROSS JOIN clipping_tag ct ON ct.clipping_id = c.id WHERE " + f.where + " GROUP BY ct.tag_id")) {
            f.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getLong(1), rs.getLong(2));
                }
            }
        }
        return counts;
    }

    /** Maintained per-tag counts (schema V2) less what sits in the trash: no scan of the tag rows. */
    private static Map<Long, Long> wholeArchiveTagCounts(Connection c) throws SQLException {
        Map<Long, Long> counts = new HashMap<>();
        try (PreparedStatement ps = prepare(c, "SELECT tag_id, clippings FROM tag_count WHERE clippings > 0");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                counts.put(rs.getLong(1), rs.getLong(2));
            }
        }
        try (PreparedStatement ps = prepare(c, "SELECT ct.tag_id, count(*) FROM clipping c"
                + " CROSS JOIN clipping_tag ct ON ct.clipping_id = c.id WHERE c.deleted_at IS NOT NULL GROUP BY ct.tag_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                counts.merge(rs.getLong(1), -rs.getLong(2), Long::sum);
            }
        }
        counts.values().removeIf(n -> n <= 0);
        return counts;
    }

    static List<TagNode> buildTree(List<Tag> all, Map<Long, Long> counts) {
        Map<Long, List<Tag>> byParent = new HashMap<>();
        for (Tag t : all) {
            byParent.computeIfAbsent(t.parentId() == null ? -1L : t.parentId(), k -> new ArrayList<>()).add(t);
        }
        return nodes(byParent, -1L, counts);
    }

    private static List<TagNode> nodes(Map<Long, List<Tag>> byParent, long parent, Map<Long, Long> counts) {
        List<TagNode> out = new ArrayList<>();
        for (Tag t : byParent.getOrDefault(parent, List.of())) {
            out.add(new TagNode(t, counts.getOrDefault(t.id(), 0L), nodes(byParent, t.id(), counts)));
        }
        return out;
    }

    /** Clippings per month of the published date, oldest first; year-only dates are left out. */
    public List<MonthCount> months(ClippingFilter filter) {
        return archive.read(c -> {
            Optional<Map<Integer, Long>> fast = facets.use(c, s -> FacetIndex.months(s, FacetIndex.select(c, s, filter, tags)));
            if (fast.isPresent()) {
                List<MonthCount> out = new ArrayList<>(fast.get().size());
                fast.get().forEach((key, n) -> out.add(new MonthCount(YearMonth.of(key / 12, key % 12 + 1), n)));
                return out;
            }
            FilterSql f = FilterSql.of(c, filter, tags);
            // Grouped by the stored date, which an index already orders, then summed per month
            // here: no sort of a million rows by a computed month.
            Map<YearMonth, Long> perMonth = new java.util.TreeMap<>();
            boolean datesOnly = filter.query() == null && filter.tags().isEmpty() && filter.ids() == null && filter.source() == null;
            try (PreparedStatement ps = prepare(c, "SELECT c.published, count(*) FROM "
                    + f.clipping(datesOnly ? LIVE_BY_DATE : LIVE_BY_ID) + " WHERE "
                    + f.where + " AND c.published IS NOT NULL AND c.precision <> 'year' GROUP BY c.published")) {
                f.bind(ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        perMonth.merge(YearMonth.parse(rs.getString(1).substring(0, 7)), rs.getLong(2), Long::sum);
                    }
                }
            }
            List<MonthCount> out = new ArrayList<>(perMonth.size());
            perMonth.forEach((month, n) -> out.add(new MonthCount(month, n)));
            return out;
        });
    }

    /** Clippings per day (day-precision dates) between two dates inclusive, for a zoomed-in timeline. */
    public List<DayCount> days(ClippingFilter filter, LocalDate from, LocalDate to) {
        return archive.read(c -> {
            Optional<Map<Integer, Long>> fast = facets.use(c, s -> FacetIndex.days(s, FacetIndex.select(c, s, filter, tags),
                    FacetIndex.toInt(from), FacetIndex.toInt(to)));
            if (fast.isPresent()) {
                List<DayCount> out = new ArrayList<>(fast.get().size());
                fast.get().forEach((d, n) -> out.add(new DayCount(LocalDate.of(d / 10_000, d / 100 % 100, d % 100), n)));
                return out;
            }
            FilterSql f = FilterSql.of(c, filter, tags);
            List<DayCount> out = new ArrayList<>();
            try (PreparedStatement ps = prepare(c, "SELECT c.published, count(*) FROM clipping c WHERE " + f.where
                    + " AND c.precision = 'day' AND c.published BETWEEN ? AND ? GROUP BY c.published ORDER BY c.published")) {
                int i = f.bind(ps, 1);
                ps.setString(i++, from.toString());
                ps.setString(i, to.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new DayCount(LocalDate.parse(rs.getString(1)), rs.getLong(2)));
                    }
                }
            }
            return out;
        });
    }

    public ArchiveStats stats() {
        List<MonthCount> months = months(ClippingFilter.ALL);
        return archive.read(c -> {
            try (PreparedStatement ps = prepare(c, "SELECT"
                    + " (SELECT count(*) FROM clipping INDEXED BY " + LIVE_BY_ID + " WHERE deleted_at IS NULL),"
                    + " (SELECT count(*) FROM clipping WHERE deleted_at IS NULL AND published IS NULL),"
                    + " (SELECT count(*) FROM clipping WHERE deleted_at IS NOT NULL),"
                    + " (SELECT count(*) FROM tag),"
                    + " (SELECT min(published) FROM clipping WHERE deleted_at IS NULL),"
                    + " (SELECT max(published) FROM clipping WHERE deleted_at IS NULL),"
                    // Named: otherwise SQLite reads the 4.8 GB table for this one at 1M (3.6 s instead of 0.09 s).
                    + " (SELECT count(*) FROM clipping INDEXED BY " + LIVE_BY_DATE + " WHERE deleted_at IS NULL AND precision = 'year')");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new ArchiveStats(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getString(5) == null ? null : LocalDate.parse(rs.getString(5)),
                        rs.getString(6) == null ? null : LocalDate.parse(rs.getString(6)),
                        months, rs.getLong(7));
            }
        });
    }

    static String orderBy(SortOrder sort) {
        return switch (sort) {
            case NEWEST, RELEVANCE -> "c.published DESC, c.id DESC";
            case OLDEST -> "c.published IS NULL, c.published ASC, c.id ASC";
            case TITLE -> "c.title COLLATE NOCASE, c.id";
            case ADDED -> "c.added_at DESC, c.id DESC";
        };
    }

    private static Map<Long, List<String>> explicitTags(Connection c, List<Long> ids) throws SQLException {
        Map<Long, List<String>> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        try (PreparedStatement ps = prepare(c, "SELECT ct.clipping_id, t.path FROM clipping_tag ct JOIN tag t ON t.id = ct.tag_id"
                + " WHERE ct.explicit = 1 AND ct.clipping_id IN (SELECT value FROM json_each(?)) ORDER BY t.path_key")) {
            ps.setString(1, ids.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        return out;
    }

    /** Where a snippet's match is looked for first: most articles show a hit near the top. */
    static final int SNIPPET_SEARCH_CHARS = 8_000;

    /**
     * A snippet around the first match. Highlighting tokenizes the text, which for long articles
     * was most of a result page's time; so look in the opening first (cut at white space, so no
     * word is split) and read the whole text only when the opening has no match.
     */
    static Snippet snippet(String body, SearchQuery query) {
        if (body.length() > SNIPPET_SEARCH_CHARS) {
            int cut = SNIPPET_SEARCH_CHARS;
            while (cut > 0 && !Character.isWhitespace(body.charAt(cut))) {
                cut--;
            }
            String opening = body.substring(0, cut);
            List<Range> early = Highlighter.find(opening, query);
            if (!early.isEmpty()) {
                return Snippet.around(opening, early, SNIPPET_CHARS);
            }
        }
        return Snippet.around(body, Highlighter.find(body, query), SNIPPET_CHARS);
    }

    private static Map<Long, Snippet> snippets(Connection c, List<Long> ids, SearchQuery query) throws SQLException {
        Map<Long, Snippet> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        try (PreparedStatement ps = prepare(c, "SELECT id, body FROM clipping WHERE id IN (SELECT value FROM json_each(?))")) {
            ps.setString(1, ids.toString());
            List<Map.Entry<Long, String>> bodies = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    bodies.add(Map.entry(rs.getLong(1), rs.getString(2)));
                }
            }
            for (Map.Entry<Long, String> e : bodies) {
                out.put(e.getKey(), snippet(e.getValue(), query));
            }
        }
        return out;
    }

}
