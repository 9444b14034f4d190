package org.clipfile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.clipfile.archive.Archive;
import org.clipfile.archive.ArchiveAddress;
import org.clipfile.archive.ClippingStore;
import org.clipfile.testing.PostgresExtension;
import org.clipfile.testing.PostgresServer;
import org.clipfile.testing.TestArchives;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window of a login granted only {@code pg_read_all_data}: it browses, and an import of a
 * folder is refused with the one sentence that says why, once, not once for each file.
 */
@ExtendWith({PostgresExtension.class, ApplicationExtension.class})
class ReadOnlyTeamWindowTest extends WindowTestSupport {
    final ArchiveAddress.Server reader;

    ReadOnlyTeamWindowTest(PostgresServer server) {
        ArchiveAddress.Server team = server.newDatabase();
        try (Archive owner = Archive.open(team, Archive.Options.NO_DAILY_BACKUP)) {
            new ClippingStore(owner).add(TestArchives.clipping("Talks resume", "The delegations met again in Geneva.", "2023-01-05", "Diplomacy"));
        }
        String login = "window_reader_" + UUID.randomUUID().toString().substring(0, 8);
        server.admin(team.database(), "CREATE ROLE " + login + " LOGIN IN ROLE pg_read_all_data");
        reader = team.withLogin(login, null);
    }

    @Override
    ArchiveAddress archiveAddress() {
        return reader;
    }

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    @Test
    void aReadOnlyLoginBrowsesAndAnImportIsRefusedOnce(FxRobot robot) throws Exception {
        settle();
        assertThat(table(robot).getItems()).extracting(r -> r.row().title()).containsExactly("Talks resume");
        Path folder = Files.createDirectories(dir.resolve("to-import"));
        for (int i = 0; i < 3; i++) {
            Files.writeString(folder.resolve("clip-" + i + ".txt"), " date 2023-06-1" + i + " Ministers met for the " + i + " time in Geneva.");
        }
        fakes.filesToImport = List.of(folder);
        fx(() -> table(robot).requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        waitUntil(() -> !fakes.errors.isEmpty(), "the window says why nothing was imported");
        List<String> shown = List.copyOf(fakes.errors);
        fakes.errors.clear(); // settle() takes any other error shown as a failure
        settle();
        assertThat(shown).singleElement().asString()
                .contains("may only read the team archive").contains("nothing was changed")
                .doesNotContain("Exception").doesNotContain("ERROR:");
        assertThat(fakes.reports).as("no report of three rejected files").isEmpty();
        assertThat(table(robot).getItems()).hasSize(1);
    }
}
