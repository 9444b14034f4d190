package org.clipfile.ui.reader;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.clipfile.archive.Clipping;
import org.clipfile.archive.ClippingEdit;

/**
 * What "Merge…" puts in the editor when a colleague's save overtook the analyst's edit: field by
 * field, the side that changed it wins; where both changed the text (or the notes), both go in,
 * theirs first, then a separator line naming them, then the analyst's, to be merged by hand.
 */
final class ConflictText {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ConflictText() {
    }

    /** A moment as the analyst reads it: local time, to the minute. */
    static String when(Instant at) {
        return at == null ? "?" : WHEN.format(at.atZone(ZoneId.systemDefault()));
    }

    /**
     * @param began     the version the analyst's editor began from
     * @param theirs    the version stored now (the colleague's)
     * @param mine      the analyst's edit
     * @param separator the line between their text and the analyst's ("──── above: ben's … ────")
     */
    static ClippingEdit merge(Clipping began, Clipping theirs, ClippingEdit mine, String separator) {
        return new ClippingEdit(
                pick(began.title(), theirs.title(), mine.title()),
                both(began.text(), theirs.text(), mine.text(), separator),
                both(began.notes(), theirs.notes(), mine.notes(), separator),
                pick(began.date(), theirs.date(), mine.date()),
                pick(began.source(), theirs.source(), mine.source()),
                pick(began.url(), theirs.url(), mine.url()),
                pick(began.author(), theirs.author(), mine.author()));
    }

    /** The analyst's value if they changed it, else theirs (a single-line field cannot hold both). */
    private static <T> T pick(T began, T theirs, T mine) {
        return Objects.equals(nz(began), nz(mine)) ? theirs : mine;
    }

    /** One side's text if only one side changed it; both, separated, if both did. */
    private static String both(String began, String theirs, String mine, String separator) {
        String b = nz(began);
        String t = nz(theirs);
        String m = nz(mine);
        if (m.equals(b) || m.equals(t)) {
            return t;
        }
        if (t.equals(b)) {
            return m;
        }
        return t.stripTrailing() + "\n\n" + separator + "\n\n" + m.stripLeading();
    }

    private static Object nz(Object o) {
        return o == null ? "" : o;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
