package org.clipfile.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.Function;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * An archive in one SQLite file in WAL mode. One writer connection serialises this process's writes
 * (each in a {@code BEGIN IMMEDIATE} transaction, so another process's writer waits on the busy
 * timeout instead of failing); readers use their own connections and never block on writers.
 */
final class SqliteEngine implements Engine {
    /** "Clip" in the SQLite header's application_id, so we know our own files. */
    static final int APPLICATION_ID = 0x436C6970;
    static final int BUSY_TIMEOUT_MS = 30_000;
    /** How often a write waits out the busy timeout before giving up (another program holding the lock). */
    static final int BUSY_ATTEMPTS = 3;
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Path file;
    private final Connection writer;
    private final int busyTimeoutMs;

    SqliteEngine(Path file, Connection writer, int busyTimeoutMs) {
        this.file = file;
        this.writer = writer;
        this.busyTimeoutMs = busyTimeoutMs;
    }

    Path file() {
        return file;
    }

    @Override
    public ArchiveAddress address() {
        return new ArchiveAddress.File(file);
    }

    @Override
    public SqlDialect dialect() {
        return SqlDialect.SQLITE;
    }

    @Override
    public Connection writer() {
        return writer;
    }

    @Override
    public Connection openReader() throws SQLException {
        return connect(file, true, busyTimeoutMs);
    }

