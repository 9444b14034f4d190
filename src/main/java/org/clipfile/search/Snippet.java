package org.clipfile.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A short excerpt of a text for a result list, with highlight ranges relative to the excerpt.
 * The excerpt is a verbatim substring, with "…" added where it was cut.
 */
public record Snippet(String text, List<Range> ranges) {

    private static final String ELLIPSIS = "…";

    public Snippet {
        ranges = List.copyOf(ranges);
    }

    /**
     * About {@code maxChars} characters around the densest cluster of ranges (the first one on a
     * tie), cut at whitespace where possible; the start of the text when there are no ranges.
     *
     * @throws IllegalArgumentException if {@code maxChars < 1}
     */
    public static Snippet around(String text, List<Range> ranges, int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
        }
        String s = text == null ? "" : text;
        List<Range> rs = new ArrayList<>();
        for (Range r : ranges == null ? List.<Range>of() : ranges) {
            if (r.start() < s.length() && r.end() > r.start()) {
                rs.add(new Range(r.start(), Math.min(r.end(), s.length())));
            }
        }
        rs.sort(Comparator.comparingInt(Range::start));
        if (s.length() <= maxChars) {
            return new Snippet(s, rs);
        }
        int start;
        int end;
        if (rs.isEmpty()) {
            start = 0;
            end = cutBackAtSpace(s, maxChars, 0);
        } else {
            int[] cluster = densestCluster(rs, maxChars);
            int first = rs.get(cluster[0]).start();
            int last = Math.min(rs.get(cluster[1]).end(), first + maxChars);
            int slack = maxChars - (last - first);
            start = Math.max(0, first - slack / 2);
            end = Math.min(s.length(), start + maxChars);
            start = Math.max(0, end - maxChars);
            if (start > 0 && !Character.isWhitespace(s.charAt(start - 1))) {
                start = forwardPastSpace(s, start, first);
            }
            if (end < s.length() && !Character.isWhitespace(s.charAt(end))) {
                end = cutBackAtSpace(s, end, last);
            }
        }
        while (start < end && Character.isWhitespace(s.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        if (start > 0 && start < s.length() && Character.isLowSurrogate(s.charAt(start))) {
            start++;
        }
        if (end > start && end < s.length() && Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        String prefix = start > 0 ? ELLIPSIS : "";
        String suffix = end < s.length() ? ELLIPSIS : "";
        List<Range> rebased = new ArrayList<>();
        for (Range r : rs) {
            int a = Math.max(r.start(), start);
            int b = Math.min(r.end(), end);
            if (a < b) {
                rebased.add(new Range(a - start + prefix.length(), b - start + prefix.length()));
            }
        }
        return new Snippet(prefix + s.substring(start, end) + suffix, rebased);
    }

    /** Indices [i, j] of the window of ranges fitting in maxChars that holds the most ranges. */
    private static int[] densestCluster(List<Range> rs, int maxChars) {
        int bestI = 0;
        int bestJ = 0;
        int j = 0;
        for (int i = 0; i < rs.size(); i++) {
            j = Math.max(j, i);
            while (j + 1 < rs.size() && rs.get(j + 1).end() - rs.get(i).start() <= maxChars) {
                j++;
            }
            if (j - i > bestJ - bestI) {
                bestI = i;
                bestJ = j;
            }
        }
        return new int[] {bestI, bestJ};
    }

    /** The position after the first whitespace in [from, limit), or {@code from} if there is none. */
    private static int forwardPastSpace(String s, int from, int limit) {
        for (int k = from; k < limit; k++) {
            if (Character.isWhitespace(s.charAt(k))) {
                return k + 1;
            }
        }
        return from;
    }

    /** The last whitespace position in (limit, from], or {@code from} if there is none. */
    private static int cutBackAtSpace(String s, int from, int limit) {
        for (int k = from; k > limit; k--) {
            if (Character.isWhitespace(s.charAt(k))) {
                return k;
            }
        }
        return from;
    }
}
