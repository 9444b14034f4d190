package org.clipfile.archive;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A tag's path as the analyst typed it, tidied: segments separated by {@code /}, each trimmed with
 * inner white space collapsed, empty segments dropped. Tags are unique ignoring case, so lookups use
 * {@link #key()}.
 */
public record TagPath(List<String> segments) {
    public static final int MAX_LENGTH = 200;

    public TagPath {
        segments = List.copyOf(segments);
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("a tag needs a name");
        }
    }

    /** Parses a typed tag, e.g. {@code " China-US / Taiwan "}; throws IllegalArgumentException if empty or too long. */
    public static TagPath parse(String typed) {
        if (typed == null) {
            throw new IllegalArgumentException("a tag needs a name");
        }
        String normal = Normalizer.normalize(typed, Normalizer.Form.NFC);
        List<String> parts = new ArrayList<>();
        for (String part : normal.split("/")) {
            String tidy = part.strip().replaceAll("\\s+", " ").replaceAll("\\p{Cntrl}", "");
            if (!tidy.isEmpty()) {
                parts.add(tidy);
            }
        }
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a tag needs a name: '" + typed + "'");
        }
        TagPath path = new TagPath(parts);
        if (path.display().length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a tag is at most " + MAX_LENGTH + " characters long");
        }
        return path;
    }

    public String display() {
        return String.join("/", segments);
    }

    public String key() {
        return keyOf(display());
    }

    public String name() {
        return segments.get(segments.size() - 1);
    }

    public int depth() {
        return segments.size();
    }

    public TagPath prefix(int length) {
        return new TagPath(segments.subList(0, length));
    }

    public boolean isWithin(TagPath other) {
        return segments.size() >= other.segments.size()
                && prefix(other.segments.size()).key().equals(other.key());
    }

    static String keyOf(String display) {
        return Normalizer.normalize(display, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return display();
    }
}
