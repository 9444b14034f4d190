package org.clipfile.archive;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A clipping's published date with its precision and origin. {@code start} is the first day the
 * date can mean (2023-06-01 for "June 2023"), which is what sorting and range filters use.
 */
public record PublishedDate(LocalDate start, DatePrecision precision, DateOrigin origin) {

    public PublishedDate {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(origin, "origin");
        start = switch (precision) {
            case DAY -> start;
            case MONTH -> start.withDayOfMonth(1);
            case YEAR -> start.withDayOfYear(1);
        };
    }

    public static PublishedDate day(LocalDate date, DateOrigin origin) {
        return new PublishedDate(date, DatePrecision.DAY, origin);
    }

    /** ISO text at its precision: {@code 2023-06-14}, {@code 2023-06} or {@code 2023}. */
    public String iso() {
        return switch (precision) {
            case DAY -> start.toString();
            case MONTH -> start.toString().substring(0, 7);
            case YEAR -> String.format("%04d", start.getYear());
        };
    }

    public PublishedDate withOrigin(DateOrigin newOrigin) {
        return new PublishedDate(start, precision, newOrigin);
    }

    /** Reads {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}; empty for anything else. */
    public static Optional<PublishedDate> parseIso(String text, DateOrigin origin) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        try {
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Optional.of(new PublishedDate(LocalDate.parse(s), DatePrecision.DAY, origin));
            }
            if (s.matches("\\d{4}-\\d{2}")) {
                return Optional.of(new PublishedDate(LocalDate.parse(s + "-01"), DatePrecision.MONTH, origin));
            }
            if (s.matches("\\d{4}")) {
                return Optional.of(new PublishedDate(LocalDate.of(Integer.parseInt(s), 1, 1), DatePrecision.YEAR, origin));
            }
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return iso() + " (" + precision.key() + ", from " + origin.key() + ")";
    }
}
