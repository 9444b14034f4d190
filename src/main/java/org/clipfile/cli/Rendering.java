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

    /** {@code s} on one line, cut to at most {@code max} terminal columns (with … when cut). */
    static String cut(String s, int max) {
        if (s == null) {
            return "";
        }
        String flat = s.replaceAll("\\s+", " ").strip();
        if (width(flat) <= max) {
            return flat;
        }
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int i = 0; i < flat.length(); ) {
            int cp = flat.codePointAt(i);
            int w = width(cp);
            if (used + w > max - 1) {
                break;
            }
            out.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return out.append('…').toString();
    }

    /** {@code s} cut and padded to exactly {@code columns} terminal columns. */
    static String pad(String s, int columns) {
        String c = cut(s, columns);
        return c + " ".repeat(Math.max(0, columns - width(c)));
    }

    /** Terminal columns {@code s} takes: Chinese, Japanese and Korean characters take two, combining marks none. */
    static int width(String s) {
        return s.codePoints().map(Rendering::width).sum();
    }

    static int width(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || cp == 0x200B) {
            return 0;
        }
        return isWide(cp) ? 2 : 1;
    }

    /** Unicode's East Asian Wide and Fullwidth blocks, as terminals draw them. */
    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF)
                || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F)
                || (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
