package org.clipfile.search;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clipfile.archive.Tag;
import org.clipfile.archive.TagPath;
import org.clipfile.archive.SqlDialect;
import org.clipfile.archive.TagStore;

/**
 * A {@link ClippingFilter} resolved once for one read: its tags looked up, its text query parsed,
 * every other field turned into {@link Condition}s that all must hold. The engines (SQL, the
 * in-memory facets) answer the plan, never the filter, so this is the one place that knows the
 * filter's fields.
 */
final class FilterPlan {
    /** Look in the trash instead of the archive. */
    final boolean trash;
    /** All must hold. */
    final List<Condition> conditions;
    final SearchQuery query;
    /** Notes for the analyst: an unknown tag, a repaired query. */
    final List<String> warnings;
    /** The SQL of the engine the plan was resolved on. */
    final SqlDialect dialect;

    private FilterPlan(SqlDialect dialect, boolean trash, List<Condition> conditions, SearchQuery query, List<String> warnings) {
        this.dialect = dialect;
        this.trash = trash;
        this.conditions = List.copyOf(conditions);
        this.query = query;
        this.warnings = List.copyOf(warnings);
    }

    /** Resolves {@code f} in {@code c}'s snapshot (tags are looked up there). */
    static FilterPlan resolve(Connection c, ClippingFilter f, TagLookup tags) throws SQLException {
        List<Condition> conditions = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (f.from() != null || f.to() != null) {
            conditions.add(new Condition.PublishedBetween(f.from(), f.to()));
        }
        if (f.undatedOnly()) {
            conditions.add(new Condition.Undated());
        }
        if (f.source() != null) {
            conditions.add(new Condition.Equals(Condition.Column.SOURCE, f.source()));
        }
        if (f.author() != null) {
            conditions.add(new Condition.Equals(Condition.Column.AUTHOR, f.author()));
        }
        if (!f.tags().isEmpty()) {
            List<Long> found = new ArrayList<>();
            for (String typed : f.tags()) {
                Optional<Tag> tag = tags.find(c, typed);
                if (tag.isPresent()) {
                    found.add(tag.get().id());
                } else {
                    warnings.add("No tag '" + typed.strip() + "'");
                }
            }
            if (f.anyTag()) {
                conditions.add(found.isEmpty() ? new Condition.Nothing() : new Condition.TaggedAnyOf(found));
            } else {
                if (found.size() < f.tags().size()) {
                    conditions.add(new Condition.Nothing()); // a tag that does not exist matches nothing
                }
                found.forEach(id -> conditions.add(new Condition.TaggedAnyOf(List.of(id))));
            }
        }
        if (f.ids() != null) {
            conditions.add(new Condition.IdIn(f.ids()));
        }
        SearchQuery query = SearchQuery.parse(f.query());
        warnings.addAll(query.warnings());
        return new FilterPlan(SqlDialect.of(c), f.trash(), conditions, query, warnings);
    }

    /** The full-text expression matches must satisfy, if the query has one, in the engine's form (see {@link SqlDialect#textMatchIds()}). */
    Optional<String> textMatch() {
        return query.include().map(dialect::textMatchParameter);
    }

    /** The full-text expression matches must not satisfy, if the query has one, in the engine's form. */
    Optional<String> textExclusion() {
        return query.exclude().map(dialect::textMatchParameter);
    }

    /**
     * Runs a read of the clippings this plan selects. With a query, its text condition goes
     * through the text index (see {@link SqlDialect#throughTextIndex}): PostgreSQL otherwise scans
     * the text rows for a common word, opening every long article's stored document (a count on
     * 100k long articles: 0.9 s scanning, 60–90 ms through the index).
     */
    <T> T read(Connection c, SqlDialect.SqlCall<T> read) throws SQLException {
        return query.isEmpty() ? read.call() : dialect.throughTextIndex(c, read);
    }

    /** True when only dates narrow the live archive (no text, tags, ids or field values). */
    boolean datesOnly() {
        return query.isEmpty() && conditions.stream()
                .allMatch(k -> k instanceof Condition.PublishedBetween || k instanceof Condition.Undated);
    }

    <T extends Condition> List<T> all(Class<T> kind) {
        return conditions.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    boolean has(Class<? extends Condition> kind) {
        return conditions.stream().anyMatch(kind::isInstance);
    }

    /** Seam so the search code reads tags the same way the tag store does. */
    @FunctionalInterface
    interface TagLookup {
        Optional<Tag> find(Connection c, String typed) throws SQLException;

        static TagLookup ofStore() {
            return (c, typed) -> {
                try {
                    return TagStore.find(c, TagPath.parse(typed));
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            };
        }
    }
}
