package org.clipfile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.clipfile.archive.Archive;
import org.clipfile.archive.ArchiveDamagedException;
import org.clipfile.archive.Backups;
import org.clipfile.archive.ClippingStore;
import org.clipfile.testing.TestArchives;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The archive file is damaged when the window opens it: the window names the file and offers the
 * latest backup; accepted, it restores it and shows the restored clippings. Without a backup it
 * says so, offers File › Open/New, and leaves the file byte for byte.
 */
@ExtendWith(ApplicationExtension.class)
class DamagedArchiveWindowTest extends WindowTestSupport {
    private static final int CLIPPINGS = 40;
    private Stage startStage;

    @Override
    void seed(ClippingStore store) {
        for (int i = 1; i <= CLIPPINGS; i++) {
            store.add(TestArchives.clipping("Clipping " + i, ("Paragraph " + i + " about the talks. ").repeat(60), "2023-01-" + (10 + i % 18)));
        }
    }

    @Start
    void start(Stage stage) {
        startStage = stage; // the window opens in each test, after the archive was damaged
    }

    /** Overwrites three pages after the header with random bytes, as a failing disk would. */
    private void damage(Path file) throws Exception {
        Random random = new Random(1);
        int pages = (int) (Files.size(file) / 4096);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            for (int i = 0; i < 3; i++) {
                byte[] junk = new byte[4096];
                random.nextBytes(junk);
                raf.seek((long) (1 + random.nextInt(pages - 1)) * 4096);
                raf.write(junk);
            }
        }
    }

    /** Seeds the archive and leaves one backup (not a daily one, so opening still takes the day's backup and finds the damage). */
    private void seedWithBackup() {
        try (Archive archive = Archive.open(archiveFile())) {
            seed(new ClippingStore(archive));
            Backups.backUp(archive, "manual");
        }
    }

    private void openWindowWithoutSeeding() {
        runner = new org.clipfile.ui.common.FxTaskRunner("test-worker", 2);
        org.clipfile.ui.common.SettingsStore settings = new org.clipfile.ui.common.SettingsStore(dir.resolve("settings.json"));
        fx(() -> {
            stage = startStage;
            shell = new WindowShell(stage, runner, fakes.seams(), org.clipfile.ui.common.Messages.english(), settings, settings.load(), false);
            shell.setOnOpened(window::set);
            shell.show(new org.clipfile.archive.ArchiveAddress.File(archiveFile()), 1180, 760);
        });
    }

    @Test
    void acceptingTheOfferRestoresTheLatestBackupAndShowsItsClippings(FxRobot robot) throws Exception {
        seedWithBackup();
        damage(archiveFile());
        fakes.confirmAnswer = true;
        openWindowWithoutSeeding();
        settle();

        assertThat(fakes.confirmations).singleElement().satisfies(question -> assertThat(question)
                .contains(archiveFile().toAbsolutePath().toString()).contains("damaged").contains("manual"));
        assertThat(table(robot).getItems()).hasSize(CLIPPINGS);
        assertThat(titles(robot)).contains("Clipping 1", "Clipping " + CLIPPINGS);
        // The archive's own notes (the day's backup, taken on reopening) follow in the status bar.
        assertThat(node(robot, "#status-message", Label.class).getText()).contains("Restored archive.db").contains("Daily backup");
        // The damaged state is kept beside the backups, not thrown away.
        assertThat(Backups.list(archiveFile())).anyMatch(b -> b.reason().startsWith(Backups.DAMAGED));
    }

    @Test
    void withoutABackupTheWindowSaysSoAndLeavesTheFileAlone(FxRobot robot) throws Exception {
        try (Archive archive = Archive.open(archiveFile())) {
            seed(new ClippingStore(archive));
        }
        damage(archiveFile());
        byte[] before = Files.readAllBytes(archiveFile());
        openWindowWithoutSeeding();
        waitUntil(() -> robot.lookup("#open-failure").tryQuery().isPresent(), "the window explains the damage");
        String said = node(robot, "#open-failure", Label.class).getText();
        assertThat(said).contains(archiveFile().toAbsolutePath().toString()).contains("no backup");
        assertThat(fakes.confirmations).isEmpty();
        assertThat(Files.readAllBytes(archiveFile())).isEqualTo(before);
    }

    @Test
    void damageFoundByALaterReadClosesTheOpenArchiveAndRestores(FxRobot robot) {
        seedWithBackup();
        try (Archive archive = Archive.open(archiveFile())) {
            new ClippingStore(archive).add(TestArchives.clipping("After the backup", "Added after the backup was taken.", "2023-03-01"));
        }
        openWindowWithoutSeeding();
        settle();
        assertThat(table(robot).getItems()).hasSize(CLIPPINGS + 1);
        MainWindow before = window.get();
        fx(before::pasteClipping); // a new-clipping editor is open on the damaged archive
        waitUntil(() -> robot.lookup("#capture-text").tryQuery().isPresent(), "the editor opens");

        // As a page load would report it when SQLite meets a damaged page later on.
        fx(() -> before.workspace().session().fail("Reading", new ArchiveDamagedException(archiveFile().toAbsolutePath(), "page 7 is garbled", null)));
        waitUntil(() -> window.get() != before, "the restored archive opens");
        settle();
        assertThat(robot.lookup("#capture-text").tryQuery()).as("the editor went with the damaged archive").isEmpty();
        assertThat(fakes.confirmations).singleElement().satisfies(q -> assertThat(q).contains("damaged"));
        assertThat(table(robot).getItems()).as("the backup's clippings").hasSize(CLIPPINGS);
        assertThat(Backups.list(archiveFile())).anyMatch(b -> b.reason().equals(Backups.BEFORE_RESTORE));
    }

    @Test
    void decliningTheOfferLeavesTheWindowAndTheFileAsTheyAre(FxRobot robot) throws Exception {
        seedWithBackup();
        openWindowWithoutSeeding();
        settle();
        fakes.confirmAnswer = false;
        MainWindow before = window.get();
        fx(() -> before.workspace().session().fail("Reading", new ArchiveDamagedException(archiveFile().toAbsolutePath(), "page 7 is garbled", null)));
        waitUntil(() -> !fakes.errors.isEmpty(), "the window says the file was left alone");
        assertThat(fakes.errors.get(0)).contains("left as it is");
        assertThat(window.get()).isSameAs(before);
        assertThat(Backups.list(archiveFile())).noneMatch(b -> b.reason().equals(Backups.BEFORE_RESTORE));

        // The next failing read does not ask again; the status bar keeps saying it.
        fx(() -> before.workspace().session().fail("Reading", new ArchiveDamagedException(archiveFile().toAbsolutePath(), "page 7 is garbled", null)));
        settle0();
        assertThat(fakes.confirmations).hasSize(1);
        assertThat(fakes.errors).hasSize(1);
        assertThat(node(robot, "#status-message", Label.class).getText()).contains("left as it is");
        fakes.errors.clear();
    }

    /** Lets queued background work and FX events run (settle() would object to the error shown on purpose). */
    private void settle0() {
        for (int i = 0; i < 5; i++) {
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            sleep(30);
        }
    }
}
