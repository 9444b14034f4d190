package org.clipfile.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import org.clipfile.archive.DateOrigin;
import org.clipfile.archive.PublishedDate;

/**
 * A wire-style dateline at the start of an article, such as {@code WASHINGTON, June 14 (AP) —}.
 *
 * @param place    the place as written, e.g. {@code HONG KONG} (a region such as {@code Taiwan} is not included)
 * @param source   the agency in brackets, e.g. {@code Reuters}
 * @param monthDay the month and day, if the dateline states them
 * @param year     the year, only if the dateline itself states one (wire datelines rarely do)
 * @param length   how many characters of the line the dateline takes, including the dash and the
 *                 space after it, so a caller can keep or strip it
 */
public record Dateline(String place, String source, Optional<MonthDay> monthDay, Optional<Year> year, int length) {

    public Dateline {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(monthDay, "monthDay");
        Objects.requireNonNull(year, "year");
        if (length <= 0) {
            throw new IllegalArgumentException("length must be positive: " + length);
        }
    }

    /** The full date, only when the dateline states month, day and year; origin TEXT. */
    public Optional<PublishedDate> date() {
        return year.flatMap(y -> dateIn(y.getValue()));
    }

    /**
     * The date in {@code referenceYear} (a year the caller knows from elsewhere, e.g. the file's
     * date); a year stated in the dateline wins. Empty without a month-day, or for Feb 29 in a
     * non-leap year. Origin TEXT.
     */
    public Optional<PublishedDate> dateIn(int referenceYear) {
        if (monthDay.isEmpty()) {
            return Optional.empty();
        }
        int y = year.map(Year::getValue).orElse(referenceYear);
        MonthDay md = monthDay.get();
        try {
            return Optional.of(PublishedDate.day(LocalDate.of(y, md.getMonth(), md.getDayOfMonth()), DateOrigin.TEXT));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
