package org.clipfile.archive;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A tag and every tag under it, each with the clippings that carry it explicitly (trash
 * included): what is needed to undo deleting a tag, or merging one into another.
 *
 * @param root     the tag's path as typed
 * @param carriers each tag's display path (parents first) with its explicit clippings; empty
 *                 when there was no such tag
 */
public record TagSubtree(String root, Map<String, List<Long>> carriers) {

    public TagSubtree {
        carriers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(carriers));
    }

    /** Reads the subtree at {@code typed} as it is now (one read transaction). */
    public static TagSubtree read(Archive archive, String typed) {
        TagPath path = TagPath.parse(typed);
        return archive.read(c -> {
            Map<String, List<Long>> out = new LinkedHashMap<>();
            Optional<Tag> tag = TagStore.find(c, path);
            if (tag.isEmpty()) {
                return new TagSubtree(typed, out);
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT t.path, ct.clipping_id FROM tag_ancestor a"
                    + " JOIN tag t ON t.id = a.tag_id"
                    + " LEFT JOIN clipping_tag ct ON ct.tag_id = t.id AND ct.explicit = 1"
                    + " WHERE a.ancestor_id = ? ORDER BY t.path_key, ct.clipping_id")) {
                ps.setLong(1, tag.get().id());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        List<Long> ids = out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>());
                        long id = rs.getLong(2);
                        if (!rs.wasNull()) {
                            ids.add(id);
                        }
                    }
                }
            }
            return new TagSubtree(typed, out);
        });
    }

    public boolean exists() {
        return !carriers.isEmpty();
    }

    /** Gives each tag of the subtree back to its clippings; tags that had none are made again, empty. */
    public void restore(TagStore tags) {
        carriers.forEach((path, ids) -> {
            if (ids.isEmpty()) {
                tags.create(path);
            } else {
                tags.assign(ids, path);
            }
        });
    }

    /**
     * Takes back what was added to this subtree since it was read (a merge into it): each tag
     * loses the clippings it did not carry then, and tags made since are deleted.
     */
    public void takeBackAdditions(Archive archive, TagStore tags) {
        TagSubtree now = read(archive, root);
        List<String> made = new ArrayList<>();
        now.carriers.forEach((path, ids) -> {
            List<Long> before = carriers.get(path);
            if (before == null) {
                made.add(path);
                return;
            }
            Set<Long> had = new HashSet<>(before);
            List<Long> added = ids.stream().filter(id -> !had.contains(id)).toList();
            if (!added.isEmpty()) {
                tags.unassign(added, path);
            }
        });
        made.sort(Comparator.comparingInt(String::length).reversed()); // children before parents
        for (String path : made) {
            if (tags.find(path).isPresent()) {
                tags.delete(path);
            }
        }
    }
}