    /**
     * Takes the write lock. SQLite already waits up to the busy timeout for another program's
     * transaction; if that program is slower still (a huge import), wait again a few times rather
     * than fail the analyst's edit.
     */
    @Override
    public void beginWrite(Connection c) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                exec(c, "BEGIN IMMEDIATE");
                return;
            } catch (SQLiteException e) {
                if (attempt >= BUSY_ATTEMPTS || !isBusy(e)) {
                    throw e;
                }
            }
        }
    }

    @Override
    public void beginRead(Connection c) throws SQLException {
        exec(c, "BEGIN");
    }

    @Override
    public void commit(Connection c) throws SQLException {
        exec(c, "COMMIT");
    }

    @Override
    public void rollbackQuietly(Connection c) {
        try {
            exec(c, "ROLLBACK");
        } catch (SQLException ignored) {
            // no transaction was open (e.g. BEGIN itself failed)
        }
    }

    /**
     * PRAGMA data_version on the writer: all of this process's writes go through that connection,
     * so the value moves only for commits made elsewhere. (Reader connections would each count
     * differently, and count our own writes too.)
     */
    @Override
    public long externalVersion() throws SQLException {
        try (Statement s = writer.createStatement(); ResultSet rs = s.executeQuery("PRAGMA data_version")) {
            return rs.next() ? rs.getLong(1) : 0L;
        }
    }

    @Override
    public ArchiveException describe(SQLException e) {
        return describe(file, e, busyTimeoutMs);
    }

    @Override
    public void beforeClose(boolean damaged, boolean readOnly) {
        if (!damaged && !readOnly) {
            try (Statement s = writer.createStatement()) {
                s.execute("PRAGMA optimize");
            } catch (SQLException ignored) {
                // optimisation only; closing matters more
            }
        }
    }

    static boolean isBusy(SQLiteException e) {
        SQLiteErrorCode code = e.getResultCode();
        return code != null && (code.name().startsWith("SQLITE_BUSY") || code.name().startsWith("SQLITE_LOCKED"));
    }

    /**
     * Looks at an existing file without changing it: returns its schema version (0 for a new or
     * empty file) or explains why it cannot be opened.
     */
    static int inspect(Path file, int schemaVersion, Archive.Options options) {
        int busyTimeoutMs = options.busyTimeoutMs();
        if (!Files.exists(file)) {
            return 0;
        }
        if (Files.isDirectory(file)) {
            throw new ArchiveException(file + " is a folder, not a Clipfile archive");
        }
        try {
            if (Files.size(file) == 0) {
                return 0;
            }
            byte[] head = new byte[SQLITE_MAGIC.length];
            try (InputStream in = Files.newInputStream(file)) {
                int n = in.readNBytes(head, 0, head.length);
                if (n < head.length || !java.util.Arrays.equals(head, SQLITE_MAGIC)) {
                    throw new ArchiveException(file + " is not a Clipfile archive (it is not an SQLite database); it was left untouched");
                }
            }
        } catch (IOException e) {
            throw new ArchiveException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        try (Connection c = connect(file, true, busyTimeoutMs); Statement s = c.createStatement()) {
            int appId = intPragma(s, "application_id");
            int version = intPragma(s, "user_version");
            boolean hasTables;
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_schema")) {
                hasTables = rs.next() && rs.getInt(1) > 0;
            }
            if (appId != APPLICATION_ID) {
                if (!hasTables && version == 0) {
                    return 0; // an empty SQLite file: fine to set up
                }
                throw new ArchiveException(file + " is not a Clipfile archive (an SQLite database of another program); it was left untouched");
            }
            if (version > schemaVersion) {
                throw new ArchiveException(file + " was written by a newer version of Clipfile (archive format " + version
                        + "; this version reads up to " + schemaVersion + "); it was left untouched");
            }
            if (options.checkFirst()) {
                quickCheck(file, s);
            }
            return version;
        } catch (SQLException e) {
            throw describe(file, e, busyTimeoutMs);
        }
    }

    /** SQLite's quick_check: a file damaged, or crafted to look like an archive, is refused before anything runs on it. */
    private static void quickCheck(Path file, Statement s) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("PRAGMA quick_check(5)")) {
            while (rs.next()) {
                problems.add(rs.getString(1));
            }
        }
        if (!problems.equals(List.of("ok"))) {
            throw new ArchiveException(file + " failed SQLite's check of the file (" + String.join("; ", problems)
                    + "): it is damaged, or not what it claims to be; it was not opened and was left untouched");
        }
    }

    static int intPragma(Statement s, String name) throws SQLException {
        try (ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    static Connection connect(Path file, boolean readOnly, int busyTimeoutMs) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(busyTimeoutMs);
        config.enforceForeignKeys(true);
        config.setReadOnly(readOnly);
        // A file may come from someone else (a colleague's archive, a backup on a shared drive): open it
        // as SQLite advises for untrusted files. No extensions; no functions with side effects called from
        // the file's own schema (triggers, views); cells checked as read; no memory-mapped reads.
        config.enableLoadExtension(false);
        if (!readOnly) {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            // In WAL mode NORMAL survives a killed process; only a power cut may lose the last commit.
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        }
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
        try {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA trusted_schema = OFF");
                s.execute("PRAGMA cell_size_check = ON");
                s.execute("PRAGMA mmap_size = 0");
            }
            if (!readOnly) {
                tuneWriter(c);
            }
            registerFunctions(c);
            return c;
        } catch (SQLException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /** Page cache of the writer connection, in KiB (SQLite's default is 2 MB). */
    static final int WRITER_CACHE_KIB = 64 * 1024;
    /** Pages in the write-ahead log that make the committing writer copy it into the archive. */
    static final int WRITER_CHECKPOINT_PAGES = 10_000;

    /**
     * Settings of the connection that writes (they last for the connection and change nothing in the file):
     * <ul>
     *   <li>{@code temp_store = MEMORY}: SQLite keeps a statement journal for every statement of a
     *   multi-statement transaction that may fail halfway (each insert into {@code clipping} runs the
     *   index trigger), so it can undo just that statement. Kept in a temporary file, that is tens of
     *   4 KB page writes per stored clipping, more than the archive itself receives; in memory it is a
     *   copy. Temporary tables of bulk edits (a selection's ids) live in memory too.</li>
     *   <li>A 64 MB page cache: the indexes a write touches at a million clippings (the tags of every
     *   clipping, by tag and by clipping) outgrow the 2 MB default, and every page that falls out is
     *   read again by the next write. The memory is taken only as pages are used.</li>
     *   <li>{@code wal_autocheckpoint = 10000} pages (40 MB, SQLite's default is 1,000): the commit that
     *   fills the log past this copies it into the archive and syncs both files. At 1,000 pages nearly
     *   every bulk tagging or import batch paid for a checkpoint on its commit; now one in several does,
     *   and pages changed again in between are copied once.</li>
     * </ul>
     */
    private static void tuneWriter(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA temp_store = MEMORY");
            s.execute("PRAGMA cache_size = -" + WRITER_CACHE_KIB);
            s.execute("PRAGMA wal_autocheckpoint = " + WRITER_CHECKPOINT_PAGES);
        }
    }

    /** SQLite's SQLITE_INNOCUOUS: the function has no side effects, so the schema may call it with trusted_schema off. */
    static final int FLAG_INNOCUOUS = 0x000200000;

    /**
     * The index triggers call {@code clipfile_index_text} so every write path indexes the same way.
     * It is declared innocuous (it only transforms its argument): with {@code trusted_schema = OFF}
     * triggers may call it, and nothing else of ours.
     */
    private static void registerFunctions(Connection c) throws SQLException {
        Function.create(c, "clipfile_index_text", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                String text = value_text(0);
                result(text == null ? "" : org.clipfile.archive.IndexText.forIndex(text));
            }
        }, 1, Function.FLAG_DETERMINISTIC | FLAG_INNOCUOUS);
    }

    static ArchiveException describe(Path file, SQLException e, int busyTimeoutMs) {
        if (e instanceof SQLiteException se) {
            SQLiteErrorCode code = se.getResultCode();
            String name = code == null ? "" : code.name();
            if (name.startsWith("SQLITE_BUSY") || name.startsWith("SQLITE_LOCKED")) {
                return new ArchiveException(file + " is busy: another program kept it locked for over "
                        + Math.max(1, busyTimeoutMs * BUSY_ATTEMPTS / 1000) + " s; nothing was changed, try again", e);
            }
            if (name.startsWith("SQLITE_CORRUPT") || name.equals("SQLITE_NOTADB")) {
                return new ArchiveDamagedException(file, reason(se), e);
            }
            if (name.startsWith("SQLITE_FULL")) {
                return new ArchiveException("The disk holding " + file + " is full; nothing was changed."
                        + " Free some space and try again", e);
            }
            if (name.startsWith("SQLITE_READONLY")) {
                return new ArchiveException(file + " is read-only (" + reason(se) + "); nothing was changed", e);
            }
            if (name.startsWith("SQLITE_CANTOPEN") || name.startsWith("SQLITE_PERM") || name.startsWith("SQLITE_IOERR")) {
                return new ArchiveException("Cannot read or write " + file + " (" + reason(se) + "); nothing was changed", e);
            }
        }
        return new ArchiveException("Archive " + file + ": " + e.getMessage(), e);
    }

    /** SQLite's own words without the JDBC driver's "[SQLITE_X]" prefix. */
    private static String reason(SQLiteException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        return m.replaceFirst("^\\[[A-Z_]+\\]\\s*", "");
    }


    static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static void closeQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing; nothing left to save
        }
    }
}
