package org.clipfile.ingest;

/**
 * The order of day and month in a numeric date such as {@code 03/04/2023}, when the caller knows
 * it (a source's locale, an import setting). {@link #UNKNOWN} makes ambiguous dates unreadable.
 */
public enum DateOrder {
    DAY_FIRST,
    MONTH_FIRST,
    UNKNOWN
}
