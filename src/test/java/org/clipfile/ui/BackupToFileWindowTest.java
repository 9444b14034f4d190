package org.clipfile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.clipfile.archive.Archive;
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
 * File › Back up to file… writes what {@code clipfile backup FILE} writes: a consistent copy of the
 * archive file that opens as an archive; a refusal is said in a sentence and leaves the file alone.
 */
@ExtendWith(ApplicationExtension.class)
class BackupToFileWindowTest extends WindowTestSupport {
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
}
