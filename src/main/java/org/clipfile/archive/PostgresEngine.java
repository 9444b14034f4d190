package org.clipfile.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * A team archive on a PostgreSQL server. Writes of the whole desk are serialised by one advisory
 * lock per write transaction, as SQLite serialises the writers of a file: so sequence order is
 * commit order (the facets' change journal relies on it), the same text imported by two analysts
 * at once is stored once, and a tag made by two at once is made once. Readers see one snapshot per
 * read ({@code REPEATABLE READ}). Other sessions' commits reach this one as notifications on a
 * listening connection, so the window learns of them without reading any table.
 */
final class PostgresEngine implements Engine {
    /** The advisory lock every writer of a Clipfile archive takes ("Clip" in ASCII). */
    static final long WRITE_LOCK_KEY = 0x436C6970L;
    static final String CHANNEL = "clipfile_changes";
    static final List<String> MIGRATIONS = List.of("V6__team_archive.sql");
    /** The format the first PostgreSQL script makes: team archives began at the file archive's format 6. */
    static final int FIRST_FORMAT = 6;
    /** How long a connection attempt may take before the analyst is told the server does not answer. */
    static final int CONNECT_TIMEOUT_SECONDS = 10;

    private final ArchiveAddress.Server address;
    private final boolean readOnly;
    private Connection writer;
    private int writerPid;
    private Connection listener;
    private long externalChanges;

    private PostgresEngine(ArchiveAddress.Server address, boolean readOnly, Connection writer, Connection listener) throws SQLException {
        this.address = address;
        this.readOnly = readOnly;
        this.writer = writer;
        this.listener = listener;
        this.writerPid = pidOf(writer);
    }

    private static int pidOf(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            int pid = rs.getInt(1);
            c.rollback();
            return pid;
        }
    }

    private Connection listen() throws SQLException {
        Connection c = connect(address, true);
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            s.execute("LISTEN " + CHANNEL);
        }
        return c;
    }

    /**
     * Connects, checks that the database holds a Clipfile archive of a format this version reads
     * (or is empty, and then makes one), and starts listening for other sessions' changes.
     */
    static Archive open(ArchiveAddress.Server address, Archive.Options options) {
        Connection writer = null;
        Connection listener = null;
        try {
            writer = connect(address, options.readOnly());
            boolean created = prepare(address, writer, options.readOnly());
            PostgresEngine engine = new PostgresEngine(address, options.readOnly(), writer, null);
            listener = engine.listen();
            engine.listener = listener;
            Archive archive = new Archive(engine, options.readOnly());
            archive.openedBy(created);
            return archive;
        } catch (SQLException e) {
            SqliteEngine.closeQuietly(listener);
            SqliteEngine.closeQuietly(writer);
            throw describe(address, e);
        } catch (RuntimeException e) {
            SqliteEngine.closeQuietly(listener);
            SqliteEngine.closeQuietly(writer);
            throw e;
        }
    }

    static Connection connect(ArchiveAddress.Server address, boolean readOnly) throws SQLException {
        Properties p = new Properties();
        String user = address.user() != null ? address.user() : System.getenv("PGUSER");
        if (user != null && !user.isBlank()) {
            p.setProperty("user", user);
        }
        // The driver reads ~/.pgpass (PGPASSFILE) itself, but not PGPASSWORD; psql users expect both.
        String password = address.password() != null ? address.password() : System.getenv("PGPASSWORD");
        if (password != null) {
            p.setProperty("password", password);
        }
        p.setProperty("ApplicationName", "Clipfile");
        p.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        // A server that vanishes mid-read must not hang the window for the system's TCP timeout.
        p.setProperty("tcpKeepAlive", "true");
        Connection c = DriverManager.getConnection(address.jdbcUrl(), p);
        try {
            c.setAutoCommit(false);
            c.setReadOnly(readOnly);
            return c;
        } catch (SQLException e) {
            SqliteEngine.closeQuietly(c);
            throw e;
        }
    }

    /**
     * Makes the archive in an empty database, or checks the one there. Returns whether it was made now.
     * Two analysts opening a new team archive at the same moment: the lock makes one of them make it.
     */
    private static boolean prepare(ArchiveAddress.Server address, Connection c, boolean readOnly) throws SQLException {
        try (Statement s = c.createStatement()) {
            if (!readOnly) {
                s.execute("SELECT pg_advisory_xact_lock(" + WRITE_LOCK_KEY + ")");
            }
            boolean marked;
            try (ResultSet rs = s.executeQuery("SELECT to_regclass('clipfile_archive') IS NOT NULL, to_regclass('clipping') IS NOT NULL")) {
                rs.next();
                marked = rs.getBoolean(1);
                if (!marked && rs.getBoolean(2)) {
                    throw new ArchiveException("The database at " + address + " holds another program's tables (it has a 'clipping'"
                            + " table but is no Clipfile archive); it was left untouched. Name an empty database");
                }
            }
            if (marked) {
                int format;
                try (ResultSet rs = s.executeQuery("SELECT max(format) FROM clipfile_archive")) {
                    rs.next();
                    format = rs.getInt(1);
                }
                if (format > Archive.SCHEMA_VERSION) {
                    throw new ArchiveException("The team archive at " + address + " was written by a newer version of Clipfile"
                            + " (archive format " + format + "; this version reads up to " + Archive.SCHEMA_VERSION
                            + "); it was left untouched. Install the newer Clipfile");
                }
                c.rollback();
                return false;
            }
            if (readOnly) {
                throw new ArchiveException("There is no Clipfile archive in the database at " + address
                        + " yet; open it once with a login that may create tables to make one");
            }
            for (String name : MIGRATIONS) {
                s.execute(loadScript(name));
            }
            try (var ps = c.prepareStatement("INSERT INTO clipfile_archive (format, created_at) VALUES (?, ?)")) {
                ps.setInt(1, FIRST_FORMAT + MIGRATIONS.size() - 1);
                ps.setString(2, Instant.now().toString());
                ps.executeUpdate();
            }
            c.commit();
            return true;
        } catch (SQLException | RuntimeException e) {
            try {
                c.rollback();
            } catch (SQLException ignored) {
                // the connection failed too; the first error says more
            }
            throw e;
        }
    }

    private static String loadScript(String name) {
        try (InputStream in = PostgresEngine.class.getResourceAsStream("migration/postgresql/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing migration " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + name, e);
        }
    }

    @Override
    public ArchiveAddress address() {
        return address;
    }

    @Override
    public SqlDialect dialect() {
        return SqlDialect.POSTGRESQL;
    }

    @Override
    public Connection writer() {
        return writer;
    }

    /** A reader's transactions are all snapshot reads: said once per connection, not once per read (a round trip each). */
    @Override
    public Connection openReader() throws SQLException {
        Connection c = connect(address, true);
        try (Statement s = c.createStatement()) {
            s.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            c.commit();
        } catch (SQLException e) {
            SqliteEngine.closeQuietly(c);
            throw e;
        }
        return c;
    }

    @Override
    public void beginWrite(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SELECT pg_advisory_xact_lock(" + WRITE_LOCK_KEY + ")");
        }
    }

    @Override
    public void beginRead(Connection c) {
        // The reader's session already reads snapshots (see openReader); the driver begins the transaction.
    }

    @Override
    public void commit(Connection c) throws SQLException {
        c.commit();
    }

    @Override
    public void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is gone; nothing was kept
        }
    }

    @Override
    public boolean lostConnection(SQLException e) {
        return ServerFault.of(e) == ServerFault.UNREACHABLE;
    }

    @Override
    public Connection reconnectWriter() throws SQLException {
        Connection c = connect(address, readOnly);
        writerPid = pidOf(c);
        writer = c;
        return c;
    }

    /**
     * Counts the notifications of commits by other sessions received since the last call. When the
     * listening connection was lost, it listens again and counts one change: what happened while
     * it was away is unknown, so the window reads again.
     */
    @Override
    public long externalVersion() throws SQLException {
        PGNotification[] received;
        try {
            received = listener.unwrap(PGConnection.class).getNotifications(1);
        } catch (SQLException e) {
            if (!lostConnection(e)) {
                throw e;
            }
            SqliteEngine.closeQuietly(listener);
            listener = listen(); // throws, saying so, while the server is still away
            return ++externalChanges;
        }
        if (received != null) {
            for (PGNotification n : received) {
                if (!String.valueOf(writerPid).equals(n.getParameter())) {
                    externalChanges++;
                }
            }
        }
        return externalChanges;
    }

    @Override
    public ArchiveException describe(SQLException e) {
        return describe(address, e);
    }

    /** The server's error in the analyst's words, by its {@link ServerFault}. */
    static ArchiveException describe(ArchiveAddress.Server address, SQLException e) {
        String reason = e.getMessage() == null ? "" : e.getMessage().replaceFirst("^ERROR:\\s*", "").lines().findFirst().orElse("");
        String message = switch (ServerFault.of(e)) {
            case READ_ONLY -> "Your login may only read the team archive at " + address
                    + "; nothing was changed. Ask the archive's owner for write access (pg_write_all_data)";
            case UNREACHABLE -> "The server of the team archive " + address + " cannot be reached (" + reason
                    + "); nothing was changed. Try again when it is back";
            case LOGIN_REFUSED -> "The server of " + address + " refused the login (" + reason
                    + "); check the user name and password (~/.pgpass, PGPASSWORD, or the address)";
            case NO_DATABASE -> "There is no database '" + address.database() + "' on " + address.host()
                    + "; create it first (see the README, \"Sharing an archive with your team\")";
            case DISK_FULL -> "The disk of the server of " + address + " is full; nothing was changed";
            case OTHER -> "Team archive " + address + ": " + reason;
        };
        return new ArchiveException(message, e);
    }

    @Override
    public void beforeClose(boolean damaged, boolean readOnly) {
        // The server keeps its own statistics; nothing to tidy on leaving.
    }

    @Override
    public void closeExtras() {
        SqliteEngine.closeQuietly(listener);
    }
}
