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
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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
            try (Adder adder = new Adder(c)) {
                return adder.addAll(batch.stream().map(Incoming::new).toList());
            }
        });
    }

    /**
     * Stores copies of another archive's clippings in one transaction (see {@code copy.ArchiveCopy}):
     * each keeps its id where that id is free here, its times, notes, trash state, who added and
     * changed it, and its tags. A text stored here already is left as it is, so copying again adds
     * nothing twice.
     */
    public List<AddResult> addCopies(List<Clipping> copies) {
        return archive.write(c -> {
            try (Adder adder = new Adder(c)) {
                return adder.addAll(copies.stream().map(Incoming::copyOf).toList());
            }
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
            return adder.addAll(List.of(new Incoming(n))).get(0);
        }
    }

    /**
     * A clipping to store: a new one, or a copy from another archive, which keeps its times, trash
     * state and who added and changed it (null: now, not in the trash, the login storing it).
     */
    private record Incoming(NewClipping clipping, Instant updatedAt, Instant deletedAt, String addedBy, String changedBy) {
        Incoming(NewClipping clipping) {
            this(clipping, null, null, null, null);
        }

        static Incoming copyOf(Clipping k) {
            return new Incoming(new NewClipping(k.title(), k.text(), k.notes(), k.date(), k.source(), k.url(), k.author(),
                    k.tags(), k.addedAt(), k.id()), k.updatedAt(), k.deletedAt(), k.addedBy(), k.changedBy());
        }
    }

    /**
     * Stores clippings inside one open transaction, and gathers the tag rows of all of them
     * (explicit and implied) in memory, merged, to write them together in primary-key order: an
     * import batch costs no per-row look-ups. SQLite, in the process, takes an insert per clipping;
     * PostgreSQL, across a network, takes the batch in a few statements of arrays, since a statement
     * per clipping would cost a round trip each and fire the per-statement triggers (tag counts,
     * notifications) once per row.
     */
    static final class Adder implements AutoCloseable {
        /** Clippings per statement on PostgreSQL: a few megabytes of text bound at once. */
        private static final int SET_SIZE = 1_000;
        private static final String INSERTED_COLUMNS = "id, title, body, notes, published, precision, date_origin, source, url,"
                + " author, added_at, updated_at, content_hash, deleted_at, added_by, changed_by";

        private final Connection c;
        private final SqlDialect dialect;
        private final TextIndexRows text;
        private PreparedStatement insertOne;
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
            this.text = TextIndexRows.of(c);
        }

        /**
         * Stores each clipping, or finds the stored one with the same text (stored before, or
         * earlier in this batch), and writes the tags of all of them.
         */
        List<AddResult> addAll(List<Incoming> batch) throws SQLException {
            List<AddResult> results = new ArrayList<>(batch.size());
            if (dialect == SqlDialect.SQLITE) {
                for (Incoming in : batch) {
                    results.add(addOne(in));
                }
            } else {
                for (int from = 0; from < batch.size(); from += SET_SIZE) {
                    results.addAll(addSet(batch.subList(from, Math.min(batch.size(), from + SET_SIZE))));
                }
            }
            for (int i = 0; i < batch.size(); i++) {
                gatherTags(batch.get(i).clipping(), results.get(i).id());
            }
            text.flush();
            writeTags();
            return results;
        }

        private AddResult addOne(Incoming in) throws SQLException {
            if (insertOne == null) {
                insertOne = c.prepareStatement("INSERT INTO clipping (" + INSERTED_COLUMNS + ")"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (content_hash) DO NOTHING RETURNING id");
            }
            NewClipping n = in.clipping();
            Long preferred = n.preferredId() != null && !exists(n.preferredId()) ? n.preferredId() : null;
            Instant now = now();
            String hash = ContentHash.of(n.text());
            insertOne.setObject(1, preferred, Types.BIGINT);
            insertOne.setString(2, n.title().strip());
            insertOne.setString(3, n.text());
            insertOne.setString(4, n.notes());
            bindDate(insertOne, 5, n.date());
            insertOne.setString(8, blankToNull(n.source()));
            insertOne.setString(9, blankToNull(n.url()));
            insertOne.setString(10, blankToNull(n.author()));
            insertOne.setString(11, (n.addedAt() == null ? now : n.addedAt()).toString());
            insertOne.setString(12, (in.updatedAt() == null ? now : in.updatedAt()).toString());
            insertOne.setString(13, hash);
            insertOne.setString(14, in.deletedAt() == null ? null : in.deletedAt().toString());
            insertOne.setString(15, in.addedBy());
            insertOne.setString(16, in.changedBy());
            try (ResultSet rs = insertOne.executeQuery()) {
                if (rs.next()) {
                    long id = rs.getLong(1);
                    text.add(id, n.title().strip(), n.text(), n.notes());
                    return new AddResult(id, true);
                }
            }
            return new AddResult(idByHash(hash), false); // the same text is stored already (or earlier in this batch)
        }

        /** A set of clippings in three statements on PostgreSQL: free ids, the insert, the ids of texts stored before. */
        private List<AddResult> addSet(List<Incoming> set) throws SQLException {
            int n = set.size();
            Long[] ids = new Long[n];
            String[][] columns = new String[15][n];
            Set<Long> taken = takenIds(set);
            long largestGivenId = 0;
            Instant now = now();
            for (int i = 0; i < n; i++) {
                Incoming in = set.get(i);
                NewClipping k = in.clipping();
                if (k.preferredId() != null && taken.add(k.preferredId())) {
                    ids[i] = k.preferredId();
                    largestGivenId = Math.max(largestGivenId, k.preferredId());
                }
                String[] row = {k.title().strip(), k.text(), k.notes(),
                        k.date() == null ? null : k.date().start().toString(),
                        k.date() == null ? null : k.date().precision().key(),
                        k.date() == null ? null : k.date().origin().key(),
                        blankToNull(k.source()), blankToNull(k.url()), blankToNull(k.author()),
                        (k.addedAt() == null ? now : k.addedAt()).toString(),
                        (in.updatedAt() == null ? now : in.updatedAt()).toString(),
                        ContentHash.of(k.text()),
                        in.deletedAt() == null ? null : in.deletedAt().toString(),
                        in.addedBy(), in.changedBy()};
                for (int col = 0; col < row.length; col++) {
                    columns[col][i] = row[col];
                }
            }
            // The sequence first moves past the ids kept, so that it never hands one of them to another row.
            moveSequencePast(largestGivenId);
            String[] hashes = columns[11];
            Map<String, Long> inserted = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO clipping (" + INSERTED_COLUMNS + ")"
                    + " SELECT coalesce(u.id, nextval('clipping_id_seq')), u.title, u.body, u.notes, u.published, u.precision,"
                    + " u.date_origin, u.source, u.url, u.author, u.added_at, u.updated_at, u.content_hash, u.deleted_at,"
                    + " coalesce(u.added_by, current_user), coalesce(u.changed_by, current_user)"
                    + " FROM unnest(?::bigint[]" + ", ?::text[]".repeat(15) + ") WITH ORDINALITY AS u(" + INSERTED_COLUMNS + ", ord)"
                    + " ORDER BY u.ord" // so ids follow the batch's order, as on SQLite
                    + " ON CONFLICT (content_hash) DO NOTHING RETURNING id, content_hash")) {
                ps.setArray(1, c.createArrayOf("bigint", ids));
                for (int col = 0; col < columns.length; col++) {
                    ps.setArray(col + 2, c.createArrayOf("text", columns[col]));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        inserted.put(rs.getString(2), rs.getLong(1));
                    }
                }
            }
            Map<String, Long> storedBefore = idsByHash(set.size() == inserted.size() ? new String[0] : hashes, inserted);
            List<AddResult> results = new ArrayList<>(n);
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < n; i++) {
                Long id = inserted.get(hashes[i]);
                if (id != null && seen.add(hashes[i])) {
                    text.add(id, columns[0][i], columns[1][i], columns[2][i]);
                    results.add(new AddResult(id, true));
                } else {
                    results.add(new AddResult(id != null ? id : storedBefore.get(hashes[i]), false));
                }
            }
            return results;
        }

        private void moveSequencePast(long largestGivenId) throws SQLException {
            if (largestGivenId <= 0) {
                return;
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT setval('clipping_id_seq', greatest(?, (SELECT last_value FROM clipping_id_seq)))")) {
                ps.setLong(1, largestGivenId);
                ps.execute();
            }
        }

        /** Of the set's preferred ids, those stored already (a copy keeps its id only where it is free). */
        private Set<Long> takenIds(List<Incoming> set) throws SQLException {
            Long[] preferred = set.stream().map(in -> in.clipping().preferredId()).filter(Objects::nonNull).toArray(Long[]::new);
            Set<Long> taken = new HashSet<>();
            if (preferred.length == 0) {
                return taken;
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM clipping WHERE id = ANY(?)")) {
                ps.setArray(1, c.createArrayOf("bigint", preferred));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        taken.add(rs.getLong(1));
                    }
                }
            }
            return taken;
        }

        /** The ids of the texts with these hashes that the insert left alone: stored before this set. */
        private Map<String, Long> idsByHash(String[] hashes, Map<String, Long> inserted) throws SQLException {
            String[] missing = Arrays.stream(hashes).filter(h -> !inserted.containsKey(h)).distinct().toArray(String[]::new);
            Map<String, Long> ids = new HashMap<>();
            if (missing.length == 0) {
                return ids;
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT content_hash, id FROM clipping WHERE content_hash = ANY(?)")) {
                ps.setArray(1, c.createArrayOf("text", missing));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
            return ids;
        }

        private void gatherTags(NewClipping n, long clippingId) throws SQLException {
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
        }

        /**
         * Writes the gathered tag rows. A clipping stored before (a duplicate) may have some of them
         * already: an existing row only changes when it becomes explicit, so nothing is rewritten
         * needlessly and tag_count (kept by the insert trigger) counts each clipping once.
         */
        private void writeTags() throws SQLException {
            if (rows.isEmpty()) {
                return;
            }
            List<Map.Entry<TagRow, Boolean>> sorted = new ArrayList<>(rows.entrySet());
            sorted.sort(Map.Entry.comparingByKey());
            String onConflict = " ON CONFLICT (tag_id, clipping_id) DO UPDATE SET explicit = 1"
                    + " WHERE excluded.explicit = 1 AND clipping_tag.explicit = 0";
            if (dialect == SqlDialect.SQLITE) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO clipping_tag (tag_id, clipping_id, explicit) VALUES (?, ?, ?)" + onConflict)) {
                    for (Map.Entry<TagRow, Boolean> row : sorted) {
                        ps.setLong(1, row.getKey().tagId());
                        ps.setLong(2, row.getKey().clippingId());
                        ps.setInt(3, row.getValue() ? 1 : 0);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            } else {
                Long[] tagIds = sorted.stream().map(e -> e.getKey().tagId()).toArray(Long[]::new);
                Long[] clippingIds = sorted.stream().map(e -> e.getKey().clippingId()).toArray(Long[]::new);
                Integer[] explicit = sorted.stream().map(e -> e.getValue() ? 1 : 0).toArray(Integer[]::new);
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO clipping_tag (tag_id, clipping_id, explicit)"
                        + " SELECT * FROM unnest(?::bigint[], ?::bigint[], ?::integer[])" + onConflict)) {
                    ps.setArray(1, c.createArrayOf("bigint", tagIds));
                    ps.setArray(2, c.createArrayOf("bigint", clippingIds));
                    ps.setArray(3, c.createArrayOf("integer", explicit));
                    ps.executeUpdate();
                }
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
            for (PreparedStatement ps : new PreparedStatement[] {insertOne, byHash, exists, tagByKey}) {
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
