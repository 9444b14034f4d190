package org.clipfile.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.clipfile.testing.TestArchives;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {
    @TempDir
    Path dir;

    private Path archiveWith(String... texts) {
        Path file = TestArchives.file(dir);
        try (Archive archive = Archive.open(file, Archive.Options.NO_DAILY_BACKUP)) {
            ClippingStore store = new ClippingStore(archive);
            for (String t : texts) {
                store.add(TestArchives.clipping(t, t, "2024-01-02", "A/B"));
            }
        }
        return file;
    }

    private static long count(Path file) {
        try (Archive a = Archive.openReadOnly(file)) {
            return a.read(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM clipping")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
        }
    }

    @Test
    void aBrandNewArchiveGetsNoDailyBackupButTheFirstOpenOfADayWithClippingsDoes() {
        Path file = TestArchives.file(dir);
        Archive.open(file).close();
        assertThat(Backups.list(file)).isEmpty();

        archiveWith("first text");
        try (Archive archive = Archive.open(file)) {
            assertThat(archive.notes()).anyMatch(n -> n.startsWith("Daily backup"));
        }
        List<Backups.Backup> backups = Backups.list(file);
        assertThat(backups).hasSize(1);
        assertThat(backups.get(0).reason()).isEqualTo(Backups.DAILY);
        assertThat(backups.get(0).file().getParent()).isEqualTo(dir.resolve("backups"));
        assertThat(backups.get(0).file().getFileName().toString()).matches("archive-\\d{4}-\\d\\d-\\d\\dT\\d{6}-daily\\.db");
        assertThat(count(backups.get(0).file())).isEqualTo(1);

        Archive.open(file).close(); // same day: no second backup
        assertThat(Backups.list(file)).hasSize(1);
    }

    @Test
    @org.junit.jupiter.api.Timeout(60) // a copy that never notices the close would hang the close, not fail
    void theDailyBackupWaitsWhileTheAnalystIsBusyAndStopsIfTheArchiveCloses() throws Exception {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            texts.add("clipping number " + i + " about trade talks and tariffs ".repeat(20));
        }
        Path file = archiveWith(texts.toArray(String[]::new));
        pausesAndStops(file);
    }

    private void pausesAndStops(Path file) throws Exception {
        // Busy for the first 20 questions: the copy waits, then finishes once the analyst pauses.
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        try (Archive archive = Archive.open(file, Archive.Options.NO_DAILY_BACKUP)) {
            assertThat(archive.takeDailyBackup(new Backups.Pacing(() -> asked.incrementAndGet() <= 20, 50))).hasValueSatisfying(n -> assertThat(n).startsWith("Daily backup"));
        }
        assertThat(asked.get()).isGreaterThan(20);
        assertThat(Backups.list(file)).hasSize(1);
        assertThat(count(Backups.list(file).get(0).file())).isEqualTo(400);
        Files.delete(Backups.list(file).get(0).file());

        // Busy all along and the window closes: the copy stops, leaving no backup and no partial file.
        Archive archive = Archive.open(file, Archive.Options.NO_DAILY_BACKUP);
        java.util.concurrent.CompletableFuture<java.util.Optional<String>> backup =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> archive.takeDailyBackup(new Backups.Pacing(() -> true, 50)));
        Thread.sleep(300);
        assertThat(backup).isNotDone();
        java.util.concurrent.CompletableFuture.runAsync(archive::close).get(20, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(backup.get(20, java.util.concurrent.TimeUnit.SECONDS)).hasValueSatisfying(n -> assertThat(n).startsWith("The daily backup could not be made"));
        assertThat(Backups.list(file)).isEmpty();
        try (var left = Files.list(Backups.folderOf(file))) {
            assertThat(left).isEmpty();
        }
        assertThat(count(file)).isEqualTo(400);
    }

    @Test
    void keepsTheLastTenDailyBackupsAndNeverPrunesTheOthers() throws Exception {
        Path file = archiveWith("text");
        Path folder = Files.createDirectories(Backups.folderOf(file));
        DateTimeFormatter stamp = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HHmmss");
        LocalDateTime start = LocalDateTime.now().minusDays(30);
        for (int i = 0; i < 14; i++) {
            Files.copy(file, folder.resolve("archive-" + stamp.format(start.plusDays(i)) + "-daily.db"));
        }
        Files.copy(file, folder.resolve("archive-" + stamp.format(start.minusDays(5)) + "-before-restore.db"));
        Files.writeString(folder.resolve("notes.txt"), "not a backup", StandardCharsets.UTF_8);
        Path stale = Files.writeString(folder.resolve(".archive-2020-01-01T000000-daily.db.123.part"), "killed mid-copy");
        Files.setLastModifiedTime(stale, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(7200)));
        Path fresh = Files.writeString(folder.resolve(".archive-2020-01-01T000001-daily.db.456.part"), "being written now");

        Archive.open(file).close(); // today's backup, then pruning
        List<Backups.Backup> daily = Backups.list(file).stream().filter(b -> b.reason().equals(Backups.DAILY)).toList();
        assertThat(daily).hasSize(Backups.KEEP_DAILY);
        assertThat(daily.get(0).taken().toLocalDate()).isEqualTo(java.time.LocalDate.now());
        assertThat(Backups.list(file)).anyMatch(b -> b.reason().equals(Backups.BEFORE_RESTORE));
        assertThat(folder.resolve("notes.txt")).exists();
        assertThat(stale).doesNotExist();
        assertThat(fresh).exists();
    }

    @Test
    void backupToAFileIsARestorableArchiveAndRefusesToOverwrite() {
        Path file = archiveWith("one", "two", "three");
        Path copy = dir.resolve("elsewhere/copy.db");
        try (Archive archive = Archive.open(file, Archive.Options.NO_DAILY_BACKUP)) {
            long bytes = Backups.copyTo(archive, copy, false);
            assertThat(bytes).isPositive();
            assertThatThrownBy(() -> Backups.copyTo(archive, copy, false)).hasMessageContaining("already exists");
            assertThatThrownBy(() -> Backups.copyTo(archive, file, true)).hasMessageContaining("onto itself");
        }
        Backups.verifyBackup(copy);
        assertThat(count(copy)).isEqualTo(3);
        assertThat(dir.resolve("elsewhere")).isDirectoryNotContaining("glob:**.part");
    }

    @Test
    void restoreReplacesTheArchiveAndKeepsTheReplacedState() {
        Path file = archiveWith("one", "two");
        Path copy = dir.resolve("copy.db");
        try (Archive archive = Archive.open(file, Archive.Options.NO_DAILY_BACKUP)) {
            Backups.copyTo(archive, copy, false);
            new ClippingStore(archive).add(TestArchives.clipping("three", "three", null));
            new ClippingStore(archive).add(TestArchives.clipping("four", "four", null));
        }
        assertThat(count(file)).isEqualTo(4);

        try (Archive stillOpen = Archive.open(file, Archive.Options.NO_DAILY_BACKUP)) {
            assertThatThrownBy(() -> Backups.restore(file, copy)).hasMessageContaining("is open in another program");
            assertThat(new ClippingStore(stillOpen).findByHash(ContentHash.of("four"))).isPresent();
        }
        assertThat(count(file)).isEqualTo(4);

        Backups.RestoreResult r = Backups.restore(file, copy);
        assertThat(count(file)).isEqualTo(2);
        assertThat(r.previousState()).isPresent();
        assertThat(count(r.previousState().get())).isEqualTo(4);
        assertThat(Backups.list(file)).extracting(Backups.Backup::reason).contains(Backups.BEFORE_RESTORE);
        try (Archive reopened = Archive.open(file)) {
            assertThat(new ArchiveCheck(reopened).run(false).healthy()).isTrue();
            assertThat(new ClippingStore(reopened).add(TestArchives.clipping("five", "five", null)).added()).isTrue();
        }
    }

    @Test
    void restoreRefusesWhatIsNotASoundClipfileArchiveAndChangesNothing() throws Exception {
        Path file = archiveWith("one");
        byte[] before = Files.readAllBytes(file);
        Path text = Files.writeString(dir.resolve("text.db"), "hello", StandardCharsets.UTF_8);
        Path other = dir.resolve("other.db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (x)");
        }
        assertThatThrownBy(() -> Backups.restore(file, text)).hasMessageContaining(text.toString()).hasMessageContaining("not a Clipfile backup");
        assertThatThrownBy(() -> Backups.restore(file, other)).hasMessageContaining("another program");
        assertThatThrownBy(() -> Backups.restore(file, dir.resolve("missing.db"))).hasMessageContaining("No backup file");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Backups.list(file)).isEmpty();
    }

    @Test
    void restoringOverADamagedArchiveKeepsItsExactBytes() throws Exception {
        Path file = archiveWith("one", "two");
        Path good = dir.resolve("good.db");
        try (Archive archive = Archive.open(file, Archive.Options.NO_DAILY_BACKUP)) {
            Backups.copyTo(archive, good, false);
        }
        byte[] junk = "this is not what an archive looks like".repeat(200).getBytes(StandardCharsets.UTF_8);
        Files.write(file, junk);
        Backups.RestoreResult r = Backups.restore(file, good);
        assertThat(r.previousState().orElseThrow().getFileName().toString()).contains("-damaged");
        assertThat(Files.readAllBytes(r.previousState().get())).isEqualTo(junk);
        assertThat(Backups.latest(file)).isEmpty(); // a raw copy of a damaged file is no backup to restore
        assertThat(count(file)).isEqualTo(2);
    }

    @Test
    void anUpgradeIsPrecededByABackupOfTheOldFormat() throws Exception {
        Path file = archiveWith("one");
        // Today's migrations plus one more: the archive is one format behind.
        List<String> scripts = new ArrayList<>(Archive.MIGRATIONS.stream().map(Archive::loadScript).toList());
        scripts.add("CREATE TABLE upgrade_marker (x INTEGER);");
        try (Archive upgraded = Archive.open(file, Archive.Options.NO_DAILY_BACKUP, scripts)) {
            assertThat(upgraded.notes()).anyMatch(n -> n.contains("before upgrading"));
        }
        List<Backups.Backup> backups = Backups.list(file);
        assertThat(backups).extracting(Backups.Backup::reason).containsExactly("before-upgrade-v" + scripts.size());
        assertThat(count(backups.get(0).file())).isEqualTo(1);
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + backups.get(0).file()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(Archive.SCHEMA_VERSION);
        }
    }
}
