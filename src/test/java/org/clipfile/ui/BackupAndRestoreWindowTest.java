package org.clipfile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.clipfile.archive.Archive;
import org.clipfile.archive.Backups;
import org.clipfile.archive.ClippingStore;
import org.clipfile.search.ClippingFilter;
import org.clipfile.search.ClippingSearch;
import org.clipfile.testing.TestArchives;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * File › Back up to file… and File › Restore from backup… do what {@code clipfile backup FILE} and
 * {@code clipfile restore FILE} do: a consistent copy of the archive file that opens as an archive;
 * the chosen backup in the archive's place after a confirmation, the state it replaces kept as a
 * backup of its own. A refusal is said in a sentence and leaves the archive as it was.
 */
@ExtendWith(ApplicationExtension.class)
class BackupAndRestoreWindowTest extends WindowTestSupport {
    @Override
    void seed(ClippingStore store) {
        store.add(TestArchives.clipping("Talks resume", "The delegations met again in Geneva.", "2023-01-05", "Diplomacy"));
        store.add(TestArchives.clipping("Second round", "They met once more.", "2023-02-01"));
    }

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    @Test
    void theWholeArchiveIsCopiedIntoTheChosenFile(FxRobot robot) throws Exception {
        settle();
        Path copy = Files.createDirectories(dir.resolve("copies")).resolve("clipfile-backup.db");
        fakes.backupTo = copy;
        fx(TeamArchiveWindowTest.menuItem(robot, "menu-backup")::fire);
        waitUntil(() -> node(robot, "#status-message", Label.class).getText().startsWith("Backed up"), "the backup is reported");
        assertThat(node(robot, "#status-message", Label.class).getText()).isEqualTo("Backed up the archive to " + copy);
        try (Archive file = Archive.openReadOnly(copy)) {
            assertThat(new ClippingSearch(file).count(ClippingFilter.ALL)).isEqualTo(2);
        }
    }

    @Test
    void aBackupOntoTheArchiveItselfIsRefusedInASentence(FxRobot robot) {
        settle();
        fakes.backupTo = archiveFile();
        fx(TeamArchiveWindowTest.menuItem(robot, "menu-backup")::fire);
        waitUntil(() -> !fakes.errors.isEmpty(), "the refusal is shown");
        String shown = fakes.errors.get(0);
        fakes.errors.clear(); // settle() takes any error shown as a failure
        settle();
        assertThat(shown).startsWith("Back up failed: ").contains("onto itself").doesNotContain("Exception");
        assertThat(table(robot).getItems()).hasSize(2);
    }

    private Path backUpThroughTheMenu(FxRobot robot) {
        Path copy = dir.resolve("yesterday.db");
        fakes.backupTo = copy;
        fx(TeamArchiveWindowTest.menuItem(robot, "menu-backup")::fire);
        waitUntil(() -> node(robot, "#status-message", Label.class).getText().startsWith("Backed up"), "the backup is made");
        return copy;
    }

    @Test
    void theChosenBackupReplacesTheArchiveAndTheStateBeforeIsKept(FxRobot robot) {
        settle();
        Path backup = backUpThroughTheMenu(robot);
        try (Archive other = Archive.open(archiveFile())) { // the command line, meanwhile
            new ClippingStore(other).add(TestArchives.clipping("Third", "Added after the backup.", "2023-03-01"));
        }
        fakes.restoreFrom = backup;
        MainWindowRef before = new MainWindowRef(window.get());
        fx(TeamArchiveWindowTest.menuItem(robot, "menu-restoreBackup")::fire);
        waitUntil(() -> window.get() != before.window && node(robot, "#status-message", Label.class).getText().startsWith("Restored"),
                "the restored archive is shown");
        settle();
        assertThat(fakes.restoreOfferedFolder).isEqualTo(Backups.folderOf(archiveFile()));
        assertThat(fakes.confirmations).singleElement().asString().contains(backup.toString());
        assertThat(table(robot).getItems()).hasSize(2);
        String status = node(robot, "#status-message", Label.class).getText();
        assertThat(status).startsWith("Restored archive.db from " + backup + "; the state before is kept as ");
        Path kept = Path.of(status.substring(status.indexOf("kept as ") + "kept as ".length()));
        try (Archive previous = Archive.openReadOnly(kept)) {
            assertThat(new ClippingSearch(previous).count(ClippingFilter.ALL)).as("the state the restore replaced").isEqualTo(3);
        }
    }

    @Test
    void aFileThatIsNoBackupIsRefusedAndTheArchiveStaysAsItWas(FxRobot robot) throws Exception {
        settle();
        Path notes = Files.writeString(dir.resolve("notes.db"), "not an archive at all");
        fakes.restoreFrom = notes;
        MainWindowRef before = new MainWindowRef(window.get());
        fx(TeamArchiveWindowTest.menuItem(robot, "menu-restoreBackup")::fire);
        waitUntil(() -> !fakes.errors.isEmpty(), "the refusal is shown");
        String shown = fakes.errors.get(0);
        fakes.errors.clear(); // settle() takes any error shown as a failure
        waitUntil(() -> window.get() != before.window, "the archive reopens");
        settle();
        assertThat(shown).startsWith("Restore from backup: archive.db was not restored from " + notes + ": ")
                .endsWith("The archive is as it was.").doesNotContain("Exception");
        assertThat(table(robot).getItems()).hasSize(2);
    }

    /** The window before the restore, to tell when another has replaced it. */
    private record MainWindowRef(MainWindow window) {
    }
}
