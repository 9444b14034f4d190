package org.clipfile.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clipfile.archive.Archive;
import org.clipfile.archive.ContentHash;
import org.clipfile.archive.NewClipping;
import org.clipfile.archive.TagPath;
import org.clipfile.archive.TagStore;

/**
 * The baseline: plain JDBC batch inserts of the same rows into the same schema (the FTS index is
 * filled by the same trigger and function), with tags resolved once in Java instead of per row.
 * Also the fastest correct way to build the big archive the queries run on.
 */
final class BulkLoader {
    private static final int BATCH = 1_000;

    private final Archive archive;
    private final Map<String, long[]> tagIdsByKey = new HashMap<>(); // key -> {id, ancestors...}
    private boolean building;

    BulkLoader(Archive archive) {
        this.archive = archive;
    }

    /**
     * Switches from baseline to building the big archive: a large page cache for the writer (the
     * indexes of a million clippings outgrow SQLite's default 2 MB, and each insert then waits on
     * a page read) and tag rows inserted in key order. The rows written are the same.
     */
    void startBuilding() {
        building = true;
        archive.write(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA cache_size = -1048576"); // 1 GB, this connection only
            }
            return null;
        });
    }

    /** Gives the writer its default page cache back. */
    void stopBuilding() {
        building = false;
        archive.write(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA cache_size = -2000");
            }
            return null;
        });
    }

    /**
     * Inserts clippings {@code first} to {@code first + count - 1} of the corpus in one
     * transaction, clipping ids {@code first + 1}... (the archive must not have them yet).
     */
    void load(java.util.function.LongFunction<NewClipping> corpus, long first, long count) {
        archive.write(c -> {
            loadTags(c);
            String now = Instant.now().toString();
            try (PreparedStatement clip = c.prepareStatement("INSERT INTO clipping (id, title, body, notes, published, precision,"
                    + " date_origin, source, url, author, added_at, updated_at, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement tag = c.prepareStatement("INSERT OR IGNORE INTO clipping_tag (tag_id, clipping_id, explicit) VALUES (?, ?, ?)")) {
                List<long[]> pendingTags = new ArrayList<>();
                for (long i = first; i < first + count; i++) {
                    NewClipping n = corpus.apply(i);
                    long id = i + 1;
                    clip.setLong(1, id);
                    clip.setString(2, n.title());
                    clip.setString(3, n.text());
                    clip.setString(4, n.notes());
                    if (n.date() == null) {
                        clip.setNull(5, Types.VARCHAR);
                        clip.setNull(6, Types.VARCHAR);
                        clip.setNull(7, Types.VARCHAR);
                    } else {
                        clip.setString(5, n.date().start().toString());
                        clip.setString(6, n.date().precision().key());
                        clip.setString(7, n.date().origin().key());
                    }
                    clip.setString(8, n.source());
                    clip.setString(9, n.url());
                    clip.setString(10, n.author());
                    clip.setString(11, now);
                    clip.setString(12, now);
                    clip.setString(13, ContentHash.of(n.text()));
                    clip.addBatch();
                    for (String typed : n.tags()) {
                        long[] ids = tagIds(c, typed);
                        pendingTags.add(new long[] {ids[0], id, 1});
                        for (int k = 1; k < ids.length; k++) {
                            pendingTags.add(new long[] {ids[k], id, 0});
                        }
                    }
                    if ((i - first + 1) % (building ? 50 * BATCH : BATCH) == 0) {
                        flush(clip, tag, pendingTags, building);
                    }
                }
                flush(clip, tag, pendingTags, building);
            }
            return null;
        });
    }

    private static void flush(PreparedStatement clip, PreparedStatement tag, List<long[]> pendingTags, boolean sorted)
            throws SQLException {
        clip.executeBatch();
        if (sorted) {
            // In primary-key order each tag's rows go to one place in the b-tree, not 3,000.
            pendingTags.sort((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
        }
        // Explicit rows first: INSERT OR IGNORE keeps explicit = 1 when a tag is also implied.
        for (long[] row : pendingTags) {
            if (row[2] == 1) {
                bindTag(tag, row);
            }
        }
        for (long[] row : pendingTags) {
            if (row[2] == 0) {
                bindTag(tag, row);
            }
        }
        tag.executeBatch();
        pendingTags.clear();
    }

    private static void bindTag(PreparedStatement tag, long[] row) throws SQLException {
        tag.setLong(1, row[0]);
        tag.setLong(2, row[1]);
        tag.setLong(3, row[2]);
        tag.addBatch();
    }

    /** The tag's id followed by its proper ancestors' ids; creates the tag with plain inserts if new. */
    private long[] tagIds(Connection c, String typed) throws SQLException {
        TagPath path = TagPath.parse(typed);
        long[] known = tagIdsByKey.get(path.key());
        if (known != null) {
            return known;
        }
        List<Long> chain = new ArrayList<>();
        for (int depth = 1; depth <= path.depth(); depth++) {
            TagPath prefix = path.prefix(depth);
            long[] prefixIds = tagIdsByKey.get(prefix.key());
            long id;
            if (prefixIds != null) {
                id = prefixIds[0];
            } else {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO tag (path, path_key, parent_id) VALUES (?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
                    ps.setString(1, prefix.display());
                    ps.setString(2, prefix.key());
                    if (chain.isEmpty()) {
                        ps.setNull(3, Types.INTEGER);
                    } else {
                        ps.setLong(3, chain.get(chain.size() - 1));
                    }
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO tag_ancestor (tag_id, ancestor_id) VALUES (?, ?)")) {
                    ps.setLong(1, id);
                    ps.setLong(2, id);
                    ps.addBatch();
                    for (long a : chain) {
                        ps.setLong(1, id);
                        ps.setLong(2, a);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                long[] ids = new long[chain.size() + 1];
                ids[0] = id;
                for (int k = 0; k < chain.size(); k++) {
                    ids[k + 1] = chain.get(chain.size() - 1 - k);
                }
                tagIdsByKey.put(prefix.key(), ids);
            }
            chain.add(id);
        }
        return tagIdsByKey.get(path.key());
    }

    /** Tags created earlier (by another loader or the real import path) are reused. */
    private void loadTags(Connection c) throws SQLException {
        if (!tagIdsByKey.isEmpty()) {
            return;
        }
        Map<Long, List<Long>> ancestors = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT tag_id, ancestor_id FROM tag_ancestor WHERE tag_id <> ancestor_id")) {
            while (rs.next()) {
                ancestors.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
            }
        }
        for (var t : TagStore.all(c)) {
            List<Long> up = ancestors.getOrDefault(t.id(), List.of());
            long[] ids = new long[up.size() + 1];
            ids[0] = t.id();
            for (int k = 0; k < up.size(); k++) {
                ids[k + 1] = up.get(k);
            }
            tagIdsByKey.put(TagPath.parse(t.path()).key(), ids);
        }
    }
}
