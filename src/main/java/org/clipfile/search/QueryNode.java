package org.clipfile.search;

import org.clipfile.archive.TokenChars;
import java.util.ArrayList;
import java.util.List;

/** The parsed query tree. Only {@link QueryCompiler} and {@link QueryParser} build and read it. */
sealed interface QueryNode permits QueryNode.Term, QueryNode.All, QueryNode.Any, QueryNode.Not {

    /** A run of token characters of one kind: CJK runs are separate pieces from other text. */
    record Piece(String text, boolean cjk) {
    }

    /**
     * A word or phrase: pieces that must appear consecutively. {@code userPrefix} is a typed
     * {@code *}; a term ending in a single CJK character is also matched as a prefix (see
     * {@link #prefix()}), because the index holds that character only inside bigrams.
     */
    record Term(List<Piece> pieces, boolean userPrefix) implements QueryNode {

        public Term {
            pieces = List.copyOf(pieces);
        }

        boolean prefix() {
            Piece last = pieces.get(pieces.size() - 1);
            return userPrefix || (last.cjk() && last.text().codePointCount(0, last.text().length()) == 1);
        }

        /** Splits NFKC text into pieces: maximal runs of token characters of the same CJK-ness. */
        static List<Piece> piecesOf(String text) {
            List<Piece> pieces = new ArrayList<>();
            int i = 0;
            int start = -1;
            boolean runCjk = false;
            while (i < text.length()) {
                int cp = text.codePointAt(i);
                boolean token = TokenChars.isTokenChar(cp);
                boolean cjk = token && TokenChars.isCjk(cp);
                if (start >= 0 && (!token || cjk != runCjk)) {
                    pieces.add(new Piece(text.substring(start, i), runCjk));
                    start = -1;
                }
                if (token && start < 0) {
                    start = i;
                    runCjk = cjk;
                }
                i += Character.charCount(cp);
            }
            if (start >= 0) {
                pieces.add(new Piece(text.substring(start), runCjk));
            }
            return pieces;
        }
    }

    /** All items must match; items may be {@link Not}. */
    record All(List<QueryNode> items) implements QueryNode {
        public All {
            items = List.copyOf(items);
        }
    }

    /** At least one option must match. */
    record Any(List<QueryNode> options) implements QueryNode {
        public Any {
            options = List.copyOf(options);
        }
    }

    /** Excludes matches of the wrapped node; only meaningful as an item of {@link All}. */
    record Not(QueryNode excluded) implements QueryNode {
    }
}
