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
import java.util.Optional;
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
    static final List<String> MIGRATIONS = List.of("V1__schema.sql", "V2__scale.sql", "V3__facets.sql", "V4__text_changes.sql",
            "V5__author.sql");
    public static final int SCHEMA_VERSION = MIGRATIONS.size();
    static final int BUSY_TIMEOUT_MS = 30_000;
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /** How often a write waits out the busy timeout before giving up (another program holding the lock). */
    static final int BUSY_ATTEMPTS = 3;

    private final Path file;
    private final Connection writer;
    private final boolean readOnly;
    /** How long a connection waits for another program's lock before SQLite says busy. */
    private final int busyTimeoutMs;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final Deque<Connection> idleReaders = new ArrayDeque<>();
    private final List<Connection> allReaders = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private volatile boolean closed;
    /** Set once SQLite reports damage: from then on nothing optional (optimize on close) writes to the file. */
    private volatile boolean damaged;
    private volatile long lastExternalVersion;
    /** Whether this open made the file (there was no archive there before). */
    private boolean created;

    private Archive(Path file, Connection writer, Options options) {
        this.file = file;
        this.writer = writer;
        this.readOnly = options.readOnly();
        this.busyTimeoutMs = options.busyTimeoutMs();
    }

    /**
     * How to open an archive.
     *
     * @param readOnly    nothing can be written (a backup looked at, a file on read-only media); writes fail with a clear message
     * @param dailyBackup take the day's automatic backup if none exists yet (see {@link Backups})
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

    /** Opens with the given migration scripts (tests pass extra ones to exercise an upgrade). */
    static Archive open(Path file, Options options, List<String> migrations) {
        Path absolute = file.toAbsolutePath().normalize();
        boolean existed = Files.exists(absolute);
        int existingVersion = inspect(absolute, migrations.size(), options);
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
            writer = connect(absolute, options.readOnly(), options.busyTimeoutMs());
            archive = new Archive(absolute, writer, options);
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
            archive.lastExternalVersion = archive.readExternalVersion();
            return archive;
        } catch (SQLException e) {
            closeQuietly(writer);
            throw describe(absolute, e, options.busyTimeoutMs());
        } catch (RuntimeException e) {
            if (archive != null) {
                archive.damaged |= e instanceof ArchiveDamagedException;
                archive.close();
            } else {
                closeQuietly(writer);
            }
            throw e;
        }
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
            if (Backups.hasBackupOfToday(file) || isEmpty()) {
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
            beginImmediate();
            try {
                T result = work.run(writer);
                exec(writer, "COMMIT");
                // Still holding the lock: note other programs' commits, so a watcher polling during our
                // next write (when it cannot ask) still sees them.
                lastExternalVersion = readExternalVersion();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(writer);
                throw e;
            }
        } catch (SQLException e) {
            throw noteDamage(describe(file, e));
        } catch (ArchiveDamagedException e) {
            throw noteDamage(e);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Takes the write lock. SQLite already waits up to the busy timeout for another program's
     * transaction; if that program is slower still (a huge import), wait again a few times rather
     * than fail the analyst's edit.
     */
    private void beginImmediate() throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                exec(writer, "BEGIN IMMEDIATE");
                return;
            } catch (SQLiteException e) {
                if (attempt >= BUSY_ATTEMPTS || !isBusy(e)) {
                    throw e;
                }
            }
        }
    }

    static boolean isBusy(SQLiteException e) {
        SQLiteErrorCode code = e.getResultCode();
        return code != null && (code.name().startsWith("SQLITE_BUSY") || code.name().startsWith("SQLITE_LOCKED"));
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
        try {
            exec(reader, "BEGIN");
            try {
                return work.run(reader);
            } finally {
                rollbackQuietly(reader);
            }
        } catch (SQLException e) {
            throw noteDamage(describe(file, e));
        } catch (ArchiveDamagedException e) {
            throw noteDamage(e);
        } finally {
            returnReader(reader);
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
            throw noteDamage(describe(file, e));
        } finally {
            returnReader(reader);
        }
    }

    /**
     * A number that changes whenever another program (the command line, a second window) commits
     * a change to this archive; this process's own writes leave it alone. The window polls it,
     * through {@link ArchiveWatcher}, to refresh its lists and counts. It never waits for this
     * process's writes: while one is running it returns the last value it saw.
     */
    public long dataVersion() {
        ensureOpen();
        if (!writeLock.tryLock()) {
            return lastExternalVersion;
        }
        try {
            lastExternalVersion = readExternalVersion();
            return lastExternalVersion;
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * PRAGMA data_version on the writer: all of this process's writes go through that connection,
     * so the value moves only for commits made elsewhere. (Reader connections would each count
     * differently, and count our own writes too.)
     */
    private long readExternalVersion() {
        try (Statement s = writer.createStatement(); ResultSet rs = s.executeQuery("PRAGMA data_version")) {
            return rs.next() ? rs.getLong(1) : 0L;
        } catch (SQLException e) {
            throw noteDamage(describe(file, e));
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
            if (!damaged && !readOnly) {
                try (Statement s = writer.createStatement()) {
                    s.execute("PRAGMA optimize");
                } catch (SQLException ignored) {
                    // optimisation only; closing matters more
                }
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
            Connection c = connect(file, true, busyTimeoutMs);
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

    private void migrate(int fromVersion, List<String> scripts) throws SQLException {
        for (int v = fromVersion; v < scripts.size(); v++) {
            String script = scripts.get(v);
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

    /**
     * Looks at an existing file without changing it: returns its schema version (0 for a new or
     * empty file) or explains why it cannot be opened.
     */
    private static int inspect(Path file, int schemaVersion, Options options) {
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

    private ArchiveException describe(Path file, SQLException e) {
        return describe(file, e, busyTimeoutMs);
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

    private static void rollbackQuietly(Connection c) {
        try {
            exec(c, "ROLLBACK");
        } catch (SQLException ignored) {
            // no transaction was open (e.g. BEGIN itself failed)
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
