package org.clipfile.archive;

import java.util.Objects;

/** The analyst's edit of a clipping's metadata, text and notes (tags are changed through {@link TagStore}). */
public record ClippingEdit(
        String title,
        String text,
        String notes,
        PublishedDate date,
        String source,
        String url,
        String author) {

    public ClippingEdit {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        notes = notes == null ? "" : notes;
    }

    public static ClippingEdit of(Clipping c) {
        return new ClippingEdit(c.title(), c.text(), c.notes(), c.date(), c.source(), c.url(), c.author());
    }
}
