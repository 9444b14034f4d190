package org.clipfile.search;

import java.time.YearMonth;

/** Clippings published in one month (month- and day-precision dates). */
public record MonthCount(YearMonth month, long count) {
}
