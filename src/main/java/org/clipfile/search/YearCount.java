package org.clipfile.search;

/** Clippings published in one year, whatever the precision of their dates. */
public record YearCount(int year, long count) {
}
