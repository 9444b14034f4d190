package org.clipfile.search;

import org.clipfile.archive.TokenChars;
import java.util.ArrayList;
import java.util.List;

/** Splits (already truncated and NFKC-normalised) user input into lexemes. Never fails. */
final class QueryLexer {

    enum Kind { OPEN, CLOSE, OR, AND, WORD, PHRASE }

    /** One lexeme; {@code text} is the raw word or phrase content, unused for operators. */
    record Lexeme(Kind kind, String text, boolean negated, boolean prefix) {
        static Lexeme of(Kind kind, boolean negated) {
            return new Lexeme(kind, "", negated, false);
        }
    }

    private QueryLexer() {
    }

    static List<Lexeme> lex(String s, Warnings warnings) {
        List<Lexeme> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            int cp = s.codePointAt(i);
            if (TokenChars.isQuerySpace(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            if (cp == '(') {
                out.add(Lexeme.of(Kind.OPEN, false));
                i++;
                continue;
            }
            if (cp == ')') {
                out.add(Lexeme.of(Kind.CLOSE, false));
                i++;
                continue;
            }
            boolean negated = false;
            if (cp == '-') {
                int j = i + 1;
                if (j >= n || s.charAt(j) == ')' || TokenChars.isQuerySpace(s.codePointAt(j))) {
                    warnings.add("ignored a lone '-'");
                    i = j;
                    continue;
                }
                negated = true;
                i = j;
                cp = s.codePointAt(i);
                if (cp == '(') {
                    out.add(Lexeme.of(Kind.OPEN, true));
                    i++;
                    continue;
                }
            }
            if (isQuote(cp)) {
                int start = i + Character.charCount(cp);
                int j = start;
                while (j < n && !isQuote(s.codePointAt(j))) {
                    j += Character.charCount(s.codePointAt(j));
                }
                String text = s.substring(start, j);
                if (j >= n) {
                    warnings.add("closed an unterminated quote at the end of the query");
                } else {
                    j += Character.charCount(s.codePointAt(j));
                }
                boolean prefix = false;
                while (j < n && s.charAt(j) == '*') {
                    prefix = true;
                    j++;
                }
                out.add(new Lexeme(Kind.PHRASE, text, negated, prefix));
                i = j;
                continue;
            }
            int j = i;
            while (j < n) {
                int c = s.codePointAt(j);
                if (TokenChars.isQuerySpace(c) || c == '(' || c == ')' || isQuote(c)) {
                    break;
                }
                j += Character.charCount(c);
            }
            String word = s.substring(i, j);
            i = j;
            if (!negated && word.equals("OR")) {
                out.add(Lexeme.of(Kind.OR, false));
            } else if (!negated && word.equals("AND")) {
                out.add(Lexeme.of(Kind.AND, false));
            } else {
                int end = word.length();
                while (end > 0 && word.charAt(end - 1) == '*') {
                    end--;
                }
                out.add(new Lexeme(Kind.WORD, word.substring(0, end), negated, end < word.length()));
            }
        }
        return out;
    }

    /** The ASCII quote and the typographic double quotes that macOS and phones substitute for it. */
    static boolean isQuote(int cp) {
        return cp == '"' || (cp >= 0x201C && cp <= 0x201F);
    }
}
