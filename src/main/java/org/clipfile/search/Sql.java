package org.clipfile.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

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

    static String orderBy(SortOrder sort) {
        return switch (sort) {
            case NEWEST, RELEVANCE -> "c.published DESC, c.id DESC";
            case OLDEST -> "c.published IS NULL, c.published ASC, c.id ASC";
            case TITLE -> "c.title COLLATE NOCASE, c.id";
            case ADDED -> "c.added_at DESC, c.id DESC";
        };
    }
}
