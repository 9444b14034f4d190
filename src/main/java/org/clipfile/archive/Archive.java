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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.Function;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * One archive file: an SQLite database in WAL mode. One writer connection serialises this
 * process's writes (behind a lock, each in a {@code BEGIN IMMEDIATE} transaction, so another
 * process's writer waits on the busy timeout instead of failing); readers use their own
 * connections and never block on writers. Opening checks that the file really is a Clipfile archive
 * of a version we can read before anything is written to it.
 */
public final class Archive implements AutoCloseable {
    /** "Clip" in the SQLite header's application_id, so we know our own files. */
    static final int APPLICATION_ID = 0x436C6970;
    static final List<String> MIGRATIONS = List.of("V1__schema.sql", "V2__scale.sql");
    public static final int SCHEMA_VERSION = MIGRATIONS.size();
    static final int BUSY_TIMEOUT_MS = 30_000;
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Path file;
    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final Deque<Connection> idleReaders = new ArrayDeque<>();
    private final List<Connection> allReaders = new ArrayList<>();
    private volatile boolean closed;

    private Archive(Path file, Connection writer) {
        this.file = file;
        this.writer = writer;
    }

    /** Opens the archive at {@code file}, creating it (and its folder) if it does not exist. */
    public static Archive open(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        int existingVersion = inspect(absolute);
        try {
            Files.createDirectories(absolute.getParent());
        } catch (IOException e) {
            throw new ArchiveException("Cannot create the folder for " + absolute + ": " + e.getMessage(), e);
        }
        Connection writer = null;
        try {
            writer = connect(absolute, false);
            Archive archive = new Archive(absolute, writer);
            archive.migrate(existingVersion);
            return archive;
        } catch (SQLException e) {
            closeQuietly(writer);
            throw describe(absolute, e);
        } catch (RuntimeException e) {
            closeQuietly(writer);
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    /** Runs {@code work} in one write transaction: all of it is stored, or none of it. */
    public <T> T write(SqlWork<T> work) {
        ensureOpen();
        writeLock.lock();
        try {
            if (writeLock.getHoldCount() > 1) {
                return work.run(writer); // nested: already inside this thread's transaction
            }
            exec(writer, "BEGIN IMMEDIATE");
            try {
                T result = work.run(writer);
                exec(writer, "COMMIT");
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(writer);
                throw e;
            }
        } catch (SQLException e) {
            throw describe(file, e);
        } finally {
            writeLock.unlock();
        }
    }

    /** Runs {@code work} in one read transaction: it sees one consistent state of the archive. */
    public <T> T read(SqlWork<T> work) {
        ensureOpen();
        Connection reader = borrowReader();
        try {
            exec(reader, "BEGIN");
            try {
                return work.run(reader);
            } finally {
                rollbackQuietly(reader);
            }
        } catch (SQLException e) {
            throw describe(file, e);
        } finally {
            returnReader(reader);
        }
    }

    /**
     * A number that changes whenever another connection (this process or another) commits a
     * change; the window polls it to notice the command line's imports.
     */
    public long dataVersion() {
        return read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA data_version")) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        writeLock.lock();
        try {
            synchronized (idleReaders) {
                allReaders.forEach(Archive::closeQuietly);
                allReaders.clear();
                idleReaders.clear();
            }
            try (Statement s = writer.createStatement()) {
                s.execute("PRAGMA optimize");
            } catch (SQLException ignored) {
                // optimisation only; closing matters more
            }
            closeQuietly(writer);
        } finally {
            writeLock.unlock();
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("archive " + file + " is closed");
        }
    }

    private Connection borrowReader() {
        synchronized (idleReaders) {
            Connection c = idleReaders.poll();
            if (c != null) {
                return c;
            }
        }
        try {
            Connection c = connect(file, true);
            synchronized (idleReaders) {
                allReaders.add(c);
            }
            return c;
        } catch (SQLException e) {
            throw describe(file, e);
        }
    }

    private void returnReader(Connection c) {
        synchronized (idleReaders) {
            if (closed) {
                closeQuietly(c);
            } else {
                idleReaders.push(c);
            }
        }
    }

    private void migrate(int fromVersion) throws SQLException {
        if (fromVersion >= SCHEMA_VERSION) {
            return;
        }
        for (int v = fromVersion; v < SCHEMA_VERSION; v++) {
            String script = loadScript(MIGRATIONS.get(v));
            int target = v + 1;
            write(c -> {
                try (Statement s = c.createStatement()) {
                    for (String sql : SqlScript.statements(script)) {
                        s.execute(sql);
                    }
                    s.execute("PRAGMA application_id = " + APPLICATION_ID);
                    s.execute("PRAGMA user_version = " + target);
                }
                return null;
            });
        }
    }

    private static String loadScript(String name) {
        try (InputStream in = Archive.class.getResourceAsStream("migration/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing migration " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + name, e);
        }
    }

    /**
     * Looks at an existing file without changing it: returns its schema version (0 for a new or
     * empty file) or explains why it cannot be opened.
     */
    private static int inspect(Path file) {
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
        try (Connection c = connect(file, true); Statement s = c.createStatement()) {
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
            if (version > SCHEMA_VERSION) {
                throw new ArchiveException(file + " was written by a newer version of Clipfile (archive format " + version
                        + "; this version reads up to " + SCHEMA_VERSION + "); it was left untouched");
            }
            return version;
        } catch (SQLException e) {
            throw describe(file, e);
        }
    }

    private static int intPragma(Statement s, String name) throws SQLException {
        try (ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static Connection connect(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        config.setReadOnly(readOnly);
        if (!readOnly) {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            // In WAL mode NORMAL survives a killed process; only a power cut may lose the last commit.
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        }
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
        try {
            registerFunctions(c);
            return c;
        } catch (SQLException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /** The index triggers call {@code clipfile_index_text} so every write path indexes the same way. */
    private static void registerFunctions(Connection c) throws SQLException {
        Function.create(c, "clipfile_index_text", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                String text = value_text(0);
                result(text == null ? "" : org.clipfile.archive.IndexText.forIndex(text));
            }
        }, 1, Function.FLAG_DETERMINISTIC);
    }

    static ArchiveException describe(Path file, SQLException e) {
        if (e instanceof SQLiteException se) {
            SQLiteErrorCode code = se.getResultCode();
            String name = code == null ? "" : code.name();
            if (name.startsWith("SQLITE_BUSY") || name.startsWith("SQLITE_LOCKED")) {
                return new ArchiveException(file + " is busy: another program kept it locked for over "
                        + BUSY_TIMEOUT_MS / 1000 + " s; nothing was changed, try again", e);
            }
            if (name.startsWith("SQLITE_CORRUPT") || name.equals("SQLITE_NOTADB")) {
                return new ArchiveException(file + " is damaged (" + se.getMessage()
                        + "); it was not changed. Run 'clipfile check' or restore a backup", e);
            }
            if (name.startsWith("SQLITE_FULL")) {
                return new ArchiveException("The disk holding " + file + " is full; nothing was changed", e);
            }
            if (name.startsWith("SQLITE_READONLY") || name.startsWith("SQLITE_CANTOPEN") || name.startsWith("SQLITE_PERM")) {
                return new ArchiveException("Cannot write to " + file + " (" + se.getMessage() + "); nothing was changed", e);
            }
        }
        return new ArchiveException("Archive " + file + ": " + e.getMessage(), e);
    }

    static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            exec(c, "ROLLBACK");
        } catch (SQLException ignored) {
            // no transaction was open (e.g. BEGIN itself failed)
        }
    }

    private static void closeQuietly(Connection c) {
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
