package org.clipfile.archive;

/**
 * Character classes shared by indexing, query parsing and highlighting, so that all three agree
 * on what a token is. Mirrors SQLite's unicode61 tokenizer: token characters are letters,
 * numbers and private-use characters ("L* N* Co"), plus combining marks, which stay attached to
 * their base letter.
 */
public final class TokenChars {

    private TokenChars() {
    }

    public static boolean isTokenChar(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        }
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER:
            case Character.LOWERCASE_LETTER:
            case Character.TITLECASE_LETTER:
            case Character.MODIFIER_LETTER:
            case Character.OTHER_LETTER:
            case Character.DECIMAL_DIGIT_NUMBER:
            case Character.LETTER_NUMBER:
            case Character.OTHER_NUMBER:
            case Character.PRIVATE_USE:
            case Character.NON_SPACING_MARK:
            case Character.COMBINING_SPACING_MARK:
            case Character.ENCLOSING_MARK:
                return true;
            default:
                return false;
        }
    }

    /**
     * Characters of scripts written without spaces between words (Han, Hiragana, Katakana,
     * Bopomofo), which the index stores as bigrams. Hangul is excluded: Korean uses spaces.
     */
    public static boolean isCjk(int cp) {
        if (cp < 0x2E80) {
            return false;
        }
        if (cp >= 0x4E00 && cp <= 0x9FFF) {
            return true;
        }
        if (cp == 0x30FC) {
            return true; // prolonged sound mark: Common script, but it lives inside katakana words
        }
        if (!isTokenChar(cp)) {
            return false; // ideographic punctuation, katakana middle dot, radicals (So)
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.BOPOMOFO;
    }

    /** Combining diacritics that remove_diacritics folds away (accents on Latin, Greek, Cyrillic). */
    public static boolean isFoldedDiacritic(int cp) {
        return (cp >= 0x0300 && cp <= 0x036F)
                || (cp >= 0x1AB0 && cp <= 0x1AFF)
                || (cp >= 0x1DC0 && cp <= 0x1DFF)
                || (cp >= 0x20D0 && cp <= 0x20FF)
                || (cp >= 0xFE20 && cp <= 0xFE2F);
    }

    /** Whitespace and control characters, which separate query words. */
    public static boolean isQuerySpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp);
    }

    /**
     * Appends {@code cp} as the index compares it: lower case, accents removed ({@code é} → {@code e}),
     * as SQLite's {@code unicode61 remove_diacritics 2} does. Above U+3000 nothing is decomposed (it
     * would alter kana and Hangul).
     */
    public static void appendFolded(StringBuilder out, int cp) {
        if (isFoldedDiacritic(cp)) {
            return;
        }
        if (cp < 0x80) {
            out.append((char) Character.toLowerCase(cp));
        } else if (cp < 0x3000) {
            String d = java.text.Normalizer.normalize(new String(Character.toChars(cp)), java.text.Normalizer.Form.NFD);
            int k = 0;
            while (k < d.length()) {
                int c = d.codePointAt(k);
                if (!isFoldedDiacritic(c)) {
                    out.appendCodePoint(Character.toLowerCase(c));
                }
                k += Character.charCount(c);
            }
        } else {
            out.appendCodePoint(Character.toLowerCase(cp));
        }
    }

    /** A run of token characters as the index compares it (see {@link #appendFolded}). */
    public static String fold(String token) {
        StringBuilder sb = new StringBuilder(token.length());
        int i = 0;
        while (i < token.length()) {
            int cp = token.codePointAt(i);
            appendFolded(sb, cp);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }
}
