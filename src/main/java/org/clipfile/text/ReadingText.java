package org.clipfile.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A clipping's text prepared for reading, never for storing: wire copy hard-wrapped at a fixed
 * width is reflowed into paragraphs, and a first line that only repeats the title is left out.
 *
 * <p>The reflowed text has exactly the stored text's length, character for character, except that
 * a line break inside a paragraph becomes a space (or, between two Chinese or Japanese characters,
 * a zero-width space, since those scripts put no space between words). So a search hit's offsets in
 * the stored text are its offsets here too, less {@link #start()}.
 */
public record ReadingText(String text, int start) {
    /** Zero-width space: joins CJK lines without a visible gap, keeping the offsets. */
    static final char JOIN_CJK = '\u200B';

    /** Wire services wrap between about 30 and 100 columns; longer lines are paragraphs already. */
    private static final int MIN_WRAP = 24;
    private static final int MAX_WRAP = 100;
    /** A line at least this share of the wrap width is taken to have been wrapped, not ended. */
    private static final double FULL_LINE = 0.72;

    public static ReadingText of(String stored, String title) {
        String text = stored == null ? "" : stored;
        int start = bodyStart(text, title);
        return new ReadingText(reflow(text).substring(start), start);
    }

    /**
     * The text with hard line breaks inside paragraphs joined. Blank lines, indented or bulleted
     * lines and lines that end well short of the wrap width still end their paragraph.
     */
    public static String reflow(String text) {
        List<int[]> lines = lines(text);
        int wrap = wrapWidth(text, lines);
        if (wrap < 0) {
            return text;
        }
        boolean indentMeansParagraph = indentedShare(text, lines) < 0.5;
        char[] out = text.toCharArray();
        for (int i = 0; i + 1 < lines.size(); i++) {
            int[] line = lines.get(i);
            int[] next = lines.get(i + 1);
            String current = text.substring(line[0], line[1]);
            String following = text.substring(next[0], next[1]);
            if (current.isBlank() || following.isBlank() || columns(current.stripTrailing()) < FULL_LINE * wrap
                    || startsParagraph(following, indentMeansParagraph)) {
                continue;
            }
            char before = lastVisible(current);
            char after = following.strip().charAt(0);
            char join = isCjk(before) && isCjk(after) ? JOIN_CJK : ' ';
            for (int k = line[1]; k < next[0]; k++) { // the break itself: "\n" or "\r\n"
                out[k] = k == line[1] ? join : JOIN_CJK;
            }
        }
        return new String(out);
    }

    /** Where the body starts once a first paragraph that repeats the title is left out (0 if none does). */
    static int bodyStart(String text, String title) {
        if (title == null || title.isBlank()) {
            return 0;
        }
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        int end = text.indexOf('\n', i);
        if (end < 0) {
            return 0; // a one-line text is the body, even if it is the title
        }
        if (!normal(text.substring(i, end)).equals(normal(title))) {
            return 0;
        }
        while (end < text.length() && Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return end < text.length() ? end : 0;
    }

    private static String normal(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Each line as [start, end) without its line break. */
    private static List<int[]> lines(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
                out.add(new int[] {start, end});
                start = i + 1;
            }
        }
        out.add(new int[] {start, text.length()});
        return out;
    }

    /**
     * The width the text was wrapped at, in columns: the longest line but the few longest (a
     * stray long line does not count). -1 when the text does not look hard-wrapped at all.
     */
    private static int wrapWidth(String text, List<int[]> lines) {
        int[] widths = lines.stream().map(l -> text.substring(l[0], l[1]).stripTrailing())
                .filter(l -> !l.isBlank()).mapToInt(ReadingText::columns).sorted().toArray();
        if (widths.length < 3) {
            return -1;
        }
        int wrap = widths[(int) Math.floor((widths.length - 1) * 0.9)];
        if (wrap < MIN_WRAP || wrap > MAX_WRAP) {
            return -1;
        }
        long full = Arrays.stream(widths).filter(w -> w >= FULL_LINE * wrap).count();
        return full * 2 >= widths.length ? wrap : -1; // most lines run to the margin: wrapped copy
    }

    private static double indentedShare(String text, List<int[]> lines) {
        long nonBlank = 0;
        long indented = 0;
        for (int[] l : lines) {
            String s = text.substring(l[0], l[1]);
            if (!s.isBlank()) {
                nonBlank++;
                if (Character.isWhitespace(s.charAt(0))) {
                    indented++;
                }
            }
        }
        return nonBlank == 0 ? 0 : (double) indented / nonBlank;
    }

    private static boolean startsParagraph(String line, boolean indentMeansParagraph) {
        if (indentMeansParagraph && Character.isWhitespace(line.charAt(0))) {
            return true;
        }
        String s = line.strip();
        return s.startsWith("- ") || s.startsWith("* ") || s.startsWith("• ") || s.startsWith("—")
                || s.matches("^\\d{1,2}[.)] .*") || s.startsWith("(") && s.matches("^\\(\\d{1,2}\\) .*");
    }

    private static char lastVisible(String s) {
        String t = s.stripTrailing();
        return t.charAt(t.length() - 1);
    }

    /** Columns a line takes in a fixed-width font: Chinese and Japanese characters take two. */
    static int columns(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += isCjk(s.charAt(i)) ? 2 : 1;
        }
        return n;
    }

    static boolean isCjk(char c) {
        Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
        return b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS || b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A
                || b == Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS || b == Character.UnicodeBlock.HIRAGANA
                || b == Character.UnicodeBlock.KATAKANA || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }
}
