package org.clipfile.search;

import java.util.List;
import org.clipfile.archive.Tag;

/** A tag in the topic tree with how many clippings of the current filter sit under it (each counted once). */
public record TagNode(Tag tag, long count, List<TagNode> children) {
    public TagNode {
        children = List.copyOf(children);
    }
}
