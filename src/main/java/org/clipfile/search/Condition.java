package org.clipfile.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One part of a resolved filter. There are a few kinds, not one per filter field: a field is
 * expressed as one of these in {@link FilterPlan#resolve}, and each engine answers the kinds, so a
 * new field needs no change in any engine.
 */
sealed interface Condition {

    /** Published on or between two days (either may be open); a month or year counts as its first day. */
    record PublishedBetween(LocalDate from, LocalDate to) implements Condition {
    }

    /** No published date. */
    record Undated() implements Condition {
    }

    /** A text column equal to a value, case aside (a facet such as the source). */
    record Equals(Column column, String value) implements Condition {
    }

    /** Carries at least one of these tags (by id, children included as stored). */
    record TaggedAnyOf(List<Long> tagIds) implements Condition {
        public TaggedAnyOf {
            tagIds = List.copyOf(tagIds);
        }
    }

    /** One of these clippings. */
    record IdIn(List<Long> ids) implements Condition {
        public IdIn {
            ids = List.copyOf(ids);
        }
    }

    /** Matches nothing (a tag the archive does not have). */
    record Nothing() implements Condition {
    }

    /** The text columns a filter can compare whole. Each needs an index on live clippings. */
    enum Column {
        SOURCE("source"),
        AUTHOR("author");

        /** The column's name in every engine's clipping table. */
        final String sql;

        Column(String sql) {
            this.sql = sql;
        }
    }
}
