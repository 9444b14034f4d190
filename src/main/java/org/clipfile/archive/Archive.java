package org.clipfile.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One archive: an SQLite file of one analyst, or a team's archive on a PostgreSQL server (see
 * {@link Engine}). One writer connection serialises this process's writes behind a lock, each in
 * one transaction; readers use pooled connections of their own and never block on writers.
 * Opening checks that the file or database really is a Clipfile archive of a format we can read
 * before anything is written to it.
 */
public final class Archive implements AutoCloseable {
    static final List<String> MIGRATIONS = List.of("V1__schema.sql", "V2__scale.sql", "V3__facets.sql", "V4__text_changes.sql",
            "V5__author.sql", "V6__who.sql");
    /** The archive format this version writes, on either engine. */
    public static final int SCHEMA_VERSION = MIGRATIONS.size();
    static final int BUSY_TIMEOUT_MS = SqliteEngine.BUSY_TIMEOUT_MS;

    private final Engine engine;
    /** The file of an SQLite archive; null on a server. */
    private final Path file;
    /** Replaced only when a server's connection was lost (under the write lock). */
    private volatile Connection writer;
    private final boolean readOnly;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final Deque<Connection> idleReaders = new ArrayDeque<>();
    private final List<Connection> allReaders = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private volatile boolean closed;
    /** Set once the engine reports damage: from then on nothing optional (optimize on close) writes to the file. */
    private volatile boolean damaged;
    private volatile long lastExternalVersion;
    /** Set when a reader found the server's connection lost: the writer was most likely cut too. */
    private volatile boolean writerSuspect;
    /** Whether this open made the archive (there was none before). */
    private boolean created;

    Archive(Engine engine, boolean readOnly) {
        this.engine = engine;
        this.file = engine instanceof SqliteEngine sqlite ? sqlite.file() : null;
        this.writer = engine.writer();
        this.readOnly = readOnly;
    }

    /**
     * How to open an archive.
     *
     * @param readOnly    nothing can be written (a backup looked at, a file on read-only media); writes fail with a clear message
     * @param dailyBackup take the day's automatic backup if none exists yet (see {@link Backups}); file archives only
     * @param checkFirst  run SQLite's {@code quick_check} on an existing file before using it: for a
     *                    file from elsewhere (named on the command line, File › Open), as SQLite advises
     *                    for database files from untrusted sources. It reads the whole file, so the
     *                    analyst's own default archive is opened without it.
     * @param busyTimeoutMs how long a connection waits for another program's lock, per attempt
     */
    public record Options(boolean readOnly, boolean dailyBackup, boolean checkFirst, int busyTimeoutMs) {
        public static final Options DEFAULT = new Options(false, true);
        public static final Options NO_DAILY_BACKUP = new Options(false, false);
        public static final Options READ_ONLY = new Options(true, false);

        public Options(boolean readOnly, boolean dailyBackup) {
            this(readOnly, dailyBackup, false, BUSY_TIMEOUT_MS);
        }

        /** The same, with the file checked before first use. */
        public Options checkingFirst() {
            return new Options(readOnly, dailyBackup, true, busyTimeoutMs);
        }

        /** The same, waiting this long for another program's lock before each retry (tests shorten it). */
        public Options withBusyTimeout(int ms) {
            return new Options(readOnly, dailyBackup, checkFirst, ms);
        }
    }

    /**
     * Opens the archive at {@code file}, creating it (and its folder) if it does not exist. Takes
     * the day's backup on the first open of a day and a backup before any format upgrade.
     *
     * @throws ArchiveDamagedException if SQLite finds the file damaged (offer {@link Backups#latest})
     * @throws ArchiveException        for anything else the analyst must know (message names file and reason)
     */
    public static Archive open(Path file) {
        return open(file, Options.DEFAULT);
    }

    /** Opens an existing archive so that nothing can be written to it. */
    public static Archive openReadOnly(Path file) {
        return open(file, Options.READ_ONLY);
    }

    public static Archive open(Path file, Options options) {
        return open(file, options, MIGRATIONS.stream().map(Archive::loadScript).toList());
    }

