package org.clipfile.search;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.SortedMap;

/**
 * What a filter's counts are made of, answered by one engine for one read: {@link SqlCounter} from
 * the archive's tables and indexes, {@link FacetCounter} from the in-memory facets. {@link
 * FilterCounts} picks the engine once per read; both give the same answers (FacetIndexTest).
 */
interface Counter {
    long count(FilterPlan plan) throws SQLException;

    /** How many of the plan's clippings carry each tag (by id; tags with none left out). */
    Map<Long, Long> tagCounts(FilterPlan plan) throws SQLException;

    /** Clippings per month of day- and month-precision dates, oldest first. */
    SortedMap<YearMonth, Long> months(FilterPlan plan) throws SQLException;

    /** Clippings per year of every dated clipping (day, month and year precision), oldest first. */
    SortedMap<Integer, Long> years(FilterPlan plan) throws SQLException;

    /** Clippings per day of day-precision dates between two days inclusive, oldest first. */
    SortedMap<LocalDate, Long> days(FilterPlan plan, LocalDate from, LocalDate to) throws SQLException;
}
