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
 * @param frequentWordMatches a team archive's word found in at least this many clippings has its
 *                          matches kept with the facets (see {@link TextMatches}): listing them
 *                          costs the server 0.2 s or more (it visits nearly every row's page)
 */
public record SearchTuning(long planFewMin, double planMostFactor, int scanWindowMax, long scanWindowChars,
                           int facetReplayLimit, long frequentWordMatches) {
    public static final SearchTuning DEFAULT = new SearchTuning(500, 150, 2048, 8L << 20, 200_000, 200_000);

    public SearchTuning {
        if (planFewMin < 1 || planMostFactor <= 0 || scanWindowMax < 1 || scanWindowChars < 1 || facetReplayLimit < 0
                || frequentWordMatches < 1) {
            throw new IllegalArgumentException("search thresholds must be positive");
        }
    }

    public SearchTuning withPlans(long fewMin, double mostFactor) {
        return new SearchTuning(fewMin, mostFactor, scanWindowMax, scanWindowChars, facetReplayLimit, frequentWordMatches);
    }

    public SearchTuning withScanWindow(int max, long chars) {
        return new SearchTuning(planFewMin, planMostFactor, max, chars, facetReplayLimit, frequentWordMatches);
    }

    public SearchTuning withFacetReplayLimit(int limit) {
        return new SearchTuning(planFewMin, planMostFactor, scanWindowMax, scanWindowChars, limit, frequentWordMatches);
    }

    public SearchTuning withFrequentWordMatches(long matches) {
        return new SearchTuning(planFewMin, planMostFactor, scanWindowMax, scanWindowChars, facetReplayLimit, matches);
    }
}
