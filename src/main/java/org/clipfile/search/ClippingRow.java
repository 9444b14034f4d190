package org.clipfile.search;

import java.util.List;
import org.clipfile.archive.PublishedDate;

/** One line of a result list: what the table shows, plus a highlighted snippet when searching. */
public record ClippingRow(long id, String title, PublishedDate date, String source, List<String> tags, Snippet snippet) {
    public ClippingRow {
        tags = List.copyOf(tags);
    }
}
