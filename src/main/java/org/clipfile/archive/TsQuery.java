package org.clipfile.archive;

import java.util.ArrayList;
import java.util.List;

/**
 * The FTS5 expressions Clipfile's query compiler writes, in PostgreSQL's {@code tsquery} form, for
 * the team archive's {@link TextVector} index: one query language, one compiler, two engines.
 *
 * <p>The input is the compiler's own output, never user text: quoted phrases of token characters
 * (a {@code *} after one makes its last word a prefix), {@code AND}, {@code OR}, {@code NOT} and
 * parentheses. A phrase becomes its folded words joined by {@code <->} (followed by); {@code a NOT b}
 * becomes {@code a & !b}.
 */
public final class TsQuery {
    private TsQuery() {
    }

    public static String fromFts5(String expression) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        int n = expression.length();
        while (i < n) {
            char ch = expression.charAt(i);
            if (ch == '"') {
                int close = expression.indexOf('"', i + 1);
                if (close < 0) {
                    throw new IllegalArgumentException("unclosed phrase in " + expression);
                }
                boolean prefix = close + 1 < n && expression.charAt(close + 1) == '*';
                out.append(phrase(expression.substring(i + 1, close), prefix));
                i = close + (prefix ? 2 : 1);
            } else if (ch == '(' || ch == ')') {
                out.append(ch);
                i++;
            } else if (Character.isWhitespace(ch)) {
                i++;
            } else if (expression.startsWith("AND", i)) {
                out.append(" & ");
                i += 3;
            } else if (expression.startsWith("OR", i)) {
                out.append(" | ");
                i += 2;
            } else if (expression.startsWith("NOT", i)) {
                out.append(" & !");
                i += 3;
            } else {
                throw new IllegalArgumentException("unexpected '" + ch + "' in " + expression);
            }
        }
        return out.toString();
    }

    private static String phrase(String words, boolean prefix) {
        List<String> folded = new ArrayList<>();
        for (String w : words.split(" ")) {
            for (String token : TextVector.words(w)) {
                folded.add(token);
            }
        }
        if (folded.isEmpty()) {
            // Nothing searchable (cannot come from the compiler): a word no text has.
            return "'!'";
        }
        StringBuilder sb = new StringBuilder(folded.size() > 1 ? "(" : "");
        for (int k = 0; k < folded.size(); k++) {
            if (k > 0) {
                sb.append(" <-> ");
            }
            sb.append('\'').append(folded.get(k)).append('\'');
            if (prefix && k == folded.size() - 1) {
                sb.append(":*");
            }
        }
        return sb.append(folded.size() > 1 ? ")" : "").toString();
    }
}
