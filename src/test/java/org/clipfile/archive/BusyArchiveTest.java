package org.clipfile.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.clipfile.testing.TestArchives;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Another program holds the write lock: our writer waits (timeout, then retries) instead of failing at once. */
class BusyArchiveTest {
    @TempDir
    Path dir;

    /** 3 attempts: gives up after about 0.9 s instead of 90 s. */
    private static final Archive.Options SHORT_TIMEOUT = Archive.Options.NO_DAILY_BACKUP.withBusyTimeout(300);

    @Test
    void aWriteOutlastsAnotherProgramsTransactionLongerThanOneTimeout() throws Exception {
        Path file = TestArchives.file(dir);
        try (Archive archive = Archive.open(file, SHORT_TIMEOUT);
             Connection other = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            holdWriteLock(other, 600); // twice the timeout: one wait is not enough, the retries are
            long start = System.nanoTime();
            assertThat(new ClippingStore(archive).add(TestArchives.clipping("t", "waited for the lock", null)).added()).isTrue();
            assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(300);
        }
    }

    @Test
    void aLockHeldForeverGivesAClearBusyMessageAndChangesNothing() throws Exception {
        Path file = TestArchives.file(dir);
        try (Archive archive = Archive.open(file, SHORT_TIMEOUT);
             Connection other = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            holdWriteLock(other, 3000);
            assertThatThrownBy(() -> new ClippingStore(archive).add(TestArchives.clipping("t", "never stored", null)))
                    .isInstanceOf(ArchiveException.class)
                    .hasMessageContaining(file.toAbsolutePath().toString())
                    .hasMessageContaining("busy")
                    .hasMessageContaining("nothing was changed");
            Thread.sleep(2500);
            assertThat(new ClippingStore(archive).findByHash(ContentHash.of("never stored"))).isEmpty();
        }
    }

    /** Takes the write lock on {@code c} now and releases it after {@code millis} on another thread. */
    private static void holdWriteLock(Connection c, long millis) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
        }
        Thread release = new Thread(() -> {
            try {
                Thread.sleep(millis);
                try (Statement s = c.createStatement()) {
                    s.execute("ROLLBACK");
                }
            } catch (Exception ignored) {
                // the test's assertions say what matters
            }
        });
        release.setDaemon(true);
        release.start();
    }
}
