package org.clipfile.search;

import org.clipfile.archive.TokenChars;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds where a query's positive terms occur in an original (un-indexed) text, matching as the
 * index does: case and accents folded, any non-letter separating words ({@code ’} and {@code '}
 * alike), phrase words consecutive, prefix terms at word starts, CJK terms as substrings.
 */
public final class Highlighter {

    private Highlighter() {
    }

    /** Sorted, non-overlapping ranges in UTF-16 offsets of {@code originalText}. */
    public static List<Range> find(String originalText, SearchQuery query) {
        if (originalText == null || originalText.isEmpty() || query == null) {
            return List.of();
        }
        return find(originalText, query.highlightTerms());
    }

    public static List<Range> find(String originalText, List<HighlightTerm> terms) {
        if (originalText == null || originalText.isEmpty() || terms == null || terms.isEmpty()) {
            return List.of();
        }
        List<FoldedText.Token> tokens = FoldedText.tokenize(originalText);
        List<Range> found = new ArrayList<>();
        for (HighlightTerm term : terms) {
            findTerm(tokens, term, found);
        }
        return merge(found);
    }

    private static void findTerm(List<FoldedText.Token> tokens, HighlightTerm term, List<Range> found) {
        List<String> parts = term.tokens();
        int k = parts.size();
        if (k == 1 && isCjk(parts.get(0))) {
            String needle = parts.get(0);
            for (FoldedText.Token t : tokens) {
                if (!t.cjk()) {
                    continue;
                }
                for (int at = t.folded().indexOf(needle); at >= 0; at = t.folded().indexOf(needle, at + 1)) {
                    found.add(new Range(t.originalStartOf(at), t.originalEndOf(at + needle.length())));
                }
            }
            return;
        }
        for (int i = 0; i + k <= tokens.size(); i++) {
            Range r = matchAt(tokens, i, parts, term.prefix());
            if (r != null) {
                found.add(r);
            }
        }
    }

    /** The range of the phrase {@code parts} starting at token i, or null. */
    private static Range matchAt(List<FoldedText.Token> tokens, int i, List<String> parts, boolean prefix) {
        int k = parts.size();
        int start = -1;
        int end = -1;
        for (int j = 0; j < k; j++) {
            FoldedText.Token t = tokens.get(i + j);
            String part = parts.get(j);
            String text = t.folded();
            boolean first = j == 0;
            boolean last = j == k - 1;
            if (isCjk(part) != t.cjk()) {
                return null;
            }
            int from = 0;
            int to = text.length();
            if (t.cjk()) {
                // A CJK run may begin before the phrase's first part and go on after its last.
                if (first && !last && text.endsWith(part)) {
                    from = text.length() - part.length();
                } else if (last && !first && text.startsWith(part)) {
                    to = part.length();
                } else if (!text.equals(part)) {
                    return null;
                }
            } else if (!(text.equals(part) || (last && prefix && text.startsWith(part)))) {
                return null;
            }
            if (first) {
                start = t.originalStartOf(from);
            }
            if (last) {
                end = t.originalEndOf(to);
            }
        }
        return new Range(start, end);
    }

    private static boolean isCjk(String token) {
        return !token.isEmpty() && TokenChars.isCjk(token.codePointAt(0));
    }

    private static List<Range> merge(List<Range> ranges) {
        if (ranges.isEmpty()) {
            return List.of();
        }
        ranges.sort(Comparator.comparingInt(Range::start).thenComparingInt(Range::end));
        List<Range> merged = new ArrayList<>();
        Range current = ranges.get(0);
        for (Range r : ranges.subList(1, ranges.size())) {
            if (r.start() <= current.end()) {
                current = new Range(current.start(), Math.max(current.end(), r.end()));
            } else {
                merged.add(current);
                current = r;
            }
        }
        merged.add(current);
        return List.copyOf(merged);
    }
}
