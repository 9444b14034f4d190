package org.clipfile.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clipfile.archive.Tag;
import org.clipfile.archive.TagStore;

/**
 * A filter turned into an SQL condition on {@code clipping c} with its parameters. The text query
 * goes through {@link SearchQuery}, so user input only ever reaches SQLite as bound parameters
 * built from quoted tokens.
 */
final class FilterSql {
    final String where;
    final List<Object> params;
    final SearchQuery query;
    final List<String> warnings;
    /** The tags the filter asks for, resolved (unknown ones left out). */
    final List<Long> tagIds;
    /** A complete SELECT built on {@link #where} (same parameters), when the caller made one. */
    final String select;

    private FilterSql(String where, List<Object> params, SearchQuery query, List<String> warnings, List<Long> tagIds, String select) {
        this.where = where;
        this.params = params;
        this.query = query;
        this.warnings = warnings;
        this.tagIds = tagIds;
        this.select = select;
    }

    /**
     * {@code clipping c}, forced through the given partial index (on live clippings) when the
     * filter can use it: not for the trash, nor for a filter SQLite sees is always false (a
     * forced index then has no plan at all).
     */
    String clipping(String index) {
        boolean usable = where.startsWith("c.deleted_at IS NULL") && !(" AND " + where + " AND ").contains(" AND 0 AND ");
        return usable ? "clipping c INDEXED BY " + index : "clipping c";
    }

    /** Exactly these clippings (ids found by other means), with this filter's query for snippets. */
    FilterSql forIds(List<Long> ids) {
        return new FilterSql("c.id IN (SELECT value FROM json_each(?))", List.of(ids.toString()), query, warnings, tagIds, null);
    }

    FilterSql withSelect(String newSelect) {
        return new FilterSql(where, params, query, warnings, tagIds, newSelect);
    }

    /**
     * How the text query joins the rest of the filter. The choice is a query plan: which side
     * drives decides whether a common word costs a scan of all its matches.
     */
    enum TextMatch {
        /** {@code c.id IN (matches)}: SQLite collects every match first. */
        SUBQUERY,
        /** A {@code MATCH} on {@code clipping_fts}, which the caller's FROM clause joins to {@code c}. */
        JOINED,
        /** A per-row check, for when the caller walks {@code c} in index order and stops early. */
        PROBE,
        /**
         * For ranking by relevance: a condition on {@code clipping_fts} alone, its {@code MATCH}
         * first. FTS5 drives and every other part of the filter is a set tested per match (live
         * ones as "not in the trash"), so SQLite computes {@code bm25()} only for rows that pass
         * and never looks up {@code c} per match (a join per match cost 40% of the time at 1M).
         */
        RANKED
    }

    static FilterSql of(Connection c, ClippingFilter f, TagLookup tags) throws SQLException {
        return of(c, f, tags, TextMatch.SUBQUERY, false);
    }

    static FilterSql of(Connection c, ClippingFilter f, TagLookup tags, TextMatch textMatch) throws SQLException {
        return of(c, f, tags, textMatch, false);
    }

