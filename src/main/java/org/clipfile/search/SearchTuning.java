package org.clipfile.search;

/**
 * Thresholds of the search's plans, fixed for the life of a {@link ClippingSearch}. The defaults
 * were measured on the benchmark archives (see src/docs/performance.md); tests pass smaller ones to
 * reach every plan on a small archive.
 *
 * @param planFewMin        below this many candidates a date order collects and sorts them (see {@link ResultPages})
 * @param planMostFactor    above {@code sqrt(planMostFactor * W * N)} matches, a date walk asks the text index per row
 * @param scanWindowMax     rows an export window holds at most
 * @param scanWindowChars   text (chars) an export window aims for: windows shrink for long articles
 * @param facetReplayLimit  journal entries the facets replay before rebuilding instead
 */
public record SearchTuning(long planFewMin, double planMostFactor, int scanWindowMax, long scanWindowChars,
                           int facetReplayLimit) {
    public static final SearchTuning DEFAULT = new SearchTuning(500, 150, 2048, 8L << 20, 200_000);

    public SearchTuning {
        if (planFewMin < 1 || planMostFactor <= 0 || scanWindowMax < 1 || scanWindowChars < 1 || facetReplayLimit < 0) {
            throw new IllegalArgumentException("search thresholds must be positive");
        }
    }

    public SearchTuning withPlans(long fewMin, double mostFactor) {
        return new SearchTuning(fewMin, mostFactor, scanWindowMax, scanWindowChars, facetReplayLimit);
    }

    public SearchTuning withScanWindow(int max, long chars) {
        return new SearchTuning(planFewMin, planMostFactor, max, chars, facetReplayLimit);
    }

    public SearchTuning withFacetReplayLimit(int limit) {
        return new SearchTuning(planFewMin, planMostFactor, scanWindowMax, scanWindowChars, limit);
    }
}
