package org.clipfile.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.clipfile.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line imports thousands of files and is killed (SIGKILL) at random moments, several
 * times. Each clipping must be wholly stored (text, tags, implied tags, index entry) or absent, and
 * running the same import again must complete it without duplicates.
 */
class KilledMidImportTest {
    static final int FILES = 2000;

    @TempDir
    Path dir;

    @Test
    void anImportKilledAtRandomMomentsLeavesWholeClippingsAndCompletesOnRerun() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("clippings"));
        for (int i = 0; i < FILES; i++) {
            Files.writeString(folder.resolve(String.format("clip-%05d.txt", i)),
                    "Title: Report number " + i + "\nTags: Kill/Import, Batch/B" + (i % 7) + "\nDate: 2023-06-"
                            + String.format("%02d", 1 + i % 28) + "\n\nThe body of report " + i + " mentions token" + i
                            + " and the Taiwan Strait.\n" + "Background paragraph. ".repeat(1 + i % 5),
                    StandardCharsets.UTF_8);
        }
        Path archive = dir.resolve("archive.db");
        Random random = new Random(20261129);
        List<String> outcomes = new ArrayList<>();
        for (int kill = 1; kill <= 4; kill++) {
            long before = Math.max(0, Invariants.count(archive, "SELECT count(*) FROM clipping"));
            Child child = Child.start(dir.resolve("logs"), "256m", Main.class, "import", "--archive", archive.toString(),
                    "--quiet", folder.toString());
            if (kill > 1) {
                // Let it commit a batch first, so the kill lands inside the import and not in JVM start-up.
                child.awaitWhileAlive(() -> Invariants.count(archive, "SELECT count(*) FROM clipping") > before, 60_000);
            }
            Thread.sleep(50 + random.nextInt(400));
            boolean killedMidWork = child.isAlive();
            child.kill();
            long after = Invariants.count(archive, "SELECT count(*) FROM clipping");
            outcomes.add("kill " + kill + ": " + (killedMidWork ? "killed" : "already done") + ", "
                    + (after < 0 ? "before the archive was set up" : after + " of " + FILES + " stored"));
            Invariants.assertSound(archive);
            assertWholeClippings(archive);
        }
        System.out.println("[fault] killed mid-import: " + outcomes);
        assertThat(outcomes).anyMatch(o -> o.contains("killed") && !o.contains(FILES + " of"));

        Child rerun = Child.start(dir.resolve("logs"), "256m", Main.class, "import", "--archive", archive.toString(),
                "--quiet", folder.toString());
        assertThat(rerun.await(120)).as(rerun.stderr()).isZero();
        assertThat(Invariants.count(archive, "SELECT count(*) FROM clipping")).isEqualTo(FILES);
        assertThat(Invariants.count(archive, "SELECT count(DISTINCT body) FROM clipping")).isEqualTo(FILES);
        Invariants.assertSound(archive);
        assertWholeClippings(archive);
    }

    /** Every stored clipping has its text, both explicit tags, their parents, and is found by its own word. */
    static void assertWholeClippings(Path archive) throws Exception {
        try (Connection c = Invariants.readOnly(archive)) {
            List<long[]> problems = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT c.id, c.title,"
                    + " (SELECT count(*) FROM clipping_tag t WHERE t.clipping_id = c.id AND t.explicit = 1),"
                    + " (SELECT count(*) FROM clipping_tag t WHERE t.clipping_id = c.id AND t.explicit = 0)"
                    + " FROM clipping c"); ResultSet rs = ps.executeQuery();
                 PreparedStatement fts = c.prepareStatement("SELECT rowid FROM clipping_fts WHERE clipping_fts MATCH ?")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String n = rs.getString(2).replace("Report number ", "");
                    fts.setString(1, "token" + n);
                    List<Long> found = new ArrayList<>();
                    try (ResultSet hit = fts.executeQuery()) {
                        while (hit.next()) {
                            found.add(hit.getLong(1));
                        }
                    }
                    if (rs.getInt(3) != 2 || rs.getInt(4) != 2 || !found.equals(List.of(id))) {
                        problems.add(new long[] {id, rs.getInt(3), rs.getInt(4), found.size()});
                    }
                }
            }
            assertThat(problems).as("clippings missing tags or index entries (id, explicit, implied, hits)").isEmpty();
        }
    }
}
