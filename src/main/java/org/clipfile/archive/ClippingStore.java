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
import java.util.List;
import java.util.Optional;

/** Stores, reads, edits and trashes clippings. Each public method is one transaction. */
public final class ClippingStore {
    public static final String COLUMNS = "c.id, c.title, c.body, c.notes, c.published, c.precision, c.date_origin,"
            + " c.source, c.url, c.author, c.added_at, c.updated_at, c.content_hash, c.deleted_at";

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
            // A batch shares a few tags: find (or create) each once, not once per clipping.
            java.util.Map<String, Long> tagIds = new java.util.HashMap<>();
            for (NewClipping n : batch) {
                results.add(add(c, n, tagIds));
            }
            return results;
        });
    }

    public Optional<Clipping> get(long id) {
        return archive.read(c -> get(c, id));
    }

    /** Replaces title, text, notes and metadata; refuses text that another clipping already has. */
    public Clipping update(long id, ClippingEdit edit) {
        return archive.write(c -> {
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
            return get(c, id).orElseThrow();
        });
    }

    /** Moves clippings to the trash; returns how many moved. */
    public int moveToTrash(Collection<Long> ids) {
        return archive.write(c -> {
            TagStore.fillSelection(c, ids);
            try (PreparedStatement ps = c.prepareStatement("UPDATE clipping SET deleted_at = ?"
                    + " WHERE deleted_at IS NULL AND id IN (SELECT id FROM temp.selection)")) {
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
                    + " WHERE deleted_at IS NOT NULL AND id IN (SELECT id FROM temp.selection)")) {
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
        return add(c, n, new java.util.HashMap<>());
    }

    /** @param tagIds tag ids by path key, found so far in this transaction (tags are only created here) */
    static AddResult add(Connection c, NewClipping n, java.util.Map<String, Long> tagIds) throws SQLException {
        String hash = ContentHash.of(n.text());
        Long id = null;
        if (n.preferredId() != null && !exists(c, n.preferredId())) {
            id = n.preferredId();
        }
        Instant now = now();
        Instant added = n.addedAt() == null ? now : n.addedAt();
        boolean inserted;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO clipping (id, title, body, notes, published, precision,"
                + " date_origin, source, url, author, added_at, updated_at, content_hash)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (content_hash) DO NOTHING")) {
            if (id == null) {
                ps.setNull(1, Types.INTEGER);
            } else {
                ps.setLong(1, id);
            }
            ps.setString(2, n.title().strip());
            ps.setString(3, n.text());
            ps.setString(4, n.notes());
            bindDate(ps, 5, n.date());
            ps.setString(8, blankToNull(n.source()));
            ps.setString(9, blankToNull(n.url()));
            ps.setString(10, blankToNull(n.author()));
            ps.setString(11, added.toString());
            ps.setString(12, now.toString());
            ps.setString(13, hash);
            inserted = ps.executeUpdate() == 1;
        }
        long clippingId;
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM clipping WHERE content_hash = ?")) {
            ps.setString(1, hash);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                clippingId = rs.getLong(1);
            }
        }
        for (String typed : n.tags()) {
            if (typed == null || typed.replace('/', ' ').isBlank()) {
                continue; // an empty tag in a header ("tags: a,,b") is no tag
            }
            TagPath path = TagPath.parse(typed);
            Long tagId = tagIds.get(path.key());
            if (tagId == null) {
                tagId = TagStore.ensure(c, path).id();
                tagIds.put(path.key(), tagId);
            }
            assignOne(c, clippingId, tagId);
        }
        return new AddResult(clippingId, inserted);
    }

    /**
     * Tags one clipping: the single-row path of {@link TagStore#assign}, for imports. One statement
     * writes the explicit row and the implied ancestor rows (tag_ancestor holds the tag itself);
     * an existing row keeps explicit = 1 if either side has it.
     */
    static void assignOne(Connection c, long clippingId, long tagId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO clipping_tag (tag_id, clipping_id, explicit)"
                + " SELECT ancestor_id, ?, ancestor_id = ? FROM tag_ancestor WHERE tag_id = ?"
                + " ON CONFLICT (tag_id, clipping_id) DO UPDATE SET explicit = max(explicit, excluded.explicit)")) {
            ps.setLong(1, clippingId);
            ps.setLong(2, tagId);
            ps.setLong(3, tagId);
            ps.executeUpdate();
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
                rs.getString(14) == null ? null : Instant.parse(rs.getString(14)));
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

    private static boolean exists(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM clipping WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
