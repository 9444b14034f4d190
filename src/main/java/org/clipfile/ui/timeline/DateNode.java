package org.clipfile.ui.timeline;

import java.time.LocalDate;

/** A year, month, day or "undated" in the date tree, with its count. */
public record DateNode(Kind kind, String label, LocalDate from, LocalDate to, long count) {
    public enum Kind { YEAR, MONTH, DAY, UNDATED }
}
