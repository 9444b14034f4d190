package org.clipfile.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stores, reads, edits and trashes clippings. Each public method is one transaction. */
public final class ClippingStore {
    public static final String COLUMNS = "c.id, c.title, c.body, c.notes, c.published, c.precision, c.date_origin,"
            + " c.source, c.url, c.author, c.added_at, c.updated_at, c.content_hash, c.deleted_at, c.added_by, c.changed_by";

    private final Archive archive;

    public ClippingStore(Archive archive) {
        this.archive = archive;
    }

    public Archive archive() {
        return archive;
    }

    /** Stores one clipping, or finds the stored one with the same text; its tags are added either way. */
    public AddResult add(NewClipping clipping) {
        return archive.write(c -> add(c, clipping));
    }

    /** Stores a batch in one transaction: all of them are stored, or none. */
    public List<AddResult> addAll(List<NewClipping> batch) {
        return archive.write(c -> {
            List<AddResult> results = new ArrayList<>(batch.size());
            try (Adder adder = new Adder(c)) {
                for (NewClipping n : batch) {
                    results.add(adder.add(n));
                }
                adder.writeTags();
            }
            return results;
        });
    }

    /**
     * Stores copies of another archive's clippings in one transaction (see {@code copy.ArchiveCopy}):
     * each keeps its id where that id is free here, its times, notes, trash state and tags. A text
     * stored here already is left as it is, so copying again adds nothing twice.
     */
    public List<AddResult> addCopies(List<Clipping> copies) {
        return archive.write(c -> {
            List<AddResult> results = new ArrayList<>(copies.size());
            try (Adder adder = new Adder(c);
                 PreparedStatement times = c.prepareStatement("UPDATE clipping SET updated_at = ?, deleted_at = ?,"
                         + " added_by = coalesce(?, added_by), changed_by = coalesce(?, changed_by) WHERE id = ?")) {
                for (Clipping k : copies) {
                    AddResult r = adder.add(new NewClipping(k.title(), k.text(), k.notes(), k.date(), k.source(), k.url(), k.author(),
                            k.tags(), k.addedAt(), k.id()));
                    results.add(r);
                    if (r.added()) {
                        times.setString(1, k.updatedAt().toString());
                        times.setString(2, k.deletedAt() == null ? null : k.deletedAt().toString());
                        times.setString(3, k.addedBy());
                        times.setString(4, k.changedBy());
                        times.setLong(5, r.id());
                        times.addBatch();
                    }
                }
                adder.writeTags();
                times.executeBatch();
            }
            return results;
        });
    }

    public Optional<Clipping> get(long id) {
        return archive.read(c -> get(c, id));
    }

    /** Replaces title, text, notes and metadata; refuses text that another clipping already has. */
    public Clipping update(long id, ClippingEdit edit) {
        return update(id, edit, null);
    }

