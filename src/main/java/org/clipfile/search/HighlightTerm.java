package org.clipfile.search;

import java.util.List;

/**
 * A positive search term for highlighting: folded tokens (lower case, accents removed, NFKC)
 * that must appear consecutively, the last one only as a prefix when {@code prefix} is set.
 * A CJK token is a whole run of CJK characters (not bigrams) and matches as a substring.
 */
public record HighlightTerm(List<String> tokens, boolean prefix) {

    public HighlightTerm {
        tokens = List.copyOf(tokens);
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("a highlight term needs at least one token");
        }
    }
}
