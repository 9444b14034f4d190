package org.clipfile.search;

import org.clipfile.archive.SqlDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clipfile.archive.Archive;
import org.clipfile.archive.Clipping;
import org.clipfile.archive.ClippingStore;

/** Every clipping of a filter, whole and in order, for the export: see {@link #scan}. */
final class ExportScan {
    private final Archive archive;
    private final FilterPlan.TagLookup tags;
    private final SearchTuning tuning;

    ExportScan(Archive archive, FilterPlan.TagLookup tags, SearchTuning tuning) {
        this.archive = archive;
        this.tags = tags;
        this.tuning = tuning;
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
    long scan(ClippingFilter filter, SortOrder sort, ClippingSearch.Scan scan) {
        return archive.read(c -> {
            FilterPlan plan = FilterPlan.resolve(c, filter, tags);
            FilterSql f = FilterSql.of(plan);
            // The date index has the order and, for a filter of dates alone, everything it needs;
            // tags, a query or ids pick clippings by id, so the narrow id index answers those; a
            // field's value has an index of its own, which SQLite picks when nothing is forced.
            String from = plan.has(Condition.Equals.class) ? "clipping c" : f.clipping(plan.datesOnly() ? Sql.BY_PUBLISHED : Sql.LIVE_BY_ID);
            String select = "SELECT c.id FROM " + from + " WHERE " + f.where;
            IdList ids = new IdList();
            plan.read(c, () -> {
                if (sort == SortOrder.OLDEST) {
                    // Dated then undated, as orderBy(OLDEST), each in an order an index has.
                    ids.read(c, f, select + " AND c.published IS NOT NULL ORDER BY c.published ASC, c.id ASC");
                    ids.read(c, f, select + " AND c.published IS NULL ORDER BY c.id ASC");
                } else if (sort == SortOrder.NEWEST || sort == SortOrder.RELEVANCE) {
                    ids.read(c, f, select + " ORDER BY " + Sql.orderBy(plan.dialect, SortOrder.NEWEST));
                } else {
                    ids.read(c, f, "SELECT c.id FROM clipping c WHERE " + f.where + " ORDER BY " + Sql.orderBy(plan.dialect, sort));
                }
                return null;
            });
            scan.begin(ids.size);
            return scanRows(c, ids, scan);
        });
    }

    /**
     * Reads the clippings {@code ids} names, in that order, a window at a time (see {@link #scan}).
     * A window found to hold more than four times the text budget is read again in smaller ones,
     * so a run of huge articles cannot fill the heap.
     */
    private long scanRows(Connection c, IdList ids, ClippingSearch.Scan scan) throws SQLException {
        Map<Long, String> tagPaths = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, path FROM tag"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                tagPaths.put(rs.getLong(1), rs.getString(2));
            }
        }
        long n = 0;
        SqlDialect dialect = SqlDialect.of(c);
        try (PreparedStatement rowsPs = c.prepareStatement("SELECT " + ClippingStore.COLUMNS
                + " FROM clipping c WHERE c.id IN (" + dialect.idsFrom() + ")");
             PreparedStatement tagsPs = Sql.prepare(c, "SELECT ct.clipping_id, ct.tag_id FROM clipping_tag ct"
                     + dialect.indexedBy("clipping_tag_by_clipping") + " WHERE ct.clipping_id IN (" + dialect.idsFrom() + ")"
                     + " AND ct.explicit = 1 ORDER BY ct.clipping_id, ct.tag_id")) {
            int window = Math.min(256, tuning.scanWindowMax());
            int start = 0;
            while (start < ids.size) {
                int end = (int) Math.min(ids.size, (long) start + window);
                long[] sorted = java.util.Arrays.copyOfRange(ids.ids, start, end);
                java.util.Arrays.sort(sorted);
                String json = jsonArray(sorted);
                Clipping[] rows = new Clipping[sorted.length];
                long chars = readWindow(rowsPs, tagsPs, json, sorted, tagPaths, rows,
                        window > 1 ? 4 * tuning.scanWindowChars() : Long.MAX_VALUE);
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
                window = (int) Math.max(1, Math.min(tuning.scanWindowMax(), tuning.scanWindowChars() / perRow));
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
            try (PreparedStatement ps = Sql.prepare(c, sql)) {
                f.bind(ps, 1);
                try (ResultSet rs = f.dialect.streamed(ps)) {
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
}
