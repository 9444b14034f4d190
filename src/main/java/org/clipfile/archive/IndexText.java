package org.clipfile.archive;

import java.text.Normalizer;

/**
 * Text as it goes into the FTS5 index ({@code tokenize="unicode61 remove_diacritics 2"}).
 *
 * <p>unicode61 splits only on non-letters, so a run of Chinese or Japanese would be one huge
 * token. {@link #forIndex(String)} therefore NFKC-normalises the text and replaces every run of
 * CJK characters (Han, Hiragana, Katakana, Bopomofo; not Hangul) by its overlapping bigrams plus
 * the run's last character as a unigram, separated by spaces:
 * {@code 中国台湾问题Blinken} becomes {@code 中国 国台 台湾 湾问 问题 题 Blinken}. The trailing
 * unigram lets a one-character prefix query {@code "题"*} find the character at the end of a run.
 * Everything else is left to unicode61 (case and diacritic folding, splitting on punctuation).
 */
public final class IndexText {

    private IndexText() {
    }

    /** The index form of one column value; {@code null} becomes the empty string. */
    public static String forIndex(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String s = Normalizer.isNormalized(text, Normalizer.Form.NFKC)
                ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
        if (!mayContainCjkOrSurrogates(s)) {
            return s; // the common case for Latin text: no copy
        }
        StringBuilder out = new StringBuilder(s.length() * 2 + 8);
        int runStart = -1;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (TokenChars.isCjk(cp)) {
                if (runStart < 0) {
                    runStart = i;
                }
            } else {
                if (runStart >= 0) {
                    appendRun(out, s, runStart, i);
                    runStart = -1;
                }
                if (Character.isSurrogate((char) cp) && next == i + 1) {
                    // An unpaired surrogate has no UTF-8 form; it is a separator either way.
                    out.append(' ');
                } else {
                    out.appendCodePoint(cp);
                }
            }
            i = next;
        }
        if (runStart >= 0) {
            appendRun(out, s, runStart, s.length());
        }
        return out.toString();
    }

    private static boolean mayContainCjkOrSurrogates(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x2E80) {
                return true;
            }
        }
        return false;
    }

    /** Appends the run s[from, to) as bigrams plus its last character, surrounded by spaces. */
    private static void appendRun(StringBuilder out, String s, int from, int to) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
        int prev = from;
        int cur = from + Character.charCount(s.codePointAt(from));
        while (cur < to) {
            int after = cur + Character.charCount(s.codePointAt(cur));
            out.append(s, prev, after).append(' ');
            prev = cur;
            cur = after;
        }
        out.append(s, prev, to).append(' ');
    }
}
