package org.clipfile.search;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.clipfile.archive.SqlDialect;

/**
 * A {@link FilterPlan} turned into an SQLite condition on {@code clipping c} with its parameters.
 * The text query goes through {@link SearchQuery}, so user input only ever reaches SQLite as bound
 * parameters built from quoted tokens.
 */
final class FilterSql {
    final String where;
    final List<Object> params;
    final SearchQuery query;
    final SqlDialect dialect;
    /** A complete SELECT built on {@link #where} (same parameters), when the caller made one. */
    final String select;

    private FilterSql(SqlDialect dialect, String where, List<Object> params, SearchQuery query, String select) {
        this.dialect = dialect;
        this.where = where;
        this.params = params;
        this.query = query;
        this.select = select;
    }

    /**
     * {@code clipping c}, forced through the given partial index (on live clippings) when the
     * filter can use it: not for the trash, nor for a filter SQLite sees is always false (a
     * forced index then has no plan at all).
     */
    String clipping(String index) {
        boolean usable = where.startsWith("c.deleted_at IS NULL") && !(" AND " + where + " AND ").contains(" AND " + SqlDialect.NEVER + " AND ");
        return usable ? "clipping c" + dialect.indexedBy(index) : "clipping c";
    }

    /** Exactly these clippings (ids found by other means), with this filter's query for snippets. */
    FilterSql forIds(List<Long> ids) {
        return new FilterSql(dialect, "c.id IN (" + dialect.idsFrom() + ")", List.of(SqlDialect.idList(ids)), query, null);
    }

    FilterSql withSelect(String newSelect) {
        return new FilterSql(dialect, where, params, query, newSelect);
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
        /**
         * A per-row check, for when the caller walks {@code c} in index order and stops early (on
         * PostgreSQL too, where it is written so that the planner keeps it per row).
         */
        PROBE,
        /**
         * For ranking by relevance: a condition on the text rows alone ({@code clipping_fts}, or
         * {@code clipping_text t}), the text match first. The text index drives and every other
         * part of the filter is a set tested per match (live ones as "not in the trash"), so the
         * score is computed only for rows that pass and {@code c} is never looked up per match
         * (a join per match cost 40% of the time at 1M on SQLite).
         */
        RANKED
    }

    static FilterSql of(FilterPlan plan) {
        return of(plan, TextMatch.SUBQUERY, false);
    }

    static FilterSql of(FilterPlan plan, TextMatch textMatch) {
        return of(plan, textMatch, false);
    }

    /**
     * Renders the plan's conditions by kind; the filter's fields are unknown here.
     *
     * @param probeTags check tags per row ({@code EXISTS}) rather than collecting each tag's
     *                  clippings first: right when the caller walks an index and stops early
     */
    static FilterSql of(FilterPlan plan, TextMatch shape, boolean probeTags) {
        SqlDialect dialect = plan.dialect;
        boolean postgres = dialect == SqlDialect.POSTGRESQL;
        // PostgreSQL joins the text index as it plans: a set there, or a per-row check (see PROBE);
        // only a ranking keeps its own shape, on the text rows ("t") as on FTS5.
        TextMatch textMatch = postgres && shape != TextMatch.PROBE && shape != TextMatch.RANKED ? TextMatch.SUBQUERY : shape;
        // Conditions on the clipping's row, then on its id alone: RANKED needs the two apart.
        List<String> rowClauses = new ArrayList<>();
        List<Object> rowParams = new ArrayList<>();
        List<String> idClauses = new ArrayList<>();
        List<Object> idParams = new ArrayList<>();
        boolean ranked = textMatch == TextMatch.RANKED;
        String id = !ranked ? "c.id" : postgres ? "t.id" : "+clipping_fts.rowid"; // "+": never a rowid lookup in FTS5 per value
        rowClauses.add(plan.trash ? "c.deleted_at IS NOT NULL" : "c.deleted_at IS NULL");
        for (Condition k : plan.conditions) {
            if (k instanceof Condition.PublishedBetween d) {
                if (d.from() != null) {
                    rowClauses.add("c.published >= ?");
                    rowParams.add(d.from().toString());
                }
                if (d.to() != null) {
                    rowClauses.add("c.published <= ?");
                    rowParams.add(d.to().toString());
                }
            } else if (k instanceof Condition.Undated) {
                rowClauses.add("c.published IS NULL");
            } else if (k instanceof Condition.Equals e) {
                rowClauses.add(dialect.equalsIgnoringCase("c." + e.column().sql));
                rowParams.add(e.value());
            } else if (k instanceof Condition.TaggedAnyOf t) {
                String in = t.tagIds().size() == 1 ? "= ?" : "IN (" + placeholders(t.tagIds().size()) + ")";
                idClauses.add(probeTags
                        ? "EXISTS (SELECT 1 FROM clipping_tag WHERE tag_id " + in + " AND clipping_id = c.id)"
                        : id + " IN (SELECT clipping_id FROM clipping_tag WHERE tag_id " + in + ")");
                idParams.addAll(t.tagIds());
            } else if (k instanceof Condition.IdIn ids) {
                idClauses.add(id + " IN (" + dialect.idsFrom() + ")");
                idParams.add(SqlDialect.idList(ids.ids()));
            } else if (k instanceof Condition.Nothing) {
                idClauses.add(SqlDialect.NEVER);
            } else {
                throw new IllegalStateException("no SQL for " + k);
            }
        }
        List<String> clauses = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (ranked) {
            String include = plan.textMatch().orElseThrow(() -> new IllegalArgumentException("ranking needs a text query"));
            clauses.add(postgres ? "t.doc @@ ?::tsquery" : "clipping_fts MATCH ?");
            params.add(include);
            if (rowClauses.size() == 1) {
                // The trash is usually small: a live match is one not in it.
                clauses.add(id + (plan.trash ? " IN" : " NOT IN") + " (SELECT id FROM clipping WHERE deleted_at IS NOT NULL)");
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
            plan.textMatch().ifPresent(match -> {
                clauses.add(switch (textMatch) {
                    case SUBQUERY -> "c.id IN (" + dialect.textMatchIds() + ")";
                    case JOINED -> "clipping_fts MATCH ?";
                    case PROBE -> dialect == SqlDialect.SQLITE
                            ? "EXISTS (SELECT 1 FROM clipping_fts WHERE clipping_fts MATCH ? AND clipping_fts.rowid = c.id)"
                            // A scalar subquery: PostgreSQL turns EXISTS into a join it may drive from the text side.
                            : "(SELECT true FROM clipping_text t WHERE t.id = c.id AND t.doc @@ ?::tsquery)";
                    case RANKED -> throw new IllegalStateException();
                });
                params.add(match);
            });
        }
        plan.textExclusion().ifPresent(match -> {
            clauses.add(id + " NOT IN (" + dialect.textMatchIds() + ")");
            params.add(match);
        });
        return new FilterSql(dialect, String.join(" AND ", clauses), params, plan.query, null);
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
}
