package org.clipfile.ui.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One bar of the timeline: the clippings published from {@code start} to {@code end} inclusive,
 * or, when {@code folded}, a stretch of empty buckets drawn narrow so the bars around it keep
 * their width.
 */
public record Bucket(Granularity unit, LocalDate start, LocalDate end, long count, boolean folded) {
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_MONTH_YEAR = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);

    /** The period in words, for the tooltip: "March 1994", "Q1 1994", "Week of 7 March 1994". */
    public String label() {
        if (folded) {
            return span(start, end);
        }
        return switch (unit) {
            case YEAR -> String.valueOf(start.getYear());
            case QUARTER -> "Q" + ((start.getMonthValue() - 1) / 3 + 1) + " " + start.getYear()
                    + " (" + SHORT_MONTH.format(start) + "–" + SHORT_MONTH.format(end) + ")";
            case MONTH -> MONTH_YEAR.format(start);
            case WEEK -> "Week of " + DAY_MONTH_YEAR.format(start);
            case DAY -> WEEKDAY.format(start);
        };
    }

    /** A stretch of time in words, as short as its ends allow: "1994–1996", "Jul 1993 – Dec 1994", "3–9 May 2021". */
    public static String span(LocalDate from, LocalDate to) {
        boolean wholeYears = from.getDayOfYear() == 1 && to.plusDays(1).getDayOfYear() == 1;
        if (wholeYears) {
            return from.getYear() == to.getYear() ? String.valueOf(from.getYear()) : from.getYear() + "–" + to.getYear();
        }
        boolean wholeMonths = from.getDayOfMonth() == 1 && to.plusDays(1).getDayOfMonth() == 1;
        if (wholeMonths) {
            return from.withDayOfMonth(1).equals(to.withDayOfMonth(1)) ? MONTH_YEAR.format(from)
                    : SHORT_MONTH_YEAR.format(from) + " – " + SHORT_MONTH_YEAR.format(to);
        }
        if (from.equals(to)) {
            return DAY_MONTH_YEAR.format(from);
        }
        if (from.getYear() == to.getYear() && from.getMonth() == to.getMonth()) {
            return from.getDayOfMonth() + "–" + DAY_MONTH_YEAR.format(to);
        }
        return DAY_MONTH_YEAR.format(from) + " – " + DAY_MONTH_YEAR.format(to);
    }

    /**
     * The text under the bar: "1994", "Q1", "Mar" (for a month, or a week in it: weeks read by
     * month, and {@link TimelineScale#axisLabels} keeps it only under the first bar of each), or the
     * day of the month.
     */
    public String axisLabel() {
        return switch (unit) {
            case YEAR -> String.valueOf(start.getYear());
            case QUARTER -> "Q" + ((start.getMonthValue() - 1) / 3 + 1);
            case MONTH, WEEK -> SHORT_MONTH.format(start);
            case DAY -> String.valueOf(start.getDayOfMonth());
        };
    }

    /** The wider period this bar belongs to, on the second line of the axis: its year, or month and year; none for years. */
    public String contextLabel() {
        return switch (unit) {
            case YEAR -> "";
            case QUARTER, MONTH, WEEK -> String.valueOf(start.getYear());
            case DAY -> SHORT_MONTH_YEAR.format(start);
        };
    }

    /** Whether this bar is the one to show under a label step of {@code step} (labels fall on round positions). */
    public boolean labelledAt(int step) {
        if (step <= 1) {
            return true;
        }
        return switch (unit) {
            case YEAR -> start.getYear() % step == 0;
            case QUARTER -> ((start.getMonthValue() - 1) / 3) % step == 0;
            case MONTH -> (start.getMonthValue() - 1) % step == 0;
            case WEEK -> (start.getMonthValue() - 1) % step == 0;
            case DAY -> (start.getDayOfMonth() - 1) % step == 0 && start.getDayOfMonth() + step / 2 <= start.lengthOfMonth();
        };
    }
}
