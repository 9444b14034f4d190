package org.clipfile.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.clipfile.Main;
import org.clipfile.archive.Archive;
import org.clipfile.archive.ArchiveWatcher;
import org.clipfile.archive.ClippingStore;
import org.clipfile.archive.NewClipping;
import org.clipfile.archive.TagStore;
import org.clipfile.search.ClippingFilter;
import org.clipfile.search.ClippingSearch;
import org.clipfile.testing.TestArchives;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window (this JVM) keeps the archive open and tags in a loop while the command line (a child
 * JVM) imports and tags thousands of files. Both must finish without a busy error, and the window
 * must notice the other program's changes.
 */
class TwoProcessesTest {
    @TempDir
    Path dir;

    @Test
    void theWindowAndTheCommandLineWriteAtTheSameTimeAndTheWindowNotices() throws Exception {
        Path archiveFile = dir.resolve("archive.db");
        Path folder = Files.createDirectories(dir.resolve("incoming"));
        for (int i = 0; i < 2000; i++) {
            Files.writeString(folder.resolve("n" + i + ".txt"), "Title: Incoming " + i + "\n\nIncoming text " + i
                    + " about the Strait. " + "More words here. ".repeat(i % 9), StandardCharsets.UTF_8);
        }
        try (Archive window = Archive.open(archiveFile, Archive.Options.NO_DAILY_BACKUP);
             ArchiveWatcher watcher = new ArchiveWatcher(window)) {
            List<NewClipping> own = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                own.add(TestArchives.clipping("Own " + i, "The window's own clipping " + i, "2024-05-01"));
            }
            List<Long> ownIds = new ClippingStore(window).addAll(own).stream().map(r -> r.id()).toList();
            assertThat(watcher.changed()).as("the window's own writes are not external changes").isFalse();

            AtomicInteger refreshes = new AtomicInteger();
            watcher.start(Duration.ofMillis(100), refreshes::incrementAndGet);

            Child cli = Child.start(dir.resolve("logs"), "256m", Main.class, "import", "--archive", archiveFile.toString(),
                    "--tag", "From/CLI", "--quiet", folder.toString());
            TagStore tags = new TagStore(window);
            AtomicReference<Throwable> windowFailure = new AtomicReference<>();
            int windowWrites = 0;
            while (cli.isAlive() && windowFailure.get() == null) {
                try {
                    List<Long> some = ownIds.subList(windowWrites % 200, windowWrites % 200 + 50);
                    tags.assign(some, "Window/Round" + (windowWrites % 5));
                    tags.unassign(some.subList(0, 10), "Window/Round" + (windowWrites % 5));
                    windowWrites++;
                } catch (RuntimeException e) {
                    windowFailure.set(e);
                }
            }
            int exit = cli.await(120);
            assertThat(windowFailure.get()).as("the window's writes wait instead of failing").isNull();
            assertThat(exit).as("command line: %s", cli.stderr()).isZero();
            assertThat(cli.stderr()).doesNotContainIgnoringCase("busy");
            assertThat(cli.stdout()).contains("2000 clippings added");

            Thread.sleep(400); // one more poll of the watcher
            assertThat(refreshes.get()).as("the watcher noticed the command line's commits").isPositive();
            ClippingSearch search = new ClippingSearch(window);
            assertThat(search.count(ClippingFilter.ALL)).isEqualTo(2300);
            assertThat(search.count(ClippingFilter.ALL.withTag("From/CLI"))).isEqualTo(2000);
            System.out.println("[fault] two processes: the window made " + windowWrites + " tag changes while the command line"
                    + " imported 2000 files; the watcher fired " + refreshes.get() + " time(s); no busy errors");
        }
        Invariants.assertSound(archiveFile);
    }
}
