package org.clipfile.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.clipfile.Main;
import org.clipfile.archive.Archive;
import org.clipfile.archive.ArchiveAddress;
import org.clipfile.archive.ArchiveCheck;
import org.clipfile.archive.ClippingStore;
import org.clipfile.search.ClippingFilter;
import org.clipfile.search.ClippingSearch;
import org.clipfile.search.SortOrder;
import org.clipfile.testing.PostgresExtension;
import org.clipfile.testing.PostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * As {@link KilledMidImportTest}, on a team archive: the command line importing into the server is
 * killed at random moments. Each clipping is wholly stored (text, tags, implied tags, its row of the
 * text index) or absent, and the same import run again completes it without duplicates.
 */
@ExtendWith(PostgresExtension.class)
class KilledMidImportOnServerTest {
    // An import now stores a batch of 500 in a few statements, so the whole import of 1,200 took less
    // than the time a kill used to wait: enough batches that a kill lands between two of them.
    static final int FILES = 3000;

    @TempDir
    Path dir;

    @Test
    void anImportKilledAtRandomMomentsLeavesWholeClippingsAndCompletesOnRerun(PostgresServer server) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("clippings"));
        for (int i = 0; i < FILES; i++) {
            Files.writeString(folder.resolve(String.format("clip-%05d.txt", i)),
                    "Title: Report number " + i + "\nTags: Kill/Import, Batch/B" + (i % 7) + "\nDate: 2023-06-"
                            + String.format("%02d", 1 + i % 28) + "\n\nThe body of report " + i + " mentions token" + i
                            + " and the Taiwan Strait.\n" + "Background paragraph. ".repeat(1 + i % 5),
                    StandardCharsets.UTF_8);
        }
        ArchiveAddress.Server team = server.newDatabase();
        try (Archive made = Archive.open(team, Archive.Options.NO_DAILY_BACKUP)) {
            assertThat(count(made)).isZero(); // made before the kills, so each kill lands in an import
        }
        Random random = new Random(20261207);
        List<String> outcomes = new ArrayList<>();
        // One reader watches throughout: opening an archive per look took longer than a batch.
        try (Archive watcher = Archive.open(team, Archive.Options.READ_ONLY)) {
            for (int kill = 1; kill <= 3; kill++) {
                long before = count(watcher);
                Child child = Child.start(dir.resolve("logs"), "256m", Main.class, "import", "--archive",
                        team.toString(), "--quiet", folder.toString());
                child.awaitWhileAlive(() -> count(watcher) > before, 60_000);
                Thread.sleep(random.nextInt(200));
                boolean killedMidWork = child.isAlive();
                child.kill();
                outcomes.add("kill " + kill + ": " + (killedMidWork ? "killed" : "already done") + ", "
                        + count(watcher) + " of " + FILES);
                assertWhole(team);
            }
        }
        System.out.println("[fault] killed mid-import on the server: " + outcomes);
        assertThat(outcomes).anyMatch(o -> o.contains("killed") && !o.contains(FILES + " of"));

        Child rerun = Child.start(dir.resolve("logs"), "256m", Main.class, "import", "--archive", team.toString(),
                "--quiet", folder.toString());
        assertThat(rerun.await(180)).as(rerun.stderr()).isZero();
        assertThat(countOn(team)).isEqualTo(FILES);
        assertWhole(team);
    }

    static long countOn(ArchiveAddress.Server team) {
        try (Archive a = Archive.open(team, Archive.Options.READ_ONLY)) {
            return count(a);
        }
    }

    static long count(Archive a) {
        return new ClippingSearch(a).count(ClippingFilter.ALL);
    }

    /**
     * The checker finds nothing wrong (every implied tag and index row of every clipping), and a
     * sample of the stored clippings each has both tags and is found by its own word.
     */
    static void assertWhole(ArchiveAddress.Server team) {
        try (Archive a = Archive.open(team, Archive.Options.READ_ONLY)) {
            assertThat(new ArchiveCheck(a).run(false).lines()).last().asString().contains("no problems");
            ClippingSearch search = new ClippingSearch(a);
            ClippingStore store = new ClippingStore(a);
            List<String> problems = new ArrayList<>();
            List<Long> all = search.ids(ClippingFilter.ALL, SortOrder.NEWEST);
            for (int k = 0; k < all.size(); k += 7) {
                long id = all.get(k);
                var c = store.get(id).orElseThrow();
                String n = c.title().replace("Report number ", "");
                List<Long> found = search.ids(ClippingFilter.ALL.withQuery("token" + n), SortOrder.NEWEST);
                if (c.tags().size() != 2 || !found.equals(List.of(id))
                        || search.count(ClippingFilter.ALL.withIds(List.of(id)).withTag("Kill")) != 1) {
                    problems.add(id + " " + c.tags() + " " + found);
                }
            }
            assertThat(problems).as("clippings missing tags, implied tags or index rows").isEmpty();
        }
    }
}
