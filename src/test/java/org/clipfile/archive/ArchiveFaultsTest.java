package org.clipfile.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.clipfile.testing.TestArchives;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Faults inflicted on a real archive file: damage, a full disk, a read-only file, a stale index. */
class ArchiveFaultsTest {
    @TempDir
    Path dir;
    Path file;

    @BeforeEach
    void fill() {
        file = TestArchives.file(dir);
        try (Archive archive = Archive.open(file, Archive.Options.NO_DAILY_BACKUP)) {
            List<NewClipping> batch = new ArrayList<>();
            for (int i = 0; i < 1500; i++) {
                batch.add(TestArchives.clipping("Clipping " + i, "Body of clipping number " + i + " about word" + i
                        + " and the Taiwan Strait. ".repeat(1 + i % 7), i % 3 == 0 ? null : "2023-06-14", "Region/Asia/T" + (i % 10)));
            }
            new ClippingStore(archive).addAll(batch);
        }
    }

    private long count(Archive archive, String sql) {
        return archive.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    // ---- damaged file ----

    @Test
    void aTruncatedArchiveIsReportedAsDamagedByNameAndLeftByteForByte() throws Exception {
        long size = Files.size(file);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(size * 6 / 10 / 4096 * 4096 + 1000); // mid-page, as a killed copy leaves it
        }
        assertDamageIsReportedAndNothingWritten();
    }

    @Test
    void anArchiveWithPagesOverwrittenByRandomBytesIsReportedAsDamaged() throws Exception {
        for (long seed = 1; seed <= 3; seed++) {
            Path copy = dir.resolve("damaged-" + seed + ".db");
            Files.copy(file, copy);
            Random random = new Random(seed);
            int pages = (int) (Files.size(copy) / 4096);
            try (RandomAccessFile raf = new RandomAccessFile(copy.toFile(), "rw")) {
                for (int i = 0; i < 3; i++) {
                    byte[] junk = new byte[4096];
                    random.nextBytes(junk);
                    raf.seek((long) (1 + random.nextInt(pages - 1)) * 4096); // page 1 kept: the header still says "Clipfile"
                    raf.write(junk);
                }
            }
            Path original = file;
            file = copy;
            assertDamageIsReportedAndNothingWritten();
            file = original;
        }
    }

    /** Open as the analyst would (daily backup included), then check; the damage must be named and the file untouched. */
    private void assertDamageIsReportedAndNothingWritten() throws Exception {
        byte[] before = Files.readAllBytes(file);
        Throwable fromOpen = catchThrowable(() -> Archive.open(file).close());
        assertThat(fromOpen).as("the daily backup reads every row, so the first open of the day finds the damage")
                .isInstanceOf(ArchiveDamagedException.class)
                .hasMessageContaining(file.toAbsolutePath().toString())
                .hasMessageContaining("damaged")
                .hasMessageContaining("restore");
        assertThat(((ArchiveDamagedException) fromOpen).file()).isEqualTo(file.toAbsolutePath());
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Backups.list(file)).noneMatch(b -> b.file().getFileName().toString().startsWith(file.getFileName().toString().replace(".db", "")));

