package org.clipfile.bench.capture;

import java.time.LocalDate;

/**
 * How the importer did on one page.
 *
 * @param keptSegments     segments of the stored text
 * @param expectedSegments segments of the expected article
 * @param matchedSegments  segments in both (as a multiset: a repeated paragraph counts as often as it is in both)
 * @param shingleF1        F1 of the stored body's 4-token shingles against the expected body's
 * @param storedDay        the date stored, as "2015-07-10", "2015-07" or "2015" by its precision, or null
 * @param failure          why the page was refused, or null if it was read
 */
record PageScore(String name, boolean news, int keptSegments, int expectedSegments, int matchedSegments,
                 double shingleF1, LocalDate expectedDay, String storedDay, DateVerdict date, String failure) {

    /** The date stored, compared with the one the page states. */
    enum DateVerdict {
        /** The page states a date and the stored day is that day. */
        RIGHT,
        /** The page states a day; a month or year was stored that contains it. */
        COARSE,
        /** The page states a date and another one was stored. */
        WRONG,
        /** The page states a date and none was stored. */
        MISSED,
        /** The expected metadata has no date and one was stored (not necessarily wrong). */
        DATED_WITHOUT_EXPECTED,
        /** Neither states a date. */
        NONE
    }

    double segmentPrecision() {
        return keptSegments == 0 ? 0 : (double) matchedSegments / keptSegments;
    }

    double segmentRecall() {
        return expectedSegments == 0 ? 0 : (double) matchedSegments / expectedSegments;
    }
}
