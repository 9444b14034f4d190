package org.clipfile.cli;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --from}/{@code --to}: a partial date means its first (from) or last (to) day. */
final class DateBound {
    private DateBound() {
    }

    static LocalDate parse(String s, boolean end) {
        String v = s.strip();
        try {
            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(v);
            }
            if (v.matches("\\d{4}-\\d{2}")) {
                YearMonth ym = YearMonth.parse(v);
                return end ? ym.atEndOfMonth() : ym.atDay(1);
            }
            if (v.matches("\\d{4}")) {
                int y = Integer.parseInt(v);
                return end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
            }
        } catch (DateTimeParseException e) {
            // falls through to the message below
        }
        throw new TypeConversionException("'" + s + "' is not a date: use YYYY-MM-DD, YYYY-MM or YYYY");
    }

    static final class From implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            return parse(value, false);
        }
    }

    static final class To implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            return parse(value, true);
        }
    }
}
