package org.clipfile.ingest;

import java.time.DateTimeException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clipfile.archive.DateOrigin;
import org.clipfile.archive.PublishedDate;

/**
 * Reads the date strings that page metadata and other tools' exports carry: ISO timestamps (the
 * local date as written, never shifted to UTC: a story dated 14 June in Beijing stays 14 June),
 * RSS's RFC 1123 dates, and anything {@link DateRecognizer} reads with a time of day after it.
 */
final class MetadataDates {
    private static final DateRecognizer DATES = new DateRecognizer();
    /** "June 14, 2023 9:30 AM EDT", "2023年6月14日 09:30": the date part before the time. */
    private static final Pattern DATE_THEN_TIME = Pattern.compile("(.*?\\S)[\\s,T]+\\d{1,2}[:：]\\d{2}.*");
    /**
     * A date inside a longer line: ISO-ish, CJK or Korean, numeric day and month, or written with
     * a month name in any language {@link MonthNames} knows (the name is checked when it is parsed).
     */
    private static final Pattern DATE_IN_TEXT = Pattern.compile(
            "(?<![\\p{L}\\d])(?:\\d{4}([-/.])\\d{1,2}\\1\\d{1,2}(?!\\d)"
                    + "|\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*[日号]"
                    + "|\\d{4}\\s*년\\s*\\d{1,2}\\s*월\\s*\\d{1,2}\\s*일"
                    + "|\\d{1,2}(?:st|nd|rd|th|er|\\.|º)?\\s*(?:of\\s+|de\\s+)?\\p{L}{3,}\\.?,?\\s+(?:de\\s+|del\\s+)?\\d{4}(?!\\d)"
                    + "|\\p{L}{3,}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}(?!\\d)"
                    + "|\\d{1,2}([-/.])\\d{1,2}\\2\\d{4}(?!\\d))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private MetadataDates() {
    }

    /** The whole string as one date (with an optional time after it). */
    static Optional<PublishedDate> parse(String value, DateOrigin origin) {
        if (value == null || value.isBlank() || value.length() > 100) {
            return Optional.empty();
        }
        String s = value.strip();
        Optional<PublishedDate> direct = DATES.parse(s, origin);
        if (direct.isPresent()) {
            return direct;
        }
        try {
            ZonedDateTime rfc = ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME);
            return Optional.of(PublishedDate.day(rfc.toLocalDate(), origin));
        } catch (DateTimeException e) {
            // not an RSS date; try without the time of day
        }
        Matcher m = DATE_THEN_TIME.matcher(s);
        if (m.matches()) {
            return DATES.parse(m.group(1), origin, DateOrder.UNKNOWN)
                    .or(() -> DATES.parse(m.group(1).replaceAll("[,，]$", ""), origin));
        }
        return Optional.empty();
    }

    /** The first date written inside a short line such as "Published June 14, 2023 9:30 a.m." */
    static Optional<PublishedDate> findIn(String line, DateOrigin origin) {
        return findIn(line, origin, DateOrder.UNKNOWN);
    }

    /** Same, reading numeric dates such as 03/04/2019 in {@code order} (the page's language's). */
    static Optional<PublishedDate> findIn(String line, DateOrigin origin, DateOrder order) {
        if (line == null || line.length() > 300) {
            return Optional.empty();
        }
        Matcher m = DATE_IN_TEXT.matcher(java.text.Normalizer.normalize(line, java.text.Normalizer.Form.NFKC));
        while (m.find()) {
            Optional<PublishedDate> date = DATES.parse(m.group(), origin, order);
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }
}
