package org.clipfile.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sqlite.ProgressHandler;

/**
 * Backups of an archive, kept in the folder {@code backups} beside it, named
 * {@code <archive>-YYYY-MM-DDTHHMMSS-<reason>.db} (local time). Reasons: {@code daily} (first open
 * of each day; the last {@value #KEEP_DAILY} are kept), {@code before-upgrade-vN} (before a format
 * migration) and {@code before-restore} (the state a restore replaced); those last two are never
 * deleted automatically.
 *
 * <p>A backup is made with {@code VACUUM INTO}: it reads every row through SQLite, so it is a
 * consistent snapshot even while another program writes, and it fails loudly on a damaged
 * archive instead of copying the damage into the rotation. Each backup is written under a
 * temporary name and moved into place, so a backup file is always complete.
 */
public final class Backups {
    public static final String FOLDER = "backups";
    public static final String DAILY = "daily";
    public static final String BEFORE_RESTORE = "before-restore";
    /** A raw copy of a file that could not be read as an archive, taken before a restore replaced it. */
    public static final String DAMAGED = "damaged";
    public static final int KEEP_DAILY = 10;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HHmmss");

    private Backups() {
    }

    /** One backup file. {@code taken} is local time, from its name. */
    public record Backup(Path file, LocalDateTime taken, String reason, long bytes) {
    }

    /** What a restore did: the archive now holds {@code restoredFrom}; the replaced state is in {@code previousState}. */
    public record RestoreResult(Path archive, Path restoredFrom, Optional<Path> previousState) {
    }

    /** {@code <archive folder>/backups}. */
    public static Path folderOf(Path archiveFile) {
        Path absolute = archiveFile.toAbsolutePath().normalize();
        return absolute.resolveSibling(FOLDER);
    }

