package org.clipfile.cli;

import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/** Numbers read from the command line, refused in plain words ("'abc' is not a whole number"). */
final class Converters {
    private Converters() {
    }

    static void register(CommandLine cli) {
        cli.registerConverter(Long.class, Converters::wholeNumber);
        cli.registerConverter(long.class, Converters::wholeNumber);
        cli.registerConverter(Integer.class, Converters::smallWholeNumber);
        cli.registerConverter(int.class, Converters::smallWholeNumber);
    }

    static long wholeNumber(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a whole number");
        }
    }

    static int smallWholeNumber(String value) {
        long n = wholeNumber(value);
        if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
            throw new TypeConversionException("'" + value + "' is too large");
        }
        return (int) n;
    }
}
