package org.clipfile.ingest;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clipfile.archive.DateOrigin;
import org.clipfile.archive.DatePrecision;
import org.clipfile.archive.PublishedDate;

/**
 * Recognises published dates written the ways analysts and news sites write them. Conservative by
 * design: a wrong date is worse than none, so anything ambiguous or partial is rejected rather
 * than guessed. Stateless and thread-safe; no method throws on any input.
 */
public final class DateRecognizer {

    private static final int MIN_YEAR = 1800;
    private static final int MAX_YEAR = 2200;
    /** Eight bare digits are only a date in a plausible range; otherwise they are an id or a count. */
    private static final int MIN_COMPACT_YEAR = 1900;
    private static final int MAX_COMPACT_YEAR = 2100;
    /** Longer input cannot be one date; bounding it keeps regex work small on pasted junk. */
    private static final int MAX_DATE_LENGTH = 80;

    /** {@code 2023-06-14}, {@code 2023/06/14}, {@code 2023.06.14}, optionally with a time and zone. */
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile(
            "(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})"
                    + "(?:(?:T|\\s+)\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?"
                    + "\\s*(?:Z|[+-]\\d{2}(?::?\\d{2})?|UTC|GMT)?)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COMPACT_DAY = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR_ONLY = Pattern.compile("\\d{4}");
    /** "June 14, 2023", "Wednesday, June 14th 2023", "Mai 31, 2012". */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?:(?<weekday>\\p{L}+)\\.?,?\\s+)?(?<month>\\p{L}+)\\.?\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<year>\\d{4})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * "14 June 2023", "31. Mai 2012", "1er mai 2019", "3 de abril de 2019", "3 апреля 2019 г.",
     * with an optional weekday before it.
     */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?:(?<weekday>\\p{L}+)\\.?,?\\s+)?(?<day>\\d{1,2})(?:st|nd|rd|th|er|\\.|º|°)?\\s*(?:of\\s+|de\\s+)?(?<month>\\p{L}+)\\.?,?\\s+(?:de\\s+|del\\s+)?(?<year>\\d{4})(?:\\s*(?:г|р|yılı)\\.?)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "(?<month>\\p{L}+)\\.?,?\\s+(?:de\\s+)?(?<year>\\d{4})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern KOREAN_DAY = Pattern.compile("(\\d{4})\\s*년\\s*(\\d{1,2})\\s*월\\s*(\\d{1,2})\\s*일");
    private static final Pattern CJK_DAY = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]");
    private static final Pattern CJK_MONTH = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月");
    private static final Pattern NUMERIC_DAY_MONTH = Pattern.compile("(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})");

    /** Separated dates in file names; two-digit month and day so version numbers don't qualify. */
    private static final Pattern FILE_NAME_SEPARATED = Pattern.compile("(?<!\\d)(\\d{4})([-_.])(\\d{2})\\2(\\d{2})(?!\\d)");
    /** {@code 20230614} in a file name: only 19xx/20xx, bounded by non-digits. */
    private static final Pattern FILE_NAME_COMPACT = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(\\d{2})(\\d{2})(?!\\d)");

    /**
     * {@code PLACE[, Region][, Month Day[, Year]] (Source) —}. The place must be upper case and the
     * source bracketed, so ordinary sentences ("China said on Wednesday - ...") never match.
     */
    private static final Pattern DATELINE = Pattern.compile(
            "\\s*(?<place>\\p{Lu}[\\p{Lu}.'’-]+(?: \\p{Lu}[\\p{Lu}.'’-]*){0,3})"
                    + "(?:,\\s*(?<region>\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,2}))?"
                    + "(?:,\\s*(?<month>\\p{Alpha}+)\\.?\\s+(?<day>\\d{1,2})(?:,\\s*(?<year>\\d{4}))?)?"
                    + "\\s*\\((?<source>\\p{L}[\\p{L}\\p{N} .&'’-]{0,40})\\)\\s*(?:--|[-–—―])\\s*");
    private static final int MAX_DATELINE_SCAN = 200;
    /**
     * Chinese wire datelines: {@code 新华社北京6月14日电（记者王晓）}. Only named agencies count:
     * "本报北京6月15日电" ("this paper reports") names no source.
     */
    private static final Pattern CJK_DATELINE = Pattern.compile(
            "[\\s\\u3000]*(?<source>新华社|中新社|中国新闻社|中新网|中央社|人民网|央视网|央视新闻|路透社|法新社|美联社|共同社|塔斯社|韩联社|彭博社)"
                    + "(?<place>\\p{IsHan}{2,8}?)(?<month>\\d{1,2})月(?<day>\\d{1,2})日(?:电|讯)"
                    + "(?:[（(][^）)]{0,30}[）)])?[\\s\\u3000]*");

    /** Same as {@link #parse(String, DateOrigin, DateOrder)} with {@link DateOrder#UNKNOWN}. */
    public Optional<PublishedDate> parse(String s, DateOrigin origin) {
        return parse(s, origin, DateOrder.UNKNOWN);
    }

    /**
     * Reads the whole (trimmed) string as one date, or nothing. A bare year is only accepted for
     * origins that are known to be a date field (HEADER, METADATA, USER): in running text or a
     * file name "2023" is far more often a number than a date.
     *
     * @param order how to read numeric day/month dates when both parts are 12 or less
     */
    public Optional<PublishedDate> parse(String s, DateOrigin origin, DateOrder order) {
        if (s == null || origin == null) {
            return Optional.empty();
        }
        // NFKC turns full-width digits (２０２３年) into ASCII, so one set of patterns serves both.
        String text = Normalizer.normalize(s, Normalizer.Form.NFKC).strip();
        if (text.isEmpty() || text.length() > MAX_DATE_LENGTH) {
            return Optional.empty();
        }
        DateOrder knownOrder = order == null ? DateOrder.UNKNOWN : order;
        return parse(text, origin, knownOrder, MIN_YEAR, MAX_YEAR);
    }

    /**
     * A date the analyst stated on purpose (a {@code date} marker or header field): read as
     * {@link #parse(String, DateOrigin)} does, but any real calendar day of the years 1 to 9999
     * counts, however far in the past or future: they said it is the date.
     */
    public Optional<PublishedDate> parseStated(String s, DateOrigin origin) {
        if (s == null || origin == null) {
            return Optional.empty();
        }
        String text = Normalizer.normalize(s, Normalizer.Form.NFKC).strip();
        if (text.isEmpty() || text.length() > MAX_DATE_LENGTH) {
            return Optional.empty();
        }
        return parse(text, origin, DateOrder.UNKNOWN, 1, 9999);
    }

    private static Optional<PublishedDate> parse(String text, DateOrigin origin, DateOrder order, int min, int max) {
        return parseDay(text, order, min, max)
                .map(day -> PublishedDate.day(day, origin))
                .or(() -> parseMonth(text, min, max).map(month -> new PublishedDate(month, DatePrecision.MONTH, origin)))
                .or(() -> parseYear(text, origin, min, max).map(year -> new PublishedDate(year, DatePrecision.YEAR, origin)));
    }

    /**
     * A date embedded in a file name ({@code qin-blinken-2023-06-14.txt}, {@code 20230614-qin.txt},
     * {@code 2023_06_14}); origin FILE_NAME. Directories are ignored. If the name holds two
     * different dates it is ambiguous and nothing is returned.
     */
    public Optional<PublishedDate> findInFileName(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        LocalDate found = null;
        for (Pattern pattern : new Pattern[] {FILE_NAME_SEPARATED, FILE_NAME_COMPACT}) {
            Matcher m = pattern.matcher(name);
            while (m.find()) {
                int monthGroup = pattern == FILE_NAME_SEPARATED ? 3 : 2;
                Optional<LocalDate> date = validDate(m.group(1), m.group(monthGroup), m.group(monthGroup + 1),
                        pattern == FILE_NAME_SEPARATED ? MIN_YEAR : MIN_COMPACT_YEAR,
                        pattern == FILE_NAME_SEPARATED ? MAX_YEAR : MAX_COMPACT_YEAR);
                if (date.isEmpty()) {
                    continue;
                }
                if (found != null && !found.equals(date.get())) {
                    return Optional.empty();
                }
                found = date.get();
            }
        }
        return Optional.ofNullable(found).map(d -> PublishedDate.day(d, DateOrigin.FILE_NAME));
    }

    /**
     * A wire dateline at the start of {@code firstLine} (only its first line is looked at), e.g.
     * {@code BEIJING (Reuters) -}, {@code WASHINGTON, June 14 (AP) —}, {@code TAIPEI, Taiwan (AP) —},
     * {@code 新华社北京6月14日电}.
     * A dateline's month-day has no year; use {@link Dateline#dateIn(int)} when the year is known.
     */
    public Optional<Dateline> findDateline(String firstLine) {
        if (firstLine == null) {
            return Optional.empty();
        }
        int newline = firstLine.indexOf('\n');
        String line = firstLine.substring(0, newline < 0 ? firstLine.length() : newline);
        if (line.length() > MAX_DATELINE_SCAN) {
            line = line.substring(0, MAX_DATELINE_SCAN);
        }
        Matcher cjk = CJK_DATELINE.matcher(line);
        if (cjk.lookingAt()) {
            try {
                MonthDay md = MonthDay.of(Integer.parseInt(cjk.group("month")), Integer.parseInt(cjk.group("day")));
                return Optional.of(new Dateline(cjk.group("place"), cjk.group("source"), Optional.of(md), Optional.empty(), cjk.end()));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        Matcher m = DATELINE.matcher(line);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        Optional<MonthDay> monthDay = Optional.empty();
        Optional<Year> year = Optional.empty();
        if (m.group("month") != null) {
            Integer month = MonthNames.month(m.group("month")).orElse(null);
            if (month == null) {
                return Optional.empty(); // "PLACE, Something 12 (X) -" is not a shape we know
            }
            try {
                monthDay = Optional.of(MonthDay.of(month, Integer.parseInt(m.group("day"))));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
            if (m.group("year") != null) {
                int y = Integer.parseInt(m.group("year"));
                if (y < MIN_YEAR || y > MAX_YEAR) {
                    return Optional.empty();
                }
                year = Optional.of(Year.of(y));
            }
        }
        return Optional.of(new Dateline(m.group("place"), m.group("source").strip(), monthDay, year, m.end()));
    }

    private static Optional<LocalDate> parseDay(String text, DateOrder order, int min, int max) {
        Matcher m = YEAR_MONTH_DAY.matcher(text);
        if (m.matches()) {
            return validDate(m.group(1), m.group(3), m.group(4), min, max);
        }
        m = COMPACT_DAY.matcher(text);
        if (m.matches()) {
            return validDate(m.group(1), m.group(2), m.group(3), MIN_COMPACT_YEAR, MAX_COMPACT_YEAR);
        }
        m = CJK_DAY.matcher(text);
        if (m.matches()) {
            return validDate(m.group(1), m.group(2), m.group(3), min, max);
        }
        m = KOREAN_DAY.matcher(text);
        if (m.matches()) {
            return validDate(m.group(1), m.group(2), m.group(3), min, max);
        }
        m = MONTH_DAY_YEAR.matcher(text);
        if (m.matches()) {
            return namedMonthDate(m, min, max);
        }
        m = DAY_MONTH_YEAR.matcher(text);
        if (m.matches()) {
            return namedMonthDate(m, min, max);
        }
        m = NUMERIC_DAY_MONTH.matcher(text);
        if (m.matches()) {
            // 03.04.2019 is day-first wherever dots are written (German, Slavic, Turkish, Nordic use)
            DateOrder byDots = order == DateOrder.UNKNOWN && m.group(2).equals(".") ? DateOrder.DAY_FIRST : order;
            return numericDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), m.group(4), byDots, min, max);
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> parseMonth(String text, int min, int max) {
        Matcher m = YEAR_MONTH.matcher(text);
        if (m.matches()) {
            return validDate(m.group(1), m.group(2), "1", min, max);
        }
        m = CJK_MONTH.matcher(text);
        if (m.matches()) {
            return validDate(m.group(1), m.group(2), "1", min, max);
        }
        m = MONTH_YEAR.matcher(text);
        if (m.matches()) {
            Integer month = MonthNames.month(m.group("month")).orElse(null);
            return month == null ? Optional.empty() : validDate(m.group("year"), month.toString(), "1", min, max);
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> parseYear(String text, DateOrigin origin, int min, int max) {
        boolean knownDateField = origin == DateOrigin.HEADER || origin == DateOrigin.METADATA || origin == DateOrigin.USER;
        if (!knownDateField || !YEAR_ONLY.matcher(text).matches()) {
            return Optional.empty();
        }
        return validDate(text, "1", "1", min, max);
    }

    /** June 14, 2023 / 14 June 2023, with an optional weekday that must agree with the date. */
    private static Optional<LocalDate> namedMonthDate(Matcher m, int min, int max) {
        Integer month = MonthNames.month(m.group("month")).orElse(null);
        if (month == null) {
            return Optional.empty();
        }
        Optional<LocalDate> date = validDate(m.group("year"), month.toString(), m.group("day"), min, max);
        String weekdayName = m.group("weekday");
        if (weekdayName == null || date.isEmpty()) {
            return date;
        }
        DayOfWeek weekday = MonthNames.weekday(weekdayName).orElse(null);
        // A weekday that contradicts the date means one of them is a typo: we can't tell which.
        return weekday == date.get().getDayOfWeek() ? date : Optional.empty();
    }

    /** 14/06/2023 or 06/14/2023: only when the parts or the caller's order leave one reading. */
    private static Optional<LocalDate> numericDate(int first, int second, String year, DateOrder order, int min, int max) {
        int day;
        int month;
        if (first > 12 && second > 12) {
            return Optional.empty();
        } else if (first > 12) {
            if (order == DateOrder.MONTH_FIRST) {
                return Optional.empty(); // contradicts what the caller knows about the source
            }
            day = first;
            month = second;
        } else if (second > 12) {
            if (order == DateOrder.DAY_FIRST) {
                return Optional.empty();
            }
            month = first;
            day = second;
        } else if (first == second) {
            day = first;
            month = first;
        } else if (order == DateOrder.DAY_FIRST) {
            day = first;
            month = second;
        } else if (order == DateOrder.MONTH_FIRST) {
            month = first;
            day = second;
        } else {
            return Optional.empty();
        }
        return validDate(year, Integer.toString(month), Integer.toString(day), min, max);
    }

    private static Optional<LocalDate> validDate(String year, String month, String day, int minYear, int maxYear) {
        int y = Integer.parseInt(year);
        if (y < minYear || y > maxYear) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
