package org.clipfile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.stage.Stage;
import org.clipfile.archive.Archive;
import org.clipfile.archive.Backups;
import org.clipfile.archive.ClippingStore;
import org.clipfile.archive.NewClipping;
import org.clipfile.testing.TestArchives;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window's day's backup (the first open of a day) waits while the analyst is at work in the
 * window and is taken, whole, once they pause.
 */
@ExtendWith(ApplicationExtension.class)
class BackupPauseWindowTest extends WindowTestSupport {
    static final int CLIPPINGS = 3_000; // enough rows that the copy asks several times whether to pause

    final AtomicBoolean working = new AtomicBoolean(true);

    @Override
    void seed(ClippingStore store) {
        List<NewClipping> batch = new ArrayList<>();
        for (int i = 0; i < CLIPPINGS; i++) {
            batch.add(TestArchives.clipping("Talks " + i, "Trade talks resumed, day " + i + " of the round.", "2024-01-02",
                    "China-US/Trade", "Round " + (i % 50)));
        }
        store.addAll(batch);
    }

    @Start
    void start(Stage stage) {
        startWindow(stage);
        // The analyst keeps typing from the moment the window is up (as the window's key filter would note).
        Thread typist = new Thread(() -> {
            while (working.get()) {
                shell.activity().touch();
                sleep(50);
            }
        }, "typist");
        typist.setDaemon(true);
        typist.start();
    }

    @AfterEach
    void stopTyping() {
        working.set(false);
    }

    @Test
    void theDaysBackupWaitsForAPauseAndIsThenTakenWhole() {
        waitUntil(() -> window.get() != null, "the window opens");
        sleep(3_000);
        assertThat(Backups.list(archiveFile())).as("no backup while the analyst works").isEmpty();
        assertThat(runner.activeCount()).as("the backup waits in the background").isPositive();

        working.set(false);
        waitUntil(() -> !Backups.list(archiveFile()).isEmpty(), "the day's backup once the analyst pauses");
        Backups.Backup taken = Backups.list(archiveFile()).get(0);
        assertThat(taken.reason()).isEqualTo(Backups.DAILY);
        try (Archive copy = Archive.openReadOnly(taken.file())) {
            long clippings = copy.read(c -> {
                try (var s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM clipping")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertThat(clippings).isEqualTo(CLIPPINGS);
        }
    }
}
