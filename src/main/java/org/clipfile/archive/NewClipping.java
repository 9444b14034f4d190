package org.clipfile.archive;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A clipping about to be stored. {@code addedAt} and {@code preferredId} are only set when
 * restoring an export (so a round trip keeps them); otherwise they are null.
 */
public record NewClipping(
        String title,
        String text,
        String notes,
        PublishedDate date,
        String source,
        String url,
        String author,
        List<String> tags,
        Instant addedAt,
        Long preferredId) {

    public NewClipping {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        notes = notes == null ? "" : notes;
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public static NewClipping of(String title, String text, PublishedDate date) {
        return new NewClipping(title, text, "", date, null, null, null, List.of(), null, null);
    }

    public NewClipping withTags(List<String> newTags) {
        return new NewClipping(title, text, notes, date, source, url, author, newTags, addedAt, preferredId);
    }
}
