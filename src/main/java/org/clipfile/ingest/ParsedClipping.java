package org.clipfile.ingest;

import java.util.List;
import java.util.Objects;
import org.clipfile.archive.PublishedDate;

/**
 * What a parser read from one input, before it is stored. {@code date} is null when the input
 * states no date (Clipfile never guesses one). Strings other than title and text may be null.
 */
public record ParsedClipping(
        String title,
        String text,
        PublishedDate date,
        String source,
        String url,
        String author,
        List<String> tags,
        String notes) {

    public ParsedClipping {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
