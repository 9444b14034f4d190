package org.clipfile.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Hierarchical tags. A clipping stores its explicit tags and, implied, all their ancestors, so a
 * filter or a count "under China-US" is a single index lookup. Every change keeps the implied rows
 * right in the same transaction.
 */
public final class TagStore {
    private final Archive archive;

    public TagStore(Archive archive) {
        this.archive = archive;
    }

    /** All tags, parents before children. */
    public List<Tag> all() {
        return archive.read(TagStore::all);
    }

    public Optional<Tag> find(String typed) {
        TagPath path = TagPath.parse(typed);
        return archive.read(c -> find(c, path));
    }

    /** Creates the tag (and its parents) if missing. */
    public Tag create(String typed) {
        TagPath path = TagPath.parse(typed);
        return archive.write(c -> ensure(c, path));
    }

    /**
     * Creates each of {@code paths} (and its parents) that this archive lacks, in one transaction;
     * returns how many tags were made. The tree a copy of a whole archive brings, topics without
     * clippings included.
     */
    public int createMissing(Collection<String> paths) {
        return archive.write(c -> {
            java.util.Set<String> known = new java.util.HashSet<>();
            for (Tag t : all(c)) {
                known.add(TagPath.keyOf(t.path()));
            }
            int made = 0;
            for (String typed : paths) {
                TagPath path = TagPath.parse(typed);
                boolean missing = false;
                for (int depth = 1; depth <= path.depth(); depth++) {
                    if (known.add(path.prefix(depth).key())) {
                        made++;
                        missing = true;
                    }
                }
                if (missing) {
                    ensure(c, path);
                }
            }
            return made;
        });
    }

    /** Adds {@code typed} to each clipping (creating the tag if needed); returns how many were newly tagged. */
    public int assign(Collection<Long> clippingIds, String typed) {
        TagPath path = TagPath.parse(typed);
        return archive.write(c -> assign(c, clippingIds, ensure(c, path).id()));
    }

    /** Removes {@code typed} from each clipping; returns how many carried it. */
    public int unassign(Collection<Long> clippingIds, String typed) {
        TagPath path = TagPath.parse(typed);
        return archive.write(c -> {
            Optional<Tag> tag = find(c, path);
            if (tag.isEmpty()) {
                throw new ArchiveException("No tag '" + path.display() + "'");
            }
            return unassign(c, clippingIds, tag.get().id());
        });
    }

    /** The explicit tags of one clipping, as display paths, sorted. */
    public List<String> tagsOf(long clippingId) {
        return archive.read(c -> tagsOf(c, clippingId));
    }

    /**
     * Renames a tag and everything under it. Renaming onto an existing tag merges the two: its
     * clippings carry the existing tag afterwards, and the old tag is gone.
     *
     * @return the number of tags renamed or merged
     */
    public RenameResult rename(String oldTyped, String newTyped) {
        TagPath from = TagPath.parse(oldTyped);
        TagPath to = TagPath.parse(newTyped);
        return archive.write(c -> rename(c, from, to));
    }

