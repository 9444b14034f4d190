package org.clipfile.archive;

import java.sql.Connection;
import java.util.List;

/**
 * The few places where SQLite's SQL and PostgreSQL's differ, for the code that builds statements
 * for both: everything else (tables, columns, joins, {@code ON CONFLICT}) is written once. Found
 * from the connection, so a statement is always built for the engine it runs on.
 */
public enum SqlDialect {
    SQLITE, POSTGRESQL;

    public static SqlDialect of(Connection c) {
        return c instanceof org.sqlite.SQLiteConnection ? SQLITE : POSTGRESQL;
    }

    /**
     * A subquery giving the ids of the JSON array bound in its one parameter (bind {@link #idList}):
     * one statement for any number of ids, with no statement text built from them.
     */
    public String idsFrom() {
        return this == SQLITE ? "SELECT value FROM json_each(?)" : "SELECT value::bigint FROM json_array_elements_text(?::json)";
    }

    /** The parameter for {@link #idsFrom()}. */
    public static String idList(List<Long> ids) {
        return ids.toString();
    }

    /** {@code column = ?} ignoring case (SQLite folds ASCII letters; PostgreSQL all). */
    public String equalsIgnoringCase(String column) {
        return this == SQLITE ? column + " = ? COLLATE NOCASE" : "lower(" + column + ") = lower(?)";
    }

    /** An expression to sort text by, ignoring case. */
    public String caseless(String column) {
        return this == SQLITE ? column + " COLLATE NOCASE" : "lower(" + column + ")";
    }

    /**
     * An inner join that keeps the written order: SQLite's {@code CROSS JOIN} tells its planner
     * which table drives; PostgreSQL plans joins itself (and has no CROSS JOIN with ON).
     */
    public String orderedJoin() {
        return this == SQLITE ? " CROSS JOIN " : " JOIN ";
    }

    /** The column type of a clipping id that is the key of a working table (SQLite: the rowid itself). */
    public String idKey() {
        return this == SQLITE ? "INTEGER PRIMARY KEY" : "bigint PRIMARY KEY";
    }

    /** Forces SQLite's planner through a partial index it would not pick itself; PostgreSQL plans for itself. */
    public String indexedBy(String index) {
        return this == SQLITE ? " INDEXED BY " + index : "";
    }

    /** A condition that is always false (SQLite has no boolean literal in older forms; both take this). */
    public static final String NEVER = "1 = 0";

    /** Work on a connection that may fail as SQL does. */
    @FunctionalInterface
    public interface SqlCall<T> {
        T call() throws java.sql.SQLException;
    }

    /**
     * Runs a statement that only collects text matches ({@link #textMatchIds()}) through the text
     * index. PostgreSQL's planner costs a sequential scan of the text rows by their small table, not
     * by the compressed documents each row must open (a common word at 100k: 1.1 s scanning, 35 ms
     * through the GIN index); it is told so for this statement alone, since other statements of the
     * read (a tag count's join) may rightly scan.
     */
    public <T> T throughTextIndex(Connection c, SqlCall<T> statement) throws java.sql.SQLException {
        if (this != POSTGRESQL) {
            return statement.call();
        }
        try (var s = c.createStatement()) {
            s.execute("SET LOCAL enable_seqscan = off");
        }
        try {
            return statement.call();
        } finally {
            try (var s = c.createStatement()) {
                s.execute("SET LOCAL enable_seqscan = on");
            }
        }
    }

    /** Rows a streamed read holds at a time on PostgreSQL: about 10 MB of ids and dates. */
    public static final int STREAM_ROWS = 100_000;

    /**
     * Runs a read whose rows may number in the millions (every tag row, every id a filter
     * matches). PostgreSQL's driver otherwise holds a whole result in memory: the facets' read of
     * a million clippings' 7.5 million tag rows took more than a 512 MB window had. Not for every
     * read: the server never plans a read fetched in parts in parallel, and a tag filter's count,
     * tree and histogram then took twice as long. SQLite hands rows over one by one anyway.
     */
    public java.sql.ResultSet streamed(java.sql.PreparedStatement s) throws java.sql.SQLException {
        if (this == POSTGRESQL) {
            s.setFetchSize(STREAM_ROWS);
        }
        return s.executeQuery();
    }

    /**
     * After filling a working table (a selection's ids): PostgreSQL's autovacuum never analyses
     * temporary tables, and a planner that knows nothing of one guesses badly (moving a tag of
     * 11,000 clippings took 5 s). SQLite needs nothing.
     */
    public void analyse(Connection c, String workingTable) throws java.sql.SQLException {
        if (this == POSTGRESQL) {
            try (var s = c.createStatement()) {
                s.execute("ANALYZE " + workingTable);
            }
        }
    }

    /** The ids of clippings whose text matches the expression bound in the one parameter (see {@link #textMatchParameter}). */
    public String textMatchIds() {
        return this == SQLITE
                ? "SELECT rowid FROM clipping_fts WHERE clipping_fts MATCH ?"
                : "SELECT id FROM clipping_text WHERE doc @@ ?::tsquery";
    }

    /**
     * PostgreSQL: the ids of {@link #textMatchIds()} folded on the server into 64-bit words, a row
     * per word that has any ({@code id >> 6}, then a bit per {@code id & 63}), in no order. A
     * common word's million ids cross as 16,000 rows, and a read that is fetched whole may be
     * planned in parallel (a streamed one never is).
     */
    public String textMatchIdWords() {
        if (this != POSTGRESQL) {
            throw new IllegalStateException("SQLite reads its matches' ids from FTS5 as they are");
        }
        return "SELECT id >> 6, bit_or(1::bigint << (id & 63)::int) FROM clipping_text WHERE doc @@ ?::tsquery GROUP BY 1";
    }

    /** The parameter for {@link #textMatchIds()}: the FTS5 expression as it is, or its tsquery form. */
    public String textMatchParameter(String fts5Expression) {
        return this == SQLITE ? fts5Expression : TsQuery.fromFts5(fts5Expression);
    }
}