    /** The backups of this archive, newest first. */
    public static List<Backup> list(Path archiveFile) {
        Path folder = folderOf(archiveFile);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        Pattern name = namePattern(archiveFile);
        List<Backup> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path f : files) {
                Matcher m = name.matcher(f.getFileName().toString());
                if (m.matches() && Files.isRegularFile(f)) {
                    try {
                        found.add(new Backup(f, LocalDateTime.parse(m.group(1), STAMP), m.group(2), Files.size(f)));
                    } catch (DateTimeParseException | IOException ignored) {
                        // not one of ours after all, or gone meanwhile
                    }
                }
            }
        } catch (IOException e) {
            throw new ArchiveException("Cannot read the backup folder " + folder + ": " + e.getMessage(), e);
        }
        found.sort(Comparator.comparing(Backup::taken).thenComparing(b -> b.file().getFileName().toString()).reversed());
        return found;
    }

    /** The newest backup that is a real archive (not a raw copy of a damaged file). */
    public static Optional<Backup> latest(Path archiveFile) {
        return list(archiveFile).stream().filter(b -> !b.reason().startsWith(DAMAGED)).findFirst();
    }

    static boolean hasBackupOfToday(Path archiveFile) {
        LocalDate today = LocalDate.now();
        return list(archiveFile).stream().anyMatch(b -> b.reason().equals(DAILY) && b.taken().toLocalDate().equals(today));
    }

    /** Backs up the open archive into its backup folder. */
    public static Backup backUp(Archive archive, String reason) {
        return backUp(archive, reason, Pacing.NEVER);
    }

    /**
     * When a copy pauses for the analyst: it asks {@code userBusy} every {@code steps} SQLite VM
     * steps and waits while the answer is yes.
     */
    public record Pacing(BooleanSupplier userBusy, int steps) {
        /** Never pauses: the copy runs straight through (command line, before an upgrade or a restore). */
        public static final Pacing NEVER = new Pacing(() -> false, 0);
        /**
         * Copying runs a few steps a row, so at 20,000 it asks every few thousand rows (tens of
         * milliseconds for short rows, more for long articles in overflow pages). This also
         * bounds how long closing the archive waits.
         */
        static final int STEPS = 20_000;

        /** Pauses while {@code userBusy} says the analyst is at work. */
        public static Pacing whileBusy(BooleanSupplier userBusy) {
            return new Pacing(userBusy, STEPS);
        }

        boolean pauses() {
            return steps > 0;
        }
    }

    /**
     * Backs up the open archive, pausing as {@code pacing} says: on two cores a copy of a multi-GB
     * archive takes one of them for a quarter of a minute, and typing or scrolling meanwhile
     * stutters. Stops (no backup) if the archive closes meanwhile.
     */
    public static Backup backUp(Archive archive, String reason, Pacing pacing) {
        Path folder = folderOf(archive.file());
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new ArchiveException("Cannot create the backup folder " + folder + ": " + e.getMessage(), e);
        }
        LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        Path target = freeName(archive.file(), now, reason);
        long bytes = writeCopy(archive, target, false, pacing);
        return new Backup(target, now, reason, bytes);
    }

    /**
     * Copies the open archive to {@code target} (the {@code backup FILE} command): a consistent,
     * compact SQLite file that {@link #restore} accepts.
     *
     * @return the bytes written
     */
    public static long copyTo(Archive archive, Path target, boolean overwrite) {
        Path absolute = target.toAbsolutePath().normalize();
        if (absolute.equals(archive.file())) {
            throw new ArchiveException("Cannot back up " + absolute + " onto itself");
        }
        if (Files.isDirectory(absolute)) {
            throw new ArchiveException(absolute + " is a folder; name the backup file");
        }
        try {
            Files.createDirectories(absolute.getParent());
        } catch (IOException e) {
            throw new ArchiveException("Cannot create the folder for " + absolute + ": " + e.getMessage(), e);
        }
        return writeCopy(archive, absolute, overwrite);
    }

    /**
     * Removes daily backups beyond the newest {@value #KEEP_DAILY}, and hidden half-written copies
     * a killed process left behind (older than an hour, so none that is being written now).
     * Returns how many went.
     */
    public static int prune(Path archiveFile) {
        int removed = removeStaleParts(folderOf(archiveFile));
        int dailySeen = 0;
        for (Backup b : list(archiveFile)) {
            if (!b.reason().equals(DAILY)) {
                continue;
            }
            if (++dailySeen > KEEP_DAILY) {
                try {
                    Files.deleteIfExists(b.file());
                    removed++;
                } catch (IOException ignored) {
                    // an old backup that stays is no harm
                }
            }
        }
        return removed;
    }

    /**
     * Replaces the archive with {@code backupFile}. Every connection to the archive must be closed
     * first (the window closes its {@link Archive}). Checks that the backup is a sound Clipfile
     * archive, keeps the current state as a {@code before-restore} backup (or, if it cannot be read,
     * as a raw {@code damaged} copy), then moves the backup into place in one step. If anything
     * fails before that step, the archive is unchanged.
     */
    public static RestoreResult restore(Path archiveFile, Path backupFile) {
        Path archivePath = archiveFile.toAbsolutePath().normalize();
        Path source = backupFile.toAbsolutePath().normalize();
        if (source.equals(archivePath)) {
            throw new ArchiveException("Cannot restore " + archivePath + " from itself");
        }
        verifyBackup(source);
        ensureNotInUse(archivePath);
        Optional<Path> previous = keepCurrentState(archivePath);
        Path temp = null;
        try {
            Files.createDirectories(archivePath.getParent());
            temp = Files.createTempFile(archivePath.getParent(), "." + archivePath.getFileName() + ".", ".restoring");
            Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            // The old write-ahead log belongs to the old file: replayed onto the restored one it would damage it.
            // Its content is in the before-restore backup taken above.
            Files.deleteIfExists(sibling(archivePath, "-wal"));
            Files.deleteIfExists(sibling(archivePath, "-shm"));
            moveIntoPlace(temp, archivePath);
        } catch (IOException e) {
            throw new ArchiveException("Cannot restore " + archivePath + " from " + source + ": " + e.getMessage()
                    + (previous.isPresent() ? "; the state before is kept in " + previous.get() : ""), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a leftover hidden temporary file; the restore itself is settled
                }
            }
        }
        return new RestoreResult(archivePath, source, previous);
    }

    /** Makes sure {@code file} is a Clipfile archive this version can open and SQLite finds intact. */
    public static void verifyBackup(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ArchiveException("No backup file " + file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(16);
            if (!new String(head, StandardCharsets.ISO_8859_1).equals("SQLite format 3\0")) {
                throw new ArchiveException(file + " is not a Clipfile backup (not an SQLite database); nothing was changed");
            }
        } catch (IOException e) {
            throw new ArchiveException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        // Look without touching: immutable=1 makes SQLite read the file as it is, creating no -wal or -shm beside it.
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:file:" + file.toUri().getRawPath() + "?immutable=1");
             Statement s = c.createStatement()) {
            s.execute("PRAGMA trusted_schema = OFF"); // a backup from a shared drive is someone else's file until checked
            if (SqliteEngine.intPragma(s, "application_id") != SqliteEngine.APPLICATION_ID) {
                throw new ArchiveException(file + " is not a Clipfile backup (an SQLite database of another program); nothing was changed");
            }
            int version = SqliteEngine.intPragma(s, "user_version");
            if (version < 1 || version > Archive.SCHEMA_VERSION) {
                throw new ArchiveException(file + " is an archive of format " + version + ", which this Clipfile cannot open;"
                        + " nothing was changed");
            }
            List<String> problems = integrityProblems(c, 5);
            if (!problems.isEmpty()) {
                throw new ArchiveException(file + " is damaged (" + String.join("; ", problems) + "); choose another backup."
                        + " Nothing was changed");
            }
        } catch (SQLException e) {
            throw new ArchiveException(file + " cannot be read as a backup (" + e.getMessage() + "); nothing was changed", e);
        }
    }

    /**
     * Refuses to restore under a program that has the archive open (the window, an import): it
     * would go on writing into a file that is no longer there. An exclusive lock is only granted
     * when no other connection holds the file.
     */
    static void ensureNotInUse(Path archivePath) {
        if (!Files.exists(archivePath)) {
            return;
        }
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        config.setBusyTimeout(2000);
        config.setLockingMode(org.sqlite.SQLiteConfig.LockingMode.EXCLUSIVE);
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + archivePath, config.toProperties());
             Statement s = c.createStatement()) {
            s.execute("BEGIN EXCLUSIVE");
            s.execute("COMMIT");
        } catch (org.sqlite.SQLiteException e) {
            if (SqliteEngine.isBusy(e)) {
                throw new ArchiveException(archivePath + " is open in another program (a Clipfile window, an import);"
                        + " close it and restore again. Nothing was changed", e);
            }
            // Damaged or foreign: not in use as far as we can tell; keepCurrentState copies it byte for byte.
        } catch (SQLException e) {
            // as above
        }
    }

    /** {@code PRAGMA integrity_check}: the empty list when SQLite finds nothing wrong. */
    static List<String> integrityProblems(Connection c, int max) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("PRAGMA integrity_check(" + max + ")"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String line = rs.getString(1);
                if (!"ok".equals(line)) {
                    problems.add(line);
                }
            }
        }
        return problems;
    }

    /** Saves what the archive holds now before a restore replaces it; empty if there is no archive yet. */
    private static Optional<Path> keepCurrentState(Path archivePath) {
        if (!Files.exists(archivePath)) {
            return Optional.empty();
        }
        try (Archive current = Archive.open(archivePath, Archive.Options.NO_DAILY_BACKUP)) {
            return Optional.of(backUp(current, BEFORE_RESTORE).file());
        } catch (ArchiveException unreadable) {
            // Damaged or foreign: keep its exact bytes (with its log), since nothing else can read it.
            Path folder = folderOf(archivePath);
            try {
                Files.createDirectories(folder);
                Path copy = freeName(archivePath, LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS), DAMAGED);
                Files.copy(archivePath, copy);
                for (String suffix : List.of("-wal", "-shm")) {
                    Path log = sibling(archivePath, suffix);
                    if (Files.exists(log)) {
                        Files.copy(log, sibling(copy, suffix));
                    }
                }
                return Optional.of(copy);
            } catch (IOException e) {
                throw new ArchiveException("Cannot keep a copy of " + archivePath + " before restoring (" + e.getMessage()
                        + "); nothing was changed", e);
            }
        }
    }

    private static int removeStaleParts(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int removed = 0;
        java.time.Instant cutoff = java.time.Instant.now().minus(java.time.Duration.ofHours(1));
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder, ".*.part")) {
            for (Path p : parts) {
                if (Files.getLastModifiedTime(p).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(p);
                    removed++;
                }
            }
        } catch (IOException ignored) {
            // leftovers only cost space; the next prune tries again
        }
        return removed;
    }

    /** Sleeps while the analyst is busy; false when the archive closed (the copy must stop). */
    private static boolean waitWhileBusy(Archive archive, BooleanSupplier userBusy) {
        try {
            while (userBusy.getAsBoolean()) {
                if (archive.isClosed()) {
                    return false;
                }
                Thread.sleep(25);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return !archive.isClosed();
    }

    private static long writeCopy(Archive archive, Path target, boolean overwrite) {
        return writeCopy(archive, target, overwrite, Pacing.NEVER);
    }

    private static long writeCopy(Archive archive, Path target, boolean overwrite, Pacing pacing) {
        if (!overwrite && Files.exists(target)) {
            throw new ArchiveException(target + " already exists (use --force to replace it)");
        }
        Path temp;
        try {
            temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".part");
            Files.delete(temp); // VACUUM INTO wants to create the file itself
        } catch (IOException e) {
            throw new ArchiveException("Cannot write a backup in " + target.getParent() + ": " + e.getMessage(), e);
        }
        try {
            archive.withIdleReader(c -> {
                if (pacing.pauses()) {
                    ProgressHandler.setHandler(c, pacing.steps(), new ProgressHandler() {
                        @Override
                        protected int progress() {
                            return waitWhileBusy(archive, pacing.userBusy()) ? 0 : 1; // 1 interrupts the copy
                        }
                    });
                }
                try (PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
                    ps.setString(1, temp.toString());
                    ps.execute();
                } finally {
                    if (pacing.pauses()) {
                        ProgressHandler.clearHandler(c);
                    }
                }
                return null;
            });
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            if (!overwrite && Files.exists(target)) {
                throw new FileAlreadyExistsException(target.toString(), null, "appeared while writing");
            }
            moveIntoPlace(temp, target);
            return Files.size(target);
        } catch (FileAlreadyExistsException e) {
            throw new ArchiveException(target + " already exists (use --force to replace it)", e);
        } catch (IOException e) {
            throw new ArchiveException("Cannot write the backup " + target + ": " + e.getMessage(), e);
        } catch (ArchiveDamagedException e) {
            throw e;
        } catch (ArchiveException e) {
            throw new ArchiveException("Cannot write the backup " + target + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a hidden leftover; the next backup uses another name
            }
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Path freeName(Path archiveFile, LocalDateTime when, String reason) {
        Path folder = folderOf(archiveFile);
        String base = stem(archiveFile) + "-" + STAMP.format(when) + "-" + reason;
        Path candidate = folder.resolve(base + ".db");
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder.resolve(base + "-" + n + ".db");
        }
        return candidate;
    }

    private static Pattern namePattern(Path archiveFile) {
        return Pattern.compile(Pattern.quote(stem(archiveFile)) + "-(\\d{4}-\\d{2}-\\d{2}T\\d{6})-([a-z0-9-]+?)(?:-\\d+)?\\.db");
    }

    private static String stem(Path archiveFile) {
        String name = archiveFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }
}
