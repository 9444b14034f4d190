package org.clipfile.archive;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A clipping's text as a PostgreSQL {@code tsvector}, made from the very tokens SQLite's FTS5 gets
 * ({@link IndexText}: CJK bigrams; {@link TokenChars}: what a token is, case and accents folded), so
 * that a query finds the same clippings on both engines. Title, notes and body carry weights A, B and
 * C (relevance counts a title hit most, as on SQLite); a gap between them keeps a phrase from
 * running from one into the next.
 *
 * <p>PostgreSQL's limits, kept here rather than failing a write: positions above 16,383 count as
 * 16,383 (a phrase beyond that point of a very long text may be missed), at most 256 positions per
 * word, a word of at most 2,046 bytes, a vector of under 1 MB.
 */
public final class TextVector {
    static final int MAX_POSITION = 16_383;
    static final int MAX_POSITIONS_PER_WORD = 256;
    static final int MAX_WORD_BYTES = 2_046;
    static final int MAX_WORDS_BYTES = 900_000;

    private TextVector() {
    }

    /** The {@code tsvector} literal of one clipping (cast it with {@code ?::tsvector}). */
    public static String of(String title, String body, String notes) {
        Map<String, List<String>> positions = new LinkedHashMap<>();
        int[] next = {1};
        int[] bytes = {0};
        add(positions, title, 'A', next, bytes);
        next[0]++;
        add(positions, notes, 'B', next, bytes);
        next[0]++;
        add(positions, body, 'C', next, bytes);
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, List<String>> e : positions.entrySet()) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append('\'').append(e.getKey()).append("':").append(String.join(",", e.getValue()));
        }
        return out.toString();
    }

    private static void add(Map<String, List<String>> positions, String text, char weight, int[] next, int[] bytes) {
        for (String word : tokens(text)) {
            int position = Math.min(next[0]++, MAX_POSITION);
            List<String> at = positions.get(word);
            if (at == null) {
                int size = word.getBytes(StandardCharsets.UTF_8).length;
                if (size > MAX_WORD_BYTES || bytes[0] + size > MAX_WORDS_BYTES) {
                    continue;
                }
                bytes[0] += size;
                at = new ArrayList<>(2);
                positions.put(word, at);
            }
            String entry = position + String.valueOf(weight);
            boolean repeated = position == MAX_POSITION && !at.isEmpty() && at.get(at.size() - 1).startsWith(MAX_POSITION + "");
            if (at.size() < MAX_POSITIONS_PER_WORD && !repeated) {
                at.add(entry);
            }
        }
    }

    /** The folded tokens of a column value, in order, as FTS5 would index them. */
    static List<String> tokens(String text) {
        return words(IndexText.forIndex(text));
    }

    /** The folded runs of token characters of text already in index form (no bigrams made). */
    static List<String> words(String indexed) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int i = 0;
        while (i < indexed.length()) {
            int cp = indexed.codePointAt(i);
            if (TokenChars.isTokenChar(cp)) {
                TokenChars.appendFolded(word, cp);
            } else if (word.length() > 0) {
                out.add(word.toString());
                word.setLength(0);
            }
            i += Character.charCount(cp);
        }
        if (word.length() > 0) {
            out.add(word.toString());
        }
        return out;
    }
}
