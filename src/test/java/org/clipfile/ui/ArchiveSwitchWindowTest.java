package org.clipfile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.clipfile.archive.Archive;
import org.clipfile.archive.ClippingStore;
import org.clipfile.testing.TestArchives;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Another process's import shows up by itself; File › Open switches archives without a restart. */
@ExtendWith(ApplicationExtension.class)
class ArchiveSwitchWindowTest extends WindowTestSupport {

    @Override
    boolean watchForChanges() {
        return true;
    }

    @Override
    void seed(ClippingStore store) {
        store.add(TestArchives.clipping("First", "The first clipping.", "2023-01-05", "Diplomacy"));
    }

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    @Test
    void anotherProcessesImportAppearsAndOpenSwitchesArchive(FxRobot robot) {
        settle();
        assertThat(titles(robot)).containsExactly("First");

        // As the command line would: its own connection, its own commit.
        try (Archive other = Archive.open(archiveFile())) {
            new ClippingStore(other).add(TestArchives.clipping("Second", "Added by the command line.", "2023-02-01"));
        }
        waitUntil(() -> table(robot).getItems().size() == 2, "the window notices the other process's commit");

        Path another = dir.resolve("other/another.db");
        try (Archive a = Archive.open(another)) {
            ClippingStore store = new ClippingStore(a);
            store.add(TestArchives.clipping("Elsewhere one", "In another archive.", "2020-05-05"));
            store.add(TestArchives.clipping("Elsewhere two", "Also in another archive.", "2020-06-06"));
            store.add(TestArchives.clipping("Elsewhere three", "Three in another archive.", null));
        }
        MainWindow before = window.get();
        fakes.archiveToOpen = another;
        fx(() -> table(robot).requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        waitUntil(() -> window.get() != before, "the other archive opens");
        settle();
        assertThat(titles(robot)).containsExactlyInAnyOrder("Elsewhere one", "Elsewhere two", "Elsewhere three");
        assertThat(stage.getTitle()).contains("another.db");
        assertThat(window.get().workspace().services().archive().file()).isEqualTo(another.toAbsolutePath().normalize());
    }
}
