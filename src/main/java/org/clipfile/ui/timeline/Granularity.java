package org.clipfile.ui.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** How long one bar of the timeline is, finest first. */
public enum Granularity {
    DAY, WEEK, MONTH, QUARTER, YEAR;

    /** The first day of the bucket holding {@code d}. Weeks start on Monday (ISO). */
    public LocalDate start(LocalDate d) {
        return switch (this) {
            case DAY -> d;
            case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> d.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(d.getYear(), (d.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case YEAR -> d.withDayOfYear(1);
        };
    }

    /** The first day of the next bucket. */
    public LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            case YEAR -> start.plusYears(1);
        };
    }

    /** The last day of the bucket holding {@code d}. */
    public LocalDate end(LocalDate d) {
        return next(start(d)).minusDays(1);
    }

    /** "by day", "by week"... for the caption. */
    public String noun() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