    /**
     * Deletes the tag if no clipping carries it and no tag lies under it: undoing the tagging that
     * created a tag takes the tag away again instead of leaving it behind with no clippings.
     * Returns whether it was deleted.
     */
    public boolean deleteIfUnused(String typed) {
        TagPath path = TagPath.parse(typed);
        return archive.write(c -> {
            Optional<Tag> tag = find(c, path);
            if (tag.isEmpty()) {
                return false;
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM clipping_tag WHERE tag_id = ?)"
                    + " OR EXISTS (SELECT 1 FROM tag WHERE parent_id = ?)")) {
                ps.setLong(1, tag.get().id());
                ps.setLong(2, tag.get().id());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && rs.getBoolean(1)) {
                        return false;
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM tag WHERE id = ?")) {
                ps.setLong(1, tag.get().id());
                ps.executeUpdate();
            }
            return true;
        });
    }

    /** Deletes a tag and the tags under it; the clippings stay. Returns how many clippings lost it. */
    public int delete(String typed) {
        TagPath path = TagPath.parse(typed);
        return archive.write(c -> {
            Tag tag = find(c, path).orElseThrow(() -> new ArchiveException("No tag '" + path.display() + "'"));
            int carried;
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM clipping_tag WHERE tag_id = ?")) {
                ps.setLong(1, tag.id());
                try (ResultSet rs = ps.executeQuery()) {
                    carried = rs.next() ? rs.getInt(1) : 0;
                }
            }
            markAffected(c, "SELECT DISTINCT ct.clipping_id FROM clipping_tag ct JOIN tag_ancestor a ON a.tag_id = ct.tag_id"
                    + " WHERE a.ancestor_id = " + tag.id() + " AND ct.explicit = 1");
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM tag WHERE id IN (SELECT tag_id FROM tag_ancestor WHERE ancestor_id = ?)")) {
                ps.setLong(1, tag.id());
                ps.executeUpdate();
            }
            recomputeImplied(c);
            return carried;
        });
    }

    /** Outcome of a rename: the tag's new path and whether it merged into an existing tag. */
    public record RenameResult(String newPath, int tagsMoved, int tagsMerged) {
    }

    // ---- connection-level operations, used inside other stores' transactions ----

    public static List<Tag> all(Connection c) throws SQLException {
        List<Tag> tags = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, path, parent_id FROM tag")) {
            while (rs.next()) {
                tags.add(readTag(rs));
            }
        }
        tags.sort(Comparator.comparing((Tag t) -> TagPath.keyOf(t.path())));
        return tags;
    }

    /** Looks a tag up inside an open transaction (used by the search code). */
    public static Optional<Tag> find(Connection c, TagPath path) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, path, parent_id FROM tag WHERE path_key = ?")) {
            ps.setString(1, path.key());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(readTag(rs));
            }
        }
    }

    private static Tag readTag(ResultSet rs) throws SQLException {
        long parent = rs.getLong(3);
        Long parentId = rs.wasNull() ? null : parent; // read at once: wasNull() refers to the last column read
        return new Tag(rs.getLong(1), rs.getString(2), parentId);
    }

    /** Finds or creates the tag and its parents; a new child keeps its parent's spelling. */
    static Tag ensure(Connection c, TagPath path) throws SQLException {
        Tag parent = null;
        for (int depth = 1; depth <= path.depth(); depth++) {
            TagPath prefix = path.prefix(depth);
            Optional<Tag> existing = find(c, prefix);
            if (existing.isPresent()) {
                parent = existing.get();
                continue;
            }
            String display = parent == null ? prefix.name() : parent.path() + "/" + prefix.name();
            long id;
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO tag (path, path_key, parent_id) VALUES (?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, display);
                ps.setString(2, TagPath.keyOf(display));
                if (parent == null) {
                    ps.setNull(3, java.sql.Types.INTEGER);
                } else {
                    ps.setLong(3, parent.id());
                }
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO tag_ancestor (tag_id, ancestor_id) SELECT ?, ancestor_id FROM tag_ancestor WHERE tag_id = ?"
                            + " UNION ALL SELECT ?, ?")) {
                ps.setLong(1, id);
                ps.setLong(2, parent == null ? -1 : parent.id());
                ps.setLong(3, id);
                ps.setLong(4, id);
                ps.executeUpdate();
            }
            parent = new Tag(id, display, parent == null ? null : parent.id());
        }
        return parent;
    }

    /**
     * The selection drives both inserts (CROSS JOIN fixes SQLite's join order): the temporary table
     * has no statistics, and left to itself the planner guessed it large and scanned an index of
     * every clipping to find the selected ones, ~40,000 page reads a tagging at a million clippings.
     * The ancestor rows go tag by tag in clipping order, each tag's rows to one place in the table.
     */
    static int assign(Connection c, Collection<Long> clippingIds, long tagId) throws SQLException {
        fillSelection(c, clippingIds);
        int added;
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO clipping_tag (tag_id, clipping_id, explicit)"
                        + " SELECT ?, s.id, 1 FROM selection s" + SqlDialect.of(c).orderedJoin() + "clipping k ON k.id = s.id WHERE true"
                        + " ON CONFLICT (tag_id, clipping_id) DO UPDATE SET explicit = 1 WHERE clipping_tag.explicit = 0")) {
            ps.setLong(1, tagId);
            added = ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO clipping_tag (tag_id, clipping_id, explicit)"
                        + " SELECT a.ancestor_id, s.id, 0 FROM tag_ancestor a CROSS JOIN selection s"
                        + SqlDialect.of(c).orderedJoin() + "clipping k ON k.id = s.id WHERE a.tag_id = ? AND a.ancestor_id <> ? ON CONFLICT DO NOTHING")) {
            ps.setLong(1, tagId);
            ps.setLong(2, tagId);
            ps.executeUpdate();
        }
        return added;
    }

    static int unassign(Connection c, Collection<Long> clippingIds, long tagId) throws SQLException {
        fillSelection(c, clippingIds);
        int removed;
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM clipping_tag WHERE tag_id = ? AND explicit = 1 AND clipping_id IN (SELECT id FROM selection)")) {
            ps.setLong(1, tagId);
            removed = ps.executeUpdate();
        }
        markAffected(c, "SELECT id FROM selection");
        recomputeImplied(c);
        return removed;
    }

    public static List<String> tagsOf(Connection c, long clippingId) throws SQLException {
        List<String> tags = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT t.path FROM clipping_tag ct JOIN tag t ON t.id = ct.tag_id"
                        + " WHERE ct.clipping_id = ? AND ct.explicit = 1 ORDER BY t.path_key")) {
            ps.setLong(1, clippingId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tags.add(rs.getString(1));
                }
            }
        }
        return tags;
    }

    private static RenameResult rename(Connection c, TagPath from, TagPath to) throws SQLException {
        Tag source = find(c, from).orElseThrow(() -> new ArchiveException("No tag '" + from.display() + "'"));
        TagPath sourcePath = TagPath.parse(source.path());
        if (to.isWithin(sourcePath) && !to.key().equals(sourcePath.key())) {
            throw new ArchiveException("Cannot move tag '" + source.path() + "' under itself ('" + to.display() + "')");
        }
        // The subtree, parents first, each with the path it will have.
        List<Tag> subtree = new ArrayList<>();
        for (Tag t : all(c)) {
            if (TagPath.parse(t.path()).isWithin(sourcePath)) {
                subtree.add(t);
            }
        }
        subtree.sort(Comparator.comparingInt(Tag::depth));
        boolean sameParent = sourcePath.depth() == to.depth()
                && (to.depth() == 1 || to.prefix(to.depth() - 1).key().equals(sourcePath.prefix(sourcePath.depth() - 1).key()));

        // Merging moves explicit rows from one tag to another: every clipping of the subtree gets its implied rows
        // recomputed. Moving without merging keeps every tag id: only the ancestors above the subtree change.
        boolean merges = false;
        for (Tag t : subtree) {
            Optional<Tag> existing = find(c, targetOf(t, sourcePath, to));
            merges |= existing.isPresent() && existing.get().id() != t.id();
        }
        String subtreeClippings = "SELECT DISTINCT ct.clipping_id FROM clipping_tag ct JOIN tag_ancestor a ON a.tag_id = ct.tag_id"
                + " WHERE a.ancestor_id = " + source.id() + " AND ct.explicit = 1";
        if (merges) {
            markAffected(c, subtreeClippings);
        }
        List<Long> ancestorsBefore = properAncestors(c, source.id());
        int moved = 0;
        int merged = 0;
        List<Long> mergedAway = new ArrayList<>();
        for (Tag t : subtree) {
            TagPath target = targetOf(t, sourcePath, to);
            Optional<Tag> existing = find(c, target);
            if (existing.isPresent() && existing.get().id() != t.id()) {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO clipping_tag (tag_id, clipping_id, explicit)"
                                + " SELECT ?, clipping_id, 1 FROM clipping_tag WHERE tag_id = ? AND explicit = 1 AND true"
                                + " ON CONFLICT (tag_id, clipping_id) DO UPDATE SET explicit = 1")) {
                    ps.setLong(1, existing.get().id());
                    ps.setLong(2, t.id());
                    ps.executeUpdate();
                }
                mergedAway.add(t.id());
                merged++;
            } else {
                Long parentId = null;
                if (target.depth() > 1) {
                    parentId = ensure(c, target.prefix(target.depth() - 1)).id();
                }
                String display = parentId == null ? target.name()
                        : find(c, target.prefix(target.depth() - 1)).orElseThrow().path() + "/" + target.name();
                try (PreparedStatement ps = c.prepareStatement("UPDATE tag SET path = ?, path_key = ?, parent_id = ? WHERE id = ?")) {
                    ps.setString(1, display);
                    ps.setString(2, TagPath.keyOf(display));
                    if (parentId == null) {
                        ps.setNull(3, java.sql.Types.INTEGER);
                    } else {
                        ps.setLong(3, parentId);
                    }
                    ps.setLong(4, t.id());
                    ps.executeUpdate();
                }
                moved++;
            }
        }
        // Children of a merged tag were re-pointed above; now the merged tags themselves go.
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM tag WHERE id = ?")) {
            for (long id : mergedAway) {
                ps.setLong(1, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        if (merged > 0) {
            rebuildAncestors(c);
            recomputeImplied(c);
        } else if (!sameParent) {
            rebuildAncestors(c);
            List<Long> ancestorsAfter = properAncestors(c, source.id());
            markAffected(c, subtreeClippings);
            moveImplied(c, ancestorsBefore, ancestorsAfter);
        }
        String newPath = find(c, to).map(Tag::path).orElse(to.display());
        return new RenameResult(newPath, moved, merged);
    }

    /** Where tag {@code t} of the subtree rooted at {@code sourcePath} goes when that root becomes {@code to}. */
    private static TagPath targetOf(Tag t, TagPath sourcePath, TagPath to) {
        TagPath old = TagPath.parse(t.path());
        List<String> segments = new ArrayList<>(to.segments());
        segments.addAll(old.segments().subList(sourcePath.depth(), old.depth()));
        return new TagPath(segments);
    }

    /** The ids of a tag's ancestors, the tag itself left out. */
    private static List<Long> properAncestors(Connection c, long tagId) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT ancestor_id FROM tag_ancestor WHERE tag_id = ? AND ancestor_id <> tag_id")) {
            ps.setLong(1, tagId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /**
     * After a subtree moved to another parent (no tag merged, every tag id kept): changes the implied
     * rows of the clippings in affected (those with an explicit tag in the subtree) for the
     * ancestors the subtree left and those it gained, and no others. Every other implied row of
     * theirs comes from tags whose ancestors did not change. An ancestor left behind stays implied
     * where another explicit tag of the clipping is under it; a new ancestor the clipping already has
     * (explicit or implied) is kept as it is.
     * <p>
     * An implied row of an ancestor left behind is first re-pointed to an ancestor gained (an update
     * of tag_id, counted by the tag_count_retagged trigger): one change to the clipping's index entry
     * instead of a delete and an insert in two passes over the index. What remains is deleted or
     * inserted.
     */
    private static void moveImplied(Connection c, List<Long> before, List<Long> after) throws SQLException {
        List<Long> left = new ArrayList<>(before);
        left.removeAll(after);
        List<Long> gained = new ArrayList<>(after);
        gained.removeAll(before);
        String unjustified = " explicit = 0 AND clipping_id IN (SELECT id FROM affected)"
                + " AND NOT EXISTS (SELECT 1 FROM clipping_tag e JOIN tag_ancestor a ON a.tag_id = e.tag_id"
                + " WHERE e.clipping_id = clipping_tag.clipping_id AND e.explicit = 1 AND a.ancestor_id = ?)";
        // Re-pointed only where the clipping has no row of the gained tag yet (the key would clash).
        try (PreparedStatement ps = c.prepareStatement("UPDATE clipping_tag SET tag_id = ? WHERE tag_id = ? AND" + unjustified
                + " AND NOT EXISTS (SELECT 1 FROM clipping_tag x WHERE x.tag_id = ? AND x.clipping_id = clipping_tag.clipping_id)")) {
            for (int k = 0; k < Math.min(left.size(), gained.size()); k++) {
                ps.setLong(1, gained.get(k));
                ps.setLong(2, left.get(k));
                ps.setLong(3, left.get(k));
                ps.setLong(4, gained.get(k));
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM clipping_tag WHERE tag_id = ? AND" + unjustified)) {
            for (long tagId : left) {
                ps.setLong(1, tagId);
                ps.setLong(2, tagId);
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO clipping_tag (tag_id, clipping_id, explicit)"
                + " SELECT ?, id, 0 FROM affected WHERE true ON CONFLICT DO NOTHING")) {
            for (long tagId : gained) {
                ps.setLong(1, tagId);
                ps.executeUpdate();
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM affected");
        }
    }

    /** Rebuilds tag_ancestor from the parent links: a few thousand rows at most. */
    static void rebuildAncestors(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM tag_ancestor");
            s.execute("WITH RECURSIVE up (tag_id, ancestor_id) AS ("
                    + " SELECT id, id FROM tag"
                    + " UNION ALL SELECT up.tag_id, t.parent_id FROM up JOIN tag t ON t.id = up.ancestor_id WHERE t.parent_id IS NOT NULL)"
                    + " INSERT INTO tag_ancestor (tag_id, ancestor_id) SELECT tag_id, ancestor_id FROM up");
        }
    }

    /** Puts the given clipping ids into selection (the working set of a bulk operation). */
    static void fillSelection(Connection c, Collection<Long> ids) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE IF NOT EXISTS selection (id " + SqlDialect.of(c).idKey() + ")");
            s.execute("DELETE FROM selection");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO selection (id) VALUES (?) ON CONFLICT DO NOTHING")) {
            for (long id : ids) {
                ps.setLong(1, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        SqlDialect.of(c).analyse(c, "selection");
    }

    /** Records which clippings need their implied tags recomputed. */
    static void markAffected(Connection c, String selectIds) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE IF NOT EXISTS affected (id " + SqlDialect.of(c).idKey() + ")");
            s.execute("DELETE FROM affected");
            s.execute("INSERT INTO affected (id) SELECT * FROM (" + selectIds + ") AS ids WHERE true ON CONFLICT DO NOTHING");
        }
        SqlDialect.of(c).analyse(c, "affected");
    }

    /** Rewrites the implied (ancestor) tag rows of the clippings in affected from their explicit tags. */
    static void recomputeImplied(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM clipping_tag WHERE explicit = 0 AND clipping_id IN (SELECT id FROM affected)");
            s.execute("INSERT INTO clipping_tag (tag_id, clipping_id, explicit)"
                    + " SELECT a.ancestor_id, ct.clipping_id, 0 FROM clipping_tag ct"
                    + " JOIN tag_ancestor a ON a.tag_id = ct.tag_id AND a.ancestor_id <> ct.tag_id"
                    + " WHERE ct.explicit = 1 AND ct.clipping_id IN (SELECT id FROM affected) ON CONFLICT DO NOTHING");
            s.execute("DELETE FROM affected");
        }
    }
}