        // Without the backup (or later in the day), opening may work; check says what is wrong and repairs nothing.
        try (Archive archive = Archive.open(file, Archive.Options.NO_DAILY_BACKUP)) {
            ArchiveCheck.Report report = new ArchiveCheck(archive).run(true);
            assertThat(report.healthy()).isFalse();
            assertThat(report.repairedSomething()).isFalse();
            assertThat(String.join("\n", report.lines())).contains("PROBLEM").contains("Restore a backup");
        } catch (ArchiveDamagedException e) {
            assertThat(e).hasMessageContaining(file.toAbsolutePath().toString());
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    // ---- disk full ----

    @Test
    void aFullDiskStopsTheWriteWithAClearMessageAndLeavesNothingHalfWritten() {
        try (Archive archive = Archive.open(file, Archive.Options.NO_DAILY_BACKUP)) {
            long before = count(archive, "SELECT count(*) FROM clipping");
            // SQLite's own cap on the file size: the writer sees exactly what a full disk gives it (SQLITE_FULL).
            archive.write(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA page_count")) {
                    rs.next();
                    s.execute("PRAGMA max_page_count = " + (rs.getLong(1) + 2));
                }
                return null;
            });
            List<NewClipping> big = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                big.add(TestArchives.clipping("Big " + i, ("A long text " + i + " ").repeat(400), null, "Big"));
            }
            ClippingStore store = new ClippingStore(archive);
            assertThatThrownBy(() -> store.addAll(big))
                    .isInstanceOf(ArchiveException.class)
                    .hasMessageContaining("disk holding " + file.toAbsolutePath())
                    .hasMessageContaining("full")
                    .hasMessageContaining("nothing was changed");
            assertThat(count(archive, "SELECT count(*) FROM clipping")).isEqualTo(before);
            assertThat(new TagStore(archive).find("Big")).isEmpty();
        }
        try (Archive reopened = Archive.open(file, Archive.Options.NO_DAILY_BACKUP)) {
            assertThat(new ArchiveCheck(reopened).run(false).healthy()).isTrue();
            assertThat(new ClippingStore(reopened).add(TestArchives.clipping("after", "after the disk was freed", null)).added()).isTrue();
        }
    }

    @Test
    void anImportOntoAFullDiskRejectsEachFileWithTheReasonAndStoresNoneOfThem() throws Exception {
        Path folder = java.nio.file.Files.createDirectories(dir.resolve("incoming"));
        for (int i = 0; i < 40; i++) {
            Files.writeString(folder.resolve("big-" + i + ".txt"), "Title: Big " + i + "\n\n" + ("Long text " + i + " ").repeat(800));
        }
        try (Archive archive = Archive.open(file, Archive.Options.NO_DAILY_BACKUP)) {
            long before = count(archive, "SELECT count(*) FROM clipping");
            archive.write(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA page_count")) {
                    rs.next();
                    s.execute("PRAGMA max_page_count = " + rs.getLong(1));
                }
                return null;
            });
            org.clipfile.ingest.ImportReport report = new org.clipfile.ingest.FileImporter(new ClippingStore(archive))
                    .importPaths(List.of(folder), org.clipfile.ingest.FileImporter.Options.NONE, org.clipfile.work.Progress.NONE);
            assertThat(report.added()).isZero();
            assertThat(report.rejections()).hasSize(40)
                    .allSatisfy(r -> assertThat(r.reason()).contains("is full").contains(file.toAbsolutePath().toString()));
            assertThat(count(archive, "SELECT count(*) FROM clipping")).isEqualTo(before);
        }
        try (Archive reopened = Archive.open(file, Archive.Options.NO_DAILY_BACKUP)) {
            assertThat(new ArchiveCheck(reopened).run(false).healthy()).isTrue();
        }
    }

    // ---- read-only ----

    @Test
    void aReadOnlyArchiveReadsButRefusesWritesClearlyAndStaysUnchanged() throws Exception {
        byte[] before = Files.readAllBytes(file);
        try (Archive archive = Archive.openReadOnly(file)) {
            assertThat(archive.isReadOnly()).isTrue();
            assertThat(count(archive, "SELECT count(*) FROM clipping")).isEqualTo(1500);
            assertThatThrownBy(() -> new ClippingStore(archive).add(TestArchives.clipping("x", "new text", null)))
                    .isInstanceOf(ArchiveException.class)
                    .hasMessageContaining(file.toAbsolutePath().toString())
                    .hasMessageContaining("read-only")
                    .hasMessageContaining("nothing was changed");
            assertThat(new ArchiveCheck(archive).run(true).healthy()).isTrue();
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThatThrownBy(() -> Archive.openReadOnly(dir.resolve("none.db"))).hasMessageContaining("No archive at");
    }

    // ---- check and repair ----

    @Test
    void checkFindsAndRebuildsALostSearchIndexEntryAndBrokenImpliedTags() throws Exception {
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = raw.createStatement()) {
            s.execute("DELETE FROM clipping_fts WHERE rowid IN (5, 6, 7)"); // as if the index write was lost
            s.execute("DELETE FROM clipping_tag WHERE explicit = 0 AND clipping_id = 10");
            s.execute("INSERT INTO tag (path, path_key) VALUES ('Stray', 'stray')");
            s.execute("INSERT INTO clipping_tag (tag_id, clipping_id, explicit) VALUES (last_insert_rowid(), 11, 0)");
        }
        try (Archive archive = Archive.open(file, Archive.Options.NO_DAILY_BACKUP)) {
            ArchiveCheck check = new ArchiveCheck(archive);
            ArchiveCheck.Report found = check.run(false);
            assertThat(found.healthy()).isFalse();
            assertThat(String.join("\n", found.lines()))
                    .contains("3 clipping(s) missing from the search index")
                    .contains("implied tag(s) missing")
                    .contains("implied tag(s) left over");
            assertThat(count(archive, "SELECT count(*) FROM clipping_fts WHERE clipping_fts MATCH 'word6'")).isZero();

            ArchiveCheck.Report repaired = check.run(true);
            assertThat(repaired.healthy()).isTrue();
            assertThat(repaired.repairedSomething()).isTrue();
            assertThat(check.run(false).findings()).allMatch(ArchiveCheck.Finding::ok);
            assertThat(count(archive, "SELECT count(*) FROM clipping_fts WHERE clipping_fts MATCH 'word6'")).isEqualTo(1);
            assertThat(new TagStore(archive).tagsOf(10)).containsExactly("Region/Asia/T9");
            assertThat(count(archive, "SELECT count(*) FROM clipping_tag WHERE clipping_id = 10")).isEqualTo(3);
        }
    }

    // ---- another program's changes ----

    @Test
    void theWatcherSeesAnotherConnectionsCommitButNotItsOwn() {
        try (Archive window = Archive.open(file, Archive.Options.NO_DAILY_BACKUP);
             Archive cli = Archive.open(file, Archive.Options.NO_DAILY_BACKUP);
             ArchiveWatcher watcher = new ArchiveWatcher(window)) {
            assertThat(watcher.changed()).isFalse();
            new ClippingStore(window).add(TestArchives.clipping("mine", "the window's own edit", null));
            assertThat(watcher.changed()).isFalse();
            new ClippingStore(cli).add(TestArchives.clipping("theirs", "the command line's import", null));
            assertThat(watcher.changed()).isTrue();
            assertThat(watcher.changed()).isFalse();
        }
    }

    @Test
    void theBackgroundWatcherCallsBackAfterAnExternalChange() throws Exception {
        try (Archive window = Archive.open(file, Archive.Options.NO_DAILY_BACKUP);
             Archive cli = Archive.open(file, Archive.Options.NO_DAILY_BACKUP);
             ArchiveWatcher watcher = new ArchiveWatcher(window)) {
            java.util.concurrent.CountDownLatch seen = new java.util.concurrent.CountDownLatch(1);
            watcher.start(java.time.Duration.ofMillis(50), seen::countDown);
            new TagStore(cli).assign(List.of(1L, 2L), "Seen/Elsewhere");
            assertThat(seen.await(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        }
    }
}