    /**
     * Opens a file archive or a team archive on a server. A team archive is made in an empty
     * database by its first open (which needs the right to create tables there).
     */
    public static Archive open(ArchiveAddress address, Options options) {
        if (address instanceof ArchiveAddress.File f) {
            return open(f.path(), options);
        }
        return PostgresEngine.open((ArchiveAddress.Server) address, options);
    }

    /** Opens with the given migration scripts (tests pass extra ones to exercise an upgrade). */
    static Archive open(Path file, Options options, List<String> migrations) {
        Path absolute = file.toAbsolutePath().normalize();
        boolean existed = Files.exists(absolute);
        int existingVersion = SqliteEngine.inspect(absolute, migrations.size(), options);
        if (options.readOnly()) {
            if (!Files.exists(absolute)) {
                throw new ArchiveException("No archive at " + absolute);
            }
            if (existingVersion < migrations.size()) {
                throw new ArchiveException(absolute + " uses an older archive format and cannot be upgraded while opened read-only");
            }
        } else {
            checkWritable(absolute);
            try {
                Files.createDirectories(absolute.getParent());
            } catch (IOException e) {
                throw new ArchiveException("Cannot create the folder for " + absolute + ": " + e.getMessage(), e);
            }
        }
        Connection writer = null;
        Archive archive = null;
        try {
            writer = SqliteEngine.connect(absolute, options.readOnly(), options.busyTimeoutMs());
            archive = new Archive(new SqliteEngine(absolute, writer, options.busyTimeoutMs()), options.readOnly());
            archive.created = !existed;
            if (existingVersion > 0 && existingVersion < migrations.size()) {
                // An upgrade rewrites the schema: keep the file as it was, and refuse to upgrade without that copy.
                Backups.Backup before = Backups.backUp(archive, "before-upgrade-v" + migrations.size());
                archive.notes.add("Backed up " + absolute + " to " + before.file() + " before upgrading its format");
            }
            archive.migrate(existingVersion, migrations);
            if (options.dailyBackup() && !options.readOnly()) {
                archive.takeDailyBackup();
            }
            archive.lastExternalVersion = archive.engine.externalVersion();
            return archive;
        } catch (SQLException e) {
            SqliteEngine.closeQuietly(writer);
            throw SqliteEngine.describe(absolute, e, options.busyTimeoutMs());
        } catch (RuntimeException e) {
            if (archive != null) {
                archive.damaged |= e instanceof ArchiveDamagedException;
                archive.close();
            } else {
                SqliteEngine.closeQuietly(writer);
            }
            throw e;
        }
    }

    /** Marks an archive the engine has just made; reads where other programs' changes stand. */
    void openedBy(boolean madeNow) throws SQLException {
        created = madeNow;
        lastExternalVersion = engine.externalVersion();
    }

    /** Things the analyst may want to know about this open (a backup taken, or one that could not be). */
    public List<String> notes() {
        synchronized (notes) {
            return List.copyOf(notes);
        }
    }

    /** Whether this open created the archive file (nothing was there before). */
    public boolean wasCreated() {
        return created;
    }

    /** Whether {@code note} (one of {@link #notes()}) only says that the day's automatic backup was taken. */
    public static boolean isDailyBackupNote(String note) {
        return note.startsWith(DAILY_BACKUP_NOTE);
    }

    private static final String DAILY_BACKUP_NOTE = "Daily backup: ";
    private static final String DAILY_BACKUP_FAILED_NOTE = "The daily backup could not be made: ";

