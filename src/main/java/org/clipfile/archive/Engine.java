package org.clipfile.archive;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * What one kind of database does for {@link Archive}: connections, transactions, the meaning of its
 * errors, and news of other programs' changes. {@link SqliteEngine} keeps an archive in a file;
 * {@link PostgresEngine} on a server shared by a team. Everything above {@link Archive} (stores,
 * search, import, export, the window) talks to the archive the same way whichever engine holds it.
 */
interface Engine {

    ArchiveAddress address();

    SqlDialect dialect();

    /** The connection every write of this process goes through (behind {@link Archive}'s lock). */
    Connection writer();

    /**
     * Whether {@code e} says the connection itself is gone (a server restarted, a network cut), so
     * it must be replaced rather than used again. Never for a file.
     */
    default boolean lostConnection(SQLException e) {
        return false;
    }

    /** A new writer connection in place of one that was lost (see {@link #lostConnection}). */
    default Connection reconnectWriter() throws SQLException {
        throw new SQLException("this engine does not reconnect");
    }

    /** A new connection for reading; {@link Archive} pools them. */
    Connection openReader() throws SQLException;

    /** Starts a write transaction on the writer. */
    void beginWrite(Connection writer) throws SQLException;

    /** Starts a read transaction that sees one consistent state of the archive. */
    void beginRead(Connection reader) throws SQLException;

    void commit(Connection c) throws SQLException;

    /** Ends a transaction without keeping anything; quiet when none is open. */
    void rollbackQuietly(Connection c);

    /**
     * A number that moves when another program commits a change to the archive; this process's
     * own writes leave it alone. Called with the write lock held, never during a write.
     */
    long externalVersion() throws SQLException;

    /** The error as the analyst should read it: naming the archive and the reason, never the driver's words alone. */
    ArchiveException describe(SQLException e);

    /** Last work before the connections close (SQLite's optimize); {@code damaged}: nothing optional may write. */
    void beforeClose(boolean damaged, boolean readOnly);

    /** Closes what the engine itself holds besides the writer (a listening connection). */
    default void closeExtras() {
    }
}
