package org.clipfile.search;

import java.time.LocalDate;

/** Clippings published on one day (day-precision dates only). */
public record DayCount(LocalDate day, long count) {
}