    /** Whether {@link #close()} was called (work running in the background should stop). */
    public boolean isClosed() {
        return closed;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    /**
     * Takes the day's automatic backup unless one exists (or the archive is empty), keeping the
     * last ten. Opening does this unless told not to; the window opens without it and calls this
     * in the background, since copying a multi-GB archive takes a while. Returns the note for the
     * analyst, if any (also kept in {@link #notes()}).
     *
     * @throws ArchiveDamagedException if the copy finds the archive damaged
     */
    public Optional<String> takeDailyBackup() {
        return takeDailyBackup(Backups.Pacing.NEVER);
    }

    /**
     * The day's backup as {@link #takeDailyBackup()}, pausing as {@code pacing} says (the window
     * pauses while the analyst typed, clicked or scrolled in the last moment).
     */
    public Optional<String> takeDailyBackup(Backups.Pacing pacing) {
        String note;
        try {
            if (file == null || Backups.hasBackupOfToday(file) || isEmpty()) {
                return Optional.empty(); // one a day is enough; a brand-new archive has nothing to lose
            }
            Backups.Backup b = Backups.backUp(this, Backups.DAILY, pacing);
            Backups.prune(file);
            note = DAILY_BACKUP_NOTE + b.file();
        } catch (ArchiveDamagedException e) {
            throw e; // the backup read every page: the archive is damaged, and that must be said now
        } catch (ArchiveException e) {
            // No space or no permission for the copy must not keep the analyst from their archive.
            note = DAILY_BACKUP_FAILED_NOTE + e.getMessage();
        }
        synchronized (notes) {
            notes.add(note);
        }
        return Optional.of(note);
    }

    private boolean isEmpty() {
        return read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT NOT EXISTS (SELECT 1 FROM clipping)")) {
                return rs.next() && rs.getBoolean(1);
            }
        });
    }

    /**
     * Refuses early, with a plain message, a file or folder the system will not let us write
     * (read-only media, another user's file). As root this never triggers: see openReadOnly.
     */
    private static void checkWritable(Path file) {
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new ArchiveException(file + " is read-only (no permission to write it); nothing was changed."
                    + " Open it read-only, or copy it to a folder you can write");
        }
        Path dir = file.getParent();
        if (dir != null && Files.isDirectory(dir) && !Files.isWritable(dir)) {
            throw new ArchiveException("The folder of " + file + " is read-only, so SQLite cannot keep its journal there;"
                    + " nothing was changed. Open it read-only, or copy it to a folder you can write");
        }
    }

    /** Where this archive is: its file, or its server and database. */
    public ArchiveAddress address() {
        return engine.address();
    }

    /** Whether this is a team archive on a server (no file, no file backups; others may write at the same time). */
    public boolean isShared() {
        return file == null;
    }

    /**
     * The archive's file.
     *
     * @throws IllegalStateException for a team archive, which has none (see {@link #isShared()})
     */
    public Path file() {
        if (file == null) {
            throw new IllegalStateException("the team archive " + address() + " is not a file");
        }
        return file;
    }

    /** How SQL for this archive is written (the few differences between SQLite and PostgreSQL). */
    public SqlDialect dialect() {
        return engine.dialect();
    }

    /** Runs {@code work} in one write transaction: all of it is stored, or none of it. */
    public <T> T write(SqlWork<T> work) {
        ensureOpen();
        writeLock.lock();
        try {
            if (writeLock.getHoldCount() > 1) {
                return work.run(writer); // nested: already inside this thread's transaction
            }
            if (writer.isClosed() || (writerSuspect && !writer.isValid(5))) {
                closeQuietly(writer);
                writer = engine.reconnectWriter(); // lost while the server was away: this write goes on a new one
            }
            writerSuspect = false;
            engine.beginWrite(writer);
            try {
                T result = work.run(writer);
                engine.commit(writer);
                // Still holding the lock: note other programs' commits, so a watcher polling during our
                // next write (when it cannot ask) still sees them.
                lastExternalVersion = engine.externalVersion();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                engine.rollbackQuietly(writer);
                throw e;
            }
        } catch (SQLException e) {
            replaceWriterIfLost(e);
            throw noteDamage(engine.describe(e));
        } catch (ArchiveDamagedException e) {
            throw noteDamage(e);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * After the server's connection was lost mid-write: the write failed and says so; the next one
     * gets a new connection (if the server is back by then; else it fails again, saying so).
     */
    private void replaceWriterIfLost(SQLException e) {
        if (!engine.lostConnection(e)) {
            return;
        }
        closeQuietly(writer);
        try {
            writer = engine.reconnectWriter();
        } catch (SQLException stillAway) {
            // The server is not back yet: the next write tries again.
        }
    }

    private ArchiveException noteDamage(ArchiveException e) {
        if (e instanceof ArchiveDamagedException) {
            damaged = true;
        }
        return e;
    }

    /** Runs {@code work} in one read transaction: it sees one consistent state of the archive. */
    public <T> T read(SqlWork<T> work) {
        ensureOpen();
        Connection reader = borrowReader();
        boolean lost = false;
        try {
            engine.beginRead(reader);
            try {
                return work.run(reader);
            } finally {
                engine.rollbackQuietly(reader);
            }
        } catch (SQLException e) {
            lost = engine.lostConnection(e);
            writerSuspect |= lost;
            throw noteDamage(engine.describe(e));
        } catch (ArchiveDamagedException e) {
            throw noteDamage(e);
        } finally {
            if (lost) {
                forgetReader(reader);
            } else {
                returnReader(reader);
            }
        }
    }

    /**
     * Runs {@code work} on a reader connection outside any transaction: for statements SQLite
     * refuses inside one ({@code VACUUM INTO} for backups).
     */
    <T> T withIdleReader(SqlWork<T> work) {
        ensureOpen();
        Connection reader = borrowReader();
        try {
            return work.run(reader);
        } catch (SQLException e) {
            throw noteDamage(engine.describe(e));
        } finally {
            returnReader(reader);
        }
    }

    /**
     * A number that changes whenever another program (the command line, a colleague's window on a
     * team archive) commits a change to this archive; this process's own writes leave it alone.
     * The window polls it, through {@link ArchiveWatcher}, to refresh its lists and counts. It never
     * waits for this process's writes: while one is running it returns the last value it saw.
     */
    public long dataVersion() {
        ensureOpen();
        if (!writeLock.tryLock()) {
            return lastExternalVersion;
        }
        try {
            lastExternalVersion = engine.externalVersion();
            return lastExternalVersion;
        } catch (SQLException e) {
            throw noteDamage(engine.describe(e));
        } finally {
            writeLock.unlock();
        }
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
            engine.beforeClose(damaged, readOnly);
            engine.closeExtras();
            closeQuietly(writer);
        } finally {
            writeLock.unlock();
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("archive " + address() + " is closed");
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
            Connection c = engine.openReader();
            synchronized (idleReaders) {
                allReaders.add(c);
            }
            return c;
        } catch (SQLException e) {
            throw engine.describe(e);
        }
    }

    /** A reader whose server connection was lost: closed, never handed out again. */
    private void forgetReader(Connection c) {
        synchronized (idleReaders) {
            allReaders.remove(c);
            idleReaders.remove(c);
        }
        closeQuietly(c);
        // Its siblings were most likely cut at the same moment: test them before handing them out.
        synchronized (idleReaders) {
            idleReaders.removeIf(r -> {
                try {
                    if (r.isValid(2)) {
                        return false;
                    }
                } catch (SQLException ignored) {
                    // treated as lost
                }
                allReaders.remove(r);
                closeQuietly(r);
                return true;
            });
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

    private void migrate(int fromVersion, List<String> scripts) {
        for (int v = fromVersion; v < scripts.size(); v++) {
            String script = scripts.get(v);
            int target = v + 1;
            write(c -> {
                try (Statement s = c.createStatement()) {
                    for (String sql : SqlScript.statements(script)) {
                        s.execute(sql);
                    }
                    s.execute("PRAGMA application_id = " + SqliteEngine.APPLICATION_ID);
                    s.execute("PRAGMA user_version = " + target);
                }
                return null;
            });
        }
    }

    static String loadScript(String name) {
        try (InputStream in = Archive.class.getResourceAsStream("migration/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing migration " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + name, e);
        }
    }

    static void exec(Connection c, String sql) throws SQLException {
        SqliteEngine.exec(c, sql);
    }

    static void closeQuietly(Connection c) {
        SqliteEngine.closeQuietly(c);
    }
}
