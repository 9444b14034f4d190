package org.clipfile.search;

import org.clipfile.archive.TokenChars;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A text split into tokens the way the index sees it (NFKC, lower case, accents removed, CJK runs
 * as separate tokens), each token remembering its UTF-16 span in the original string.
 */
final class FoldedText {

    /**
     * One token. For CJK tokens, {@code charStarts[k]}/{@code charEnds[k]} give the original span
     * of folded UTF-16 unit k, so that a substring match can be mapped back; for other tokens they
     * are empty because highlights cover whole tokens.
     */
    record Token(String folded, int start, int end, boolean cjk, int[] charStarts, int[] charEnds) {

        int originalStartOf(int foldedIndex) {
            return cjk ? charStarts[foldedIndex] : start;
        }

        int originalEndOf(int foldedEndExclusive) {
            return cjk ? charEnds[foldedEndExclusive - 1] : end;
        }
    }

    private FoldedText() {
    }

    static List<Token> tokenize(String text) {
        TokenBuilder b = new TokenBuilder();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int end = i + Character.charCount(cp);
            String compat = nfkcOrNull(cp);
            if (compat == null) {
                b.accept(cp, i, end);
            } else {
                // A compatibility character may expand (ﬁ → fi, ½ → 1⁄2); all parts share its span.
                int k = 0;
                while (k < compat.length()) {
                    int c = compat.codePointAt(k);
                    b.accept(c, i, end);
                    k += Character.charCount(c);
                }
            }
            i = end;
        }
        b.flush();
        return b.tokens;
    }

    /** The folded form of a query word (already NFKC): its tokens' folded text, concatenated. */
    static String fold(String word) {
        StringBuilder sb = new StringBuilder(word.length());
        for (Token t : tokenize(word)) {
            sb.append(t.folded());
        }
        return sb.toString();
    }

    /** The NFKC form of a single code point, or null when it is already normalised. */
    private static String nfkcOrNull(int cp) {
        if (cp < 0xA0 || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3041 && cp <= 0x3096)
                || (cp >= 0x30A1 && cp <= 0x30FA)) {
            return null;
        }
        String s = new String(Character.toChars(cp));
        return Normalizer.isNormalized(s, Normalizer.Form.NFKC) ? null : Normalizer.normalize(s, Normalizer.Form.NFKC);
    }

    private static final class TokenBuilder {
        final List<Token> tokens = new ArrayList<>();
        private final StringBuilder folded = new StringBuilder();
        private boolean open;
        private boolean cjk;
        private int start;
        private int end;
        private int[] charStarts = new int[16];
        private int[] charEnds = new int[16];

        void accept(int cp, int origStart, int origEnd) {
            if (TokenChars.isCjk(cp)) {
                if (open && !cjk) {
                    flush();
                }
                begin(true, origStart);
                int before = folded.length();
                folded.appendCodePoint(cp);
                for (int k = before; k < folded.length(); k++) {
                    record(k, origStart, origEnd);
                }
                end = origEnd;
            } else if (TokenChars.isTokenChar(cp)) {
                if (open && cjk) {
                    flush();
                }
                begin(false, origStart);
                appendFolded(cp);
                end = origEnd;
            } else {
                flush();
            }
        }

        private void begin(boolean asCjk, int origStart) {
            if (!open) {
                open = true;
                cjk = asCjk;
                start = origStart;
                folded.setLength(0);
            }
        }

        private void record(int k, int origStart, int origEnd) {
            if (k >= charStarts.length) {
                charStarts = Arrays.copyOf(charStarts, k * 2);
                charEnds = Arrays.copyOf(charEnds, k * 2);
            }
            charStarts[k] = origStart;
            charEnds[k] = origEnd;
        }

        private void appendFolded(int cp) {
            TokenChars.appendFolded(folded, cp);
        }

        void flush() {
            if (open && folded.length() > 0) {
                int n = folded.length();
                tokens.add(new Token(folded.toString(), start, end, cjk,
                        cjk ? Arrays.copyOf(charStarts, n) : new int[0],
                        cjk ? Arrays.copyOf(charEnds, n) : new int[0]));
            }
            open = false;
            folded.setLength(0);
        }
    }
}
