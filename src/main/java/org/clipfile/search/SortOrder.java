package org.clipfile.search;

/** How a list of clippings is ordered. Undated clippings come last in date orders. */
public enum SortOrder {
    NEWEST, OLDEST, RELEVANCE, TITLE, ADDED
}
