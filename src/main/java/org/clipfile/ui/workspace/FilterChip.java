package org.clipfile.ui.workspace;

/** One active condition of the filter, shown as a removable chip. */
public record FilterChip(Kind kind, String label, String value) {
    public enum Kind { QUERY, TAG, DATES, UNDATED, SOURCE, AUTHOR, IDS, TRASH }
}
