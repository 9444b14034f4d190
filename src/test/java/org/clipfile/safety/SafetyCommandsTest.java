package org.clipfile.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.clipfile.archive.Archive;
import org.clipfile.archive.Backups;
import org.clipfile.archive.ClippingStore;
import org.clipfile.cli.ClipfileCommand;
import org.clipfile.export.ExportFormat;
import org.clipfile.export.ExportWriter;
import org.clipfile.search.ClippingFilter;
import org.clipfile.search.ClippingSearch;
import org.clipfile.testing.TestArchives;
import org.clipfile.work.Progress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's backup, restore and check, and the trash rules they rely on. */
class SafetyCommandsTest {
    @TempDir
    Path dir;
    Path archive;

    record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 1];
        all[0] = args[0];
        all[1] = "--archive=" + archive;
        System.arraycopy(args, 1, all, 2, args.length - 1);
        int exit = ClipfileCommand.run(all, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    @BeforeEach
    void fill() {
        archive = dir.resolve("archive.db");
        try (Archive a = Archive.open(archive, Archive.Options.NO_DAILY_BACKUP)) {
            ClippingStore store = new ClippingStore(a);
            for (int i = 1; i <= 5; i++) {
                store.add(TestArchives.clipping("Clip " + i, "Text number " + i + " about the strait", "2023-06-1" + i, "A/B"));
            }
        }
    }

    private long count() {
        try (Archive a = Archive.openReadOnly(archive)) {
            return new ClippingSearch(a).count(ClippingFilter.ALL);
        }
    }

    @Test
    void backupThenRestoreAsksFirstAndKeepsTheStateItReplaces() throws Exception {
        Path copy = dir.resolve("saved/copy.db");
        java.nio.file.Files.createDirectories(copy.getParent()); // a backup goes into a folder that exists
        Run backup = run("backup", copy.toString());
        assertThat(backup.exit()).as(backup.err()).isZero();
        assertThat(backup.out()).contains("backed up").contains(copy.toString());
        assertThat(run("backup", copy.toString()).err()).contains("already exists").contains("--force");
        assertThat(run("backup", "--force", copy.toString()).exit()).isZero();

        assertThat(run("delete", "1", "2").exit()).isZero();
        assertThat(run("empty-trash", "--yes").exit()).isZero();
        assertThat(count()).isEqualTo(3);

        Run unconfirmed = run("restore", copy.toString());
        assertThat(unconfirmed.exit()).isEqualTo(1); // not done: waits for --yes
        assertThat(unconfirmed.err()).contains("--yes").contains(archive.toString());
        assertThat(count()).isEqualTo(3);

        Run restored = run("restore", copy.toString(), "--yes");
        assertThat(restored.exit()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("restored").contains("kept in");
        assertThat(count()).isEqualTo(5);
        // The first command of the day with clippings took the daily backup; the restore kept what it replaced.
        assertThat(run("backup", "--list").out()).contains("daily").contains("before-restore").contains("2 backups");
    }

    @Test
    void restoreLatestUsesTheNewestAutomaticBackup() {
        assertThat(run("restore", "--latest", "--yes").err()).contains("no backup of");
        try (Archive a = Archive.open(archive)) { // the day's first open with clippings: the daily backup
            assertThat(a.notes()).anyMatch(n -> n.contains("Daily backup"));
        }
        run("delete", "3");
        run("empty-trash", "--yes");
        assertThat(count()).isEqualTo(4);
        Run r = run("restore", "--latest", "--yes");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(count()).isEqualTo(5);
    }

    @Test
    void restoreRefusesABackupThatIsNotAnArchiveWithoutAStackTrace() throws Exception {
        Path bogus = Files.writeString(dir.resolve("bogus.db"), "no database here");
        Run r = run("restore", bogus.toString(), "--yes");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith("clipfile: ").contains(bogus.toString()).contains("not a Clipfile backup").doesNotContain("\tat ");
        assertThat(count()).isEqualTo(5);
    }

    @Test
    void checkReportsRepairsAndExplainsDamage() throws Exception {
        Run healthy = run("check");
        assertThat(healthy.exit()).as(healthy.err()).isZero();
        assertThat(healthy.out()).contains("ok        search index").contains("5 clippings, no problems");

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + archive); Statement s = c.createStatement()) {
            s.execute("DELETE FROM clipping_fts WHERE rowid = 2");
        }
        Run reportOnly = run("check", "--no-repair");
        assertThat(reportOnly.exit()).isEqualTo(1);
        assertThat(reportOnly.out()).contains("PROBLEM   search index: 1 clipping(s) missing from the search index");
        Run repaired = run("check");
        assertThat(repaired.exit()).isZero();
        assertThat(repaired.out()).contains("repaired  search index");
        assertThat(run("check", "--no-repair").exit()).isZero();
        assertThat(run("check", "--rebuild-index").out()).contains("rebuilt the search index");

        long size = Files.size(archive);
        try (RandomAccessFile raf = new RandomAccessFile(archive.toFile(), "rw")) {
            raf.setLength(size / 2);
        }
        Run damaged = run("check", "--no-repair");
        assertThat(damaged.exit()).isEqualTo(1);
        assertThat(damaged.out() + damaged.err()).contains(archive.toString()).containsIgnoringCase("restore");
        assertThat(damaged.err()).doesNotContain("\tat ");
    }

    @Test
    void theTrashIsSkippedByListsSearchesAndExportsAndOnlyEmptyingDeletes() throws Exception {
        assertThat(run("delete", "4").exit()).isZero();
        assertThat(run("list").out()).doesNotContain("Clip 4").contains("4 of 4");
        assertThat(run("list", "--trash").out()).contains("Clip 4").contains("1 of 1");
        assertThat(run("list", "strait").out()).doesNotContain("Clip 4");
        try (Archive a = Archive.openReadOnly(archive)) {
            Path out = dir.resolve("all.json");
            assertThat(new ExportWriter(a).export(ClippingFilter.ALL, ExportFormat.JSON, out, false, Progress.NONE).count()).isEqualTo(4);
            assertThat(Files.readString(out)).doesNotContain("Text number 4");
        }
        assertThat(run("empty-trash").exit()).isEqualTo(1); // asks first: not done
        assertThat(run("undelete", "4").out()).contains("restored 1");
        assertThat(run("list").out()).contains("Clip 4");
        assertThat(Backups.list(archive)).extracting(Backups.Backup::reason).containsExactly(Backups.DAILY);
    }
}