    /**
     * @param probeTags check tags per row ({@code EXISTS}) rather than collecting each tag's
     *                  clippings first: right when the caller walks an index and stops early
     */
    static FilterSql of(Connection c, ClippingFilter f, TagLookup tags, TextMatch textMatch, boolean probeTags) throws SQLException {
        // Conditions on the clipping's row, then on its id alone: RANKED needs the two apart.
        List<String> rowClauses = new ArrayList<>();
        List<Object> rowParams = new ArrayList<>();
        List<String> idClauses = new ArrayList<>();
        List<Object> idParams = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        boolean ranked = textMatch == TextMatch.RANKED;
        String id = ranked ? "+clipping_fts.rowid" : "c.id"; // "+": never a rowid lookup in FTS5 per value
        rowClauses.add(f.trash() ? "c.deleted_at IS NOT NULL" : "c.deleted_at IS NULL");
        if (f.from() != null) {
            rowClauses.add("c.published >= ?");
            rowParams.add(f.from().toString());
        }
        if (f.to() != null) {
            rowClauses.add("c.published <= ?");
            rowParams.add(f.to().toString());
        }
        if (f.undatedOnly()) {
            rowClauses.add("c.published IS NULL");
        }
        if (f.source() != null) {
            rowClauses.add("c.source = ? COLLATE NOCASE");
            rowParams.add(f.source());
        }
        List<Long> tagIds = new ArrayList<>();
        if (!f.tags().isEmpty()) {
            for (String typed : f.tags()) {
                Optional<Tag> tag = tags.find(c, typed);
                if (tag.isPresent()) {
                    tagIds.add(tag.get().id());
                } else {
                    warnings.add("No tag '" + typed.strip() + "'");
                }
            }
            if (f.anyTag()) {
                if (tagIds.isEmpty()) {
                    idClauses.add("0");
                } else {
                    idClauses.add(probeTags
                            ? "EXISTS (SELECT 1 FROM clipping_tag WHERE tag_id IN (" + placeholders(tagIds.size()) + ") AND clipping_id = c.id)"
                            : id + " IN (SELECT clipping_id FROM clipping_tag WHERE tag_id IN (" + placeholders(tagIds.size()) + "))");
                    idParams.addAll(tagIds);
                }
            } else {
                if (tagIds.size() < f.tags().size()) {
                    idClauses.add("0"); // a tag that does not exist matches nothing
                }
                for (long tagId : tagIds) {
                    idClauses.add(probeTags
                            ? "EXISTS (SELECT 1 FROM clipping_tag WHERE tag_id = ? AND clipping_id = c.id)"
                            : id + " IN (SELECT clipping_id FROM clipping_tag WHERE tag_id = ?)");
                    idParams.add(tagId);
                }
            }
        }
        if (f.ids() != null) {
            idClauses.add(id + " IN (SELECT value FROM json_each(?))");
            idParams.add(f.ids().toString());
        }
        SearchQuery query = SearchQuery.parse(f.query());
        warnings.addAll(query.warnings());
        List<String> clauses = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (ranked) {
            String include = query.include().orElseThrow(() -> new IllegalArgumentException("ranking needs a text query"));
            clauses.add("clipping_fts MATCH ?");
            params.add(include);
            if (rowClauses.size() == 1) {
                // The trash is usually small: a live match is one not in it.
                clauses.add(id + (f.trash() ? " IN" : " NOT IN") + " (SELECT id FROM clipping WHERE deleted_at IS NOT NULL)");
            } else {
                clauses.add(id + " IN (SELECT c.id FROM clipping c WHERE " + String.join(" AND ", rowClauses) + ")");
                params.addAll(rowParams);
            }
        } else {
            clauses.addAll(rowClauses);
            params.addAll(rowParams);
        }
        clauses.addAll(idClauses);
        params.addAll(idParams);
        if (!ranked) {
            query.include().ifPresent(match -> {
                clauses.add(switch (textMatch) {
                    case SUBQUERY -> "c.id IN (SELECT rowid FROM clipping_fts WHERE clipping_fts MATCH ?)";
                    case JOINED -> "clipping_fts MATCH ?";
                    case PROBE -> "EXISTS (SELECT 1 FROM clipping_fts WHERE clipping_fts MATCH ? AND clipping_fts.rowid = c.id)";
                    case RANKED -> throw new IllegalStateException();
                });
                params.add(match);
            });
        }
        query.exclude().ifPresent(match -> {
            clauses.add(id + " NOT IN (SELECT rowid FROM clipping_fts WHERE clipping_fts MATCH ?)");
            params.add(match);
        });
        return new FilterSql(String.join(" AND ", clauses), params, query, warnings, tagIds, null);
    }

    static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    int bind(PreparedStatement ps, int first) throws SQLException {
        int i = first;
        for (Object p : params) {
            if (p instanceof Long l) {
                ps.setLong(i++, l);
            } else {
                ps.setString(i++, (String) p);
            }
        }
        return i;
    }

    /** Seam so the search code reads tags the same way the tag store does. */
    @FunctionalInterface
    interface TagLookup {
        Optional<Tag> find(Connection c, String typed) throws SQLException;


        static TagLookup of() {
            return (c, typed) -> {
                try {
                    return TagStore.find(c, org.clipfile.archive.TagPath.parse(typed));
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            };
        }
    }
}