    /**
     * As {@link #update(long, ClippingEdit)}, but only over the version the editor started from:
     * if the clipping was changed since {@code basedOn} (its {@code updatedAt} then), by a colleague
     * on a team archive or another window, nothing is saved and {@link EditConflictException}
     * carries the version stored now, so the analyst can keep one or merge. Null: save regardless.
     */
    public Clipping update(long id, ClippingEdit edit, Instant basedOn) {
        return archive.write(c -> {
            if (basedOn != null) {
                Clipping now = get(c, id).orElseThrow(() -> new ArchiveException("Clipping #" + id + " no longer exists; nothing was saved"));
                if (!now.updatedAt().equals(basedOn)) {
                    throw new EditConflictException(now);
                }
            }
            get(c, id).orElseThrow(() -> new ArchiveException("No clipping #" + id));
            String hash = ContentHash.of(edit.text());
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM clipping WHERE content_hash = ? AND id <> ?")) {
                ps.setString(1, hash);
                ps.setLong(2, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        throw new ArchiveException("Clipping #" + rs.getLong(1) + " already has this text");
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE clipping SET title = ?, body = ?, notes = ?, published = ?,"
                    + " precision = ?, date_origin = ?, source = ?, url = ?, author = ?, updated_at = ?, content_hash = ?"
                    + " WHERE id = ?")) {
                ps.setString(1, edit.title().strip());
                ps.setString(2, edit.text());
                ps.setString(3, edit.notes());
                bindDate(ps, 4, edit.date());
                ps.setString(7, blankToNull(edit.source()));
                ps.setString(8, blankToNull(edit.url()));
                ps.setString(9, blankToNull(edit.author()));
                ps.setString(10, now().toString());
                ps.setString(11, hash);
                ps.setLong(12, id);
                ps.executeUpdate();
            }
            TextIndexRows.write(c, id, edit.title().strip(), edit.text(), edit.notes());
            return get(c, id).orElseThrow();
        });
    }

    /** Moves clippings to the trash; returns how many moved. */
    public int moveToTrash(Collection<Long> ids) {
        return archive.write(c -> {
            TagStore.fillSelection(c, ids);
            try (PreparedStatement ps = c.prepareStatement("UPDATE clipping SET deleted_at = ?"
                    + " WHERE deleted_at IS NULL AND id IN (SELECT id FROM selection)")) {
                ps.setString(1, now().toString());
                return ps.executeUpdate();
            }
        });
    }

    /** Brings clippings back from the trash; returns how many came back. */
    public int restore(Collection<Long> ids) {
        return archive.write(c -> {
            TagStore.fillSelection(c, ids);
            try (PreparedStatement ps = c.prepareStatement("UPDATE clipping SET deleted_at = NULL"
                    + " WHERE deleted_at IS NOT NULL AND id IN (SELECT id FROM selection)")) {
                return ps.executeUpdate();
            }
        });
    }

    /** The only hard delete: removes everything in the trash for good. Returns how many. */
    public int emptyTrash() {
        return archive.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM clipping WHERE deleted_at IS NOT NULL")) {
                return ps.executeUpdate();
            }
        });
    }

    public Optional<Long> findByHash(String contentHash) {
        return archive.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM clipping WHERE content_hash = ?")) {
                ps.setString(1, contentHash);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
                }
            }
        });
    }

    // ---- connection-level operations ----

    static AddResult add(Connection c, NewClipping n) throws SQLException {
        try (Adder adder = new Adder(c)) {
            AddResult result = adder.add(n);
            adder.writeTags();
            return result;
        }
    }

    /**
     * Stores clippings inside one open transaction. Its statements are prepared once and reused for
     * every clipping, and the tag rows of all clippings (explicit and implied) are gathered in
     * memory, merged, and written together by {@link #writeTags()} in primary-key order: an import
     * batch costs one insert per clipping and one per tag row, with no per-row look-ups.
     */
    static final class Adder implements AutoCloseable {
        private final Connection c;
        private final SqlDialect dialect;
        private final PreparedStatement insert;
        /** The text index rows, where the engine does not keep them itself (PostgreSQL); null on SQLite. */
        private final PreparedStatement text;
        /** The largest id given explicitly in this batch (the sequence must move past it). */
        private long largestGivenId;
        private PreparedStatement byHash;
        private PreparedStatement exists;
        private PreparedStatement tagByKey;
        /**
         * Each tag of the batch as typed, then by path key: its id followed by its ancestors' ids (from
         * tag_ancestor), so each tag is parsed and looked up once a batch.
         */
        private final Map<String, long[]> tagsByTyped = new HashMap<>();
        private final Map<String, long[]> tagsByKey = new HashMap<>();
        /** The tag rows to write: (tag id, clipping id) -> explicit. */
        private final Map<TagRow, Boolean> rows = new HashMap<>();

        Adder(Connection c) throws SQLException {
            this.c = c;
            this.dialect = SqlDialect.of(c);
            // SQLite numbers a row whose id is NULL; PostgreSQL takes the next of the sequence.
            String id = dialect == SqlDialect.SQLITE ? "?" : "coalesce(?, nextval('clipping_id_seq'))";
            this.insert = c.prepareStatement("INSERT INTO clipping (id, title, body, notes, published, precision,"
                    + " date_origin, source, url, author, added_at, updated_at, content_hash)"
                    + " VALUES (" + id + ", ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (content_hash) DO NOTHING RETURNING id");
            this.text = TextIndexRows.writer(c);
        }

        /** Stores one clipping, or finds the stored one with the same text; its tags are written by {@link #writeTags()}. */
        AddResult add(NewClipping n) throws SQLException {
            String hash = ContentHash.of(n.text());
            Long id = null;
            if (n.preferredId() != null && !exists(n.preferredId())) {
                id = n.preferredId();
            }
            Instant now = now();
            Instant added = n.addedAt() == null ? now : n.addedAt();
            if (id == null) {
                insert.setNull(1, Types.BIGINT);
            } else {
                insert.setLong(1, id);
                largestGivenId = Math.max(largestGivenId, id);
            }
            insert.setString(2, n.title().strip());
            insert.setString(3, n.text());
            insert.setString(4, n.notes());
            bindDate(insert, 5, n.date());
            insert.setString(8, blankToNull(n.source()));
            insert.setString(9, blankToNull(n.url()));
            insert.setString(10, blankToNull(n.author()));
            insert.setString(11, added.toString());
            insert.setString(12, now.toString());
            insert.setString(13, hash);
            Long clippingId = null;
            try (ResultSet rs = insert.executeQuery()) {
                if (rs.next()) {
                    clippingId = rs.getLong(1);
                }
            }
            boolean inserted = clippingId != null;
            if (inserted && text != null) {
                TextIndexRows.add(text, clippingId, n.title().strip(), n.text(), n.notes());
            }
            if (!inserted) {
                clippingId = idByHash(hash); // the same text is stored already (or earlier in this batch)
            }
            for (String typed : n.tags()) {
                if (typed == null) {
                    continue;
                }
                long[] chain = tagsByTyped.get(typed);
                if (chain == null) {
                    if (typed.replace('/', ' ').isBlank()) {
                        continue; // an empty tag in a header ("tags: a,,b") is no tag
                    }
                    chain = tag(TagPath.parse(typed));
                    tagsByTyped.put(typed, chain);
                }
                for (int k = 0; k < chain.length; k++) {
                    // Explicit wins over implied when two tags of the clipping (or two copies of its text) meet.
                    rows.merge(new TagRow(chain[k], clippingId), k == 0, Boolean::logicalOr);
                }
            }
            return new AddResult(clippingId, inserted);
        }

        /**
         * Writes the gathered tag rows. A clipping stored before (a duplicate) may have some of them
         * already: an existing row only changes when it becomes explicit, so nothing is rewritten
         * needlessly and tag_count (kept by the insert trigger) counts each clipping once.
         */
        void writeTags() throws SQLException {
            if (text != null) {
                text.executeBatch();
                TextIndexRows.movePast(c, largestGivenId);
            }
            if (rows.isEmpty()) {
                return;
            }
            List<Map.Entry<TagRow, Boolean>> sorted = new ArrayList<>(rows.entrySet());
            sorted.sort(Map.Entry.comparingByKey());
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO clipping_tag (tag_id, clipping_id, explicit) VALUES (?, ?, ?)"
                    + " ON CONFLICT (tag_id, clipping_id) DO UPDATE SET explicit = 1 WHERE excluded.explicit = 1 AND clipping_tag.explicit = 0")) {
                for (Map.Entry<TagRow, Boolean> row : sorted) {
                    ps.setLong(1, row.getKey().tagId());
                    ps.setLong(2, row.getKey().clippingId());
                    ps.setInt(3, row.getValue() ? 1 : 0);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            rows.clear();
        }

        /** The tag's id followed by its ancestors' ids, creating the tag (and its parents) if it is new. */
        private long[] tag(TagPath path) throws SQLException {
            long[] known = tagsByKey.get(path.key());
            if (known == null) {
                known = lookUp(path.key());
                if (known == null) {
                    TagStore.ensure(c, path);
                    known = lookUp(path.key());
                }
                tagsByKey.put(path.key(), known);
            }
            return known;
        }

        private long[] lookUp(String key) throws SQLException {
            if (tagByKey == null) {
                tagByKey = c.prepareStatement("SELECT t.id, a.ancestor_id FROM tag t JOIN tag_ancestor a ON a.tag_id = t.id"
                        + " WHERE t.path_key = ? ORDER BY a.ancestor_id <> t.id");
            }
            tagByKey.setString(1, key);
            List<Long> chain = new ArrayList<>();
            try (ResultSet rs = tagByKey.executeQuery()) {
                while (rs.next()) {
                    chain.add(rs.getLong(2));
                }
            }
            return chain.isEmpty() ? null : chain.stream().mapToLong(Long::longValue).toArray();
        }

        private long idByHash(String hash) throws SQLException {
            if (byHash == null) {
                byHash = c.prepareStatement("SELECT id FROM clipping WHERE content_hash = ?");
            }
            byHash.setString(1, hash);
            try (ResultSet rs = byHash.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }

        private boolean exists(long id) throws SQLException {
            if (exists == null) {
                exists = c.prepareStatement("SELECT 1 FROM clipping WHERE id = ?");
            }
            exists.setLong(1, id);
            try (ResultSet rs = exists.executeQuery()) {
                return rs.next();
            }
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement ps : new PreparedStatement[] {insert, text, byHash, exists, tagByKey}) {
                if (ps != null) {
                    ps.close();
                }
            }
        }
    }

    /** One clipping_tag key, ordered as the table's primary key. */
    private record TagRow(long tagId, long clippingId) implements Comparable<TagRow> {
        @Override
        public int compareTo(TagRow o) {
            return tagId != o.tagId ? Long.compare(tagId, o.tagId) : Long.compare(clippingId, o.clippingId);
        }
    }

    static Optional<Clipping> get(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM clipping c WHERE c.id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(read(rs, TagStore.tagsOf(c, id)));
            }
        }
    }

    /** Reads a row selected with {@link #COLUMNS} (starting at column 1). */
    public static Clipping read(ResultSet rs, List<String> tags) throws SQLException {
        return new Clipping(
                rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                readDate(rs.getString(5), rs.getString(6), rs.getString(7)),
                rs.getString(8), rs.getString(9), rs.getString(10), tags,
                Instant.parse(rs.getString(11)), Instant.parse(rs.getString(12)), rs.getString(13),
                rs.getString(14) == null ? null : Instant.parse(rs.getString(14)), rs.getString(15), rs.getString(16));
    }

    public static PublishedDate readDate(String published, String precision, String origin) {
        if (published == null) {
            return null;
        }
        return new PublishedDate(LocalDate.parse(published), DatePrecision.fromKey(precision),
                origin == null ? DateOrigin.USER : DateOrigin.fromKey(origin));
    }

    private static void bindDate(PreparedStatement ps, int first, PublishedDate date) throws SQLException {
        if (date == null) {
            ps.setNull(first, Types.VARCHAR);
            ps.setNull(first + 1, Types.VARCHAR);
            ps.setNull(first + 2, Types.VARCHAR);
        } else {
            ps.setString(first, date.start().toString());
            ps.setString(first + 1, date.precision().key());
            ps.setString(first + 2, date.origin().key());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
