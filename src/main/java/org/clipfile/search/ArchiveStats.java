package org.clipfile.search;

import java.time.LocalDate;
import java.util.List;

/** Totals for {@code clipfile stats}. */
public record ArchiveStats(
        long clippings,
        long undated,
        long inTrash,
        long tags,
        LocalDate earliest,
        LocalDate latest,
        List<MonthCount> perMonth,
        long yearOnly) {
}
