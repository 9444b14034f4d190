package org.clipfile.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.clipfile.archive.SqlDialect;

/** What the SQLite readers share: the indexes they name, the relevance formula, the orders. */
final class Sql {
    private Sql() {
    }

    // Partial indexes of schema V2 (and V1's date index); named so the planner cannot pick the
    // wide table instead: published and deleted_at sit after the body, often in overflow pages.
    static final String LIVE_BY_ID = "clipping_live_by_id";
    static final String LIVE_BY_DATE = "clipping_live_by_date";
    static final String BY_PUBLISHED = "clipping_by_published";
    /** Relevance: bm25 with a title hit worth ten body hits and a note hit two. */
    static final String RANK = "bm25(clipping_fts, 10.0, 1.0, 2.0)";
    /**
     * The same weights on PostgreSQL: {@code ts_rank}'s array is for weights D, C, B, A, and the
     * title is A, notes B, body C (see TextVector). Bind the tsquery after it.
     */
    static final String PG_RANK = "ts_rank('{0.1, 0.1, 0.2, 1.0}', t.doc, ?::tsquery)";

    /**
     * Prepares a statement; if SQLite finds no plan for a forced index (a filter shape not foreseen
     * here), the same query without INDEXED BY: slower, never wrong.
     */
    static PreparedStatement prepare(Connection c, String sql) throws SQLException {
        try {
            return c.prepareStatement(sql);
        } catch (SQLException e) {
            if (e.getMessage() == null || !e.getMessage().contains("no query solution")) {
                throw e;
            }
            return c.prepareStatement(sql.replaceAll(" INDEXED BY \\w+", ""));
        }
    }

    static long scalar(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** The ORDER BY of a sort; undated clippings last in both date orders, on both engines. */
    static String orderBy(SqlDialect dialect, SortOrder sort) {
        return switch (sort) {
            // SQLite sorts NULL first, so last when descending; PostgreSQL must be told.
            case NEWEST, RELEVANCE -> dialect == SqlDialect.SQLITE ? "c.published DESC, c.id DESC" : "c.published DESC NULLS LAST, c.id DESC";
            case OLDEST -> "c.published IS NULL, c.published ASC, c.id ASC";
            case TITLE -> dialect.caseless("c.title") + ", c.id";
            case ADDED -> "c.added_at DESC, c.id DESC";
        };
    }
}
