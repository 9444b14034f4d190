package org.clipfile.archive;

/** Where a published date came from, so an analyst can judge how far to trust it. */
public enum DateOrigin {
    /** A header line or leading marker such as {@code date 2023-06-14} or {@code Date: ...}. */
    HEADER,
    /** A dateline or date in the first lines of the text. */
    TEXT,
    /** The file name, e.g. {@code qin-blinken-2023-06-14.txt}. */
    FILE_NAME,
    /** Page metadata: {@code article:published_time}, JSON-LD, front matter, another tool's field. */
    METADATA,
    /** Typed or corrected by the analyst. */
    USER;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static DateOrigin fromKey(String key) {
        return valueOf(key.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
}
