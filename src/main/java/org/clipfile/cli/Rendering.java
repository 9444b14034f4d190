package org.clipfile.cli;

import java.util.List;
import org.clipfile.search.Range;
import org.clipfile.search.Snippet;

/** Plain-text rendering shared by the commands. */
final class Rendering {
    private Rendering() {
    }

    /** Marks highlights with «» (terminals and scripts alike can read them). */
    static String highlight(String text, List<Range> ranges) {
        StringBuilder out = new StringBuilder(text.length() + ranges.size() * 2);
        int at = 0;
        for (Range r : ranges) {
            if (r.start() < at || r.end() > text.length()) {
                continue;
            }
            out.append(text, at, r.start()).append('«').append(text, r.start(), r.end()).append('»');
            at = r.end();
        }
        return out.append(text.substring(at)).toString();
    }

    static String snippet(Snippet s) {
        return s == null ? "" : highlight(s.text(), s.ranges()).replaceAll("\\s+", " ");
    }

    static String cut(String s, int max) {
        if (s == null) {
            return "";
        }
        String flat = s.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, Math.max(0, max - 1)) + "…";
    }

    static String pad(String s, int width) {
        String c = cut(s, width);
        return c + " ".repeat(Math.max(0, width - c.length()));
    }
}
