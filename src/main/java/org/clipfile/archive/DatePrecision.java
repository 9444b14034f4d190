package org.clipfile.archive;

/** How much of a published date is known. A month-precision date is stored as the 1st of the month. */
public enum DatePrecision {
    DAY, MONTH, YEAR;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static DatePrecision fromKey(String key) {
        return valueOf(key.toUpperCase(java.util.Locale.ROOT));
    }
}
