package org.clipfile.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.clipfile.Main;
import org.clipfile.archive.Archive;
import org.clipfile.archive.ClippingStore;
import org.clipfile.archive.NewClipping;
import org.clipfile.archive.TagStore;
import org.clipfile.testing.TestArchives;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edits, a tag rename across thousands of clippings, and an export, each killed (SIGKILL) mid-way several times. */
class KilledMidWorkTest {
    static final int CLIPPINGS = 3000;

    @TempDir
    Path dir;

    private Path archiveOf(int n, int textRepeat) {
        Path file = dir.resolve("archive.db");
        try (Archive archive = Archive.open(file, Archive.Options.NO_DAILY_BACKUP)) {
            List<NewClipping> batch = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                batch.add(TestArchives.clipping("Clip " + i, "Original text of clip " + i + " marker r0k" + i + ". "
                        + "Filler words for the index. ".repeat(textRepeat), "2024-02-0" + (1 + i % 9), "Topic/Old/Leaf"));
            }
            new ClippingStore(archive).addAll(batch);
        }
        return file;
    }

    @Test
    void editsKilledMidWayLeaveEachClippingInOneWholeVersion() throws Exception {
        int n = 600;
        Path archive = archiveOf(n, 20);
        Random random = new Random(7);
        List<String> outcomes = new ArrayList<>();
        for (int kill = 1; kill <= 4; kill++) {
            Child worker = Child.start(dir.resolve("logs"), "128m", FaultWorker.class, "edit", archive.toString(), String.valueOf(n),
                    String.valueOf(kill * 100)); // each run's rounds are new, so a stale index entry would show
            assertThat(worker.awaitWhileAlive(() -> worker.stdout().contains("ready"), 30_000)).as(worker.stderr()).isTrue();
            Thread.sleep(100 + random.nextInt(600));
            assertThat(worker.isAlive()).as("still editing when killed: %s", worker.stderr()).isTrue();
            worker.kill();
            Invariants.assertSound(archive);
            assertOneVersionEach(archive, n);
            outcomes.add("kill " + kill + ": killed after editing " + Invariants.count(archive,
                    "SELECT count(*) FROM clipping WHERE title LIKE '% round " + kill * 100 + "'") + " of " + n + " clippings");
        }
        System.out.println("[fault] killed mid-edit: " + outcomes);
    }

    /** Title, text and index entry of each clipping come from the same edit; returns how many were edited at least once. */
    private static long assertOneVersionEach(Path archive, int n) throws Exception {
        long edited = 0;
        try (Connection c = Invariants.readOnly(archive);
             PreparedStatement rows = c.prepareStatement("SELECT id, title, body, notes FROM clipping ORDER BY id");
             PreparedStatement fts = c.prepareStatement("SELECT rowid FROM clipping_fts WHERE clipping_fts MATCH ?");
             ResultSet rs = rows.executeQuery()) {
            int seen = 0;
            while (rs.next()) {
                seen++;
                long id = rs.getLong(1);
                String title = rs.getString(2);
                int round = title.contains(" round ") ? Integer.parseInt(title.substring(title.indexOf(" round ") + 7)) : 0;
                if (round > 0) {
                    edited++;
                    assertThat(rs.getString(4)).isEqualTo("notes r" + round);
                }
                assertThat(rs.getString(3)).as("clip %d title says round %d", id, round).contains("marker r" + round + "k" + id + ".");
                assertThat(hits(fts, "r" + round + "k" + id)).as("index entry of clip %d, round %d", id, round).containsExactly(id);
                if (round > 0 && round % 100 != 0) {
                    assertThat(hits(fts, "r" + (round - 1) + "k" + id)).as("stale index entry of clip %d", id).isEmpty();
                }
                if (round >= 100) {
                    assertThat(hits(fts, "r0k" + id)).as("original index entry of clip %d left behind", id).isEmpty();
                }
            }
            assertThat(seen).isEqualTo(n);
        }
        return edited;
    }

    private static List<Long> hits(PreparedStatement fts, String word) throws Exception {
        fts.setString(1, word);
        List<Long> ids = new ArrayList<>();
        try (ResultSet rs = fts.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    @Test
    void aTagRenameKilledMidWayLeavesTheWholeTreeOnOneSide() throws Exception {
        Path archive = archiveOf(CLIPPINGS, 1);
        Random random = new Random(11);
        List<String> outcomes = new ArrayList<>();
        for (int kill = 1; kill <= 4; kill++) {
            Child worker = Child.start(dir.resolve("logs"), "128m", FaultWorker.class, "rename", archive.toString());
            assertThat(worker.awaitWhileAlive(() -> worker.stdout().contains("ready"), 30_000)).as(worker.stderr()).isTrue();
            Thread.sleep(50 + random.nextInt(500));
            assertThat(worker.isAlive()).as("still renaming when killed: %s", worker.stderr()).isTrue();
            worker.kill();
            Invariants.assertSound(archive);
            try (Archive a = Archive.open(archive, Archive.Options.NO_DAILY_BACKUP)) {
                TagStore tags = new TagStore(a);
                boolean old = tags.find(FaultWorker.RENAME_FROM + "/Leaf").isPresent();
                boolean moved = tags.find(FaultWorker.RENAME_TO + "/Leaf").isPresent();
                assertThat(old ^ moved).as("the leaf is under exactly one of the two names").isTrue();
                String leaf = (old ? FaultWorker.RENAME_FROM : FaultWorker.RENAME_TO) + "/Leaf";
                String root = leaf.substring(0, leaf.indexOf('/'));
                long carrying = Invariants.count(archive, "SELECT count(*) FROM clipping_tag ct JOIN tag t ON t.id = ct.tag_id"
                        + " WHERE ct.explicit = 1 AND t.path_key = '" + leaf.toLowerCase() + "'");
                long underRoot = Invariants.count(archive, "SELECT count(*) FROM clipping_tag ct JOIN tag t ON t.id = ct.tag_id"
                        + " WHERE ct.explicit = 0 AND t.path_key = '" + root.toLowerCase() + "'");
                assertThat(carrying).isEqualTo(CLIPPINGS);
                assertThat(underRoot).isEqualTo(CLIPPINGS);
                outcomes.add("kill " + kill + ": whole tree at " + leaf + " (" + carrying + " clippings)");
            }
        }
        System.out.println("[fault] killed mid-rename: " + outcomes);
    }

    @Test
    void anExportKilledMidWayNeverLeavesAPartialFileUnderTheTargetName() throws Exception {
        Path archive = archiveOf(CLIPPINGS, 25);
        Path outDir = Files.createDirectories(dir.resolve("out"));
        Path target = outDir.resolve("export.json");
        Random random = new Random(5);
        List<String> outcomes = new ArrayList<>();
        for (int kill = 1; kill <= 4; kill++) {
            long leftovers = partFiles(outDir);
            Child child = Child.start(dir.resolve("logs"), "128m", Main.class, "export", "--archive", archive.toString(),
                    "-o", target.toString(), "--force");
            // Wait for the temporary file: the export is then writing, and the kill lands in the middle of it.
            child.awaitWhileAlive(() -> partFiles(outDir) > leftovers, 30_000);
            Thread.sleep(random.nextInt(150));
            boolean killedMidWork = child.isAlive();
            child.kill();
            if (Files.exists(target)) {
                assertCompleteExport(target);
            }
            outcomes.add("kill " + kill + ": " + (killedMidWork ? "killed" : "already done") + ", target "
                    + (Files.exists(target) ? "complete" : "absent") + ", " + partFiles(outDir) + " hidden .part file(s) left");
            Invariants.assertSound(archive);
        }
        System.out.println("[fault] killed mid-export: " + outcomes);
        assertThat(outcomes).anyMatch(o -> o.contains("killed"));

        Child complete = Child.start(dir.resolve("logs"), "128m", Main.class, "export", "--archive", archive.toString(),
                "-o", target.toString(), "--force");
        assertThat(complete.await(60)).as(complete.stderr()).isZero();
        assertCompleteExport(target);
    }

    /**
     * Parsed here rather than with ExportReader: ExportReader (as of this commit) rejects any export
     * of two or more clippings (Jackson 3's FAIL_ON_TRAILING_TOKENS), reported to the export owner.
     */
    private static void assertCompleteExport(Path target) throws Exception {
        tools.jackson.databind.JsonNode root = tools.jackson.databind.json.JsonMapper.builder().build().readTree(target.toFile());
        assertThat(root.get("format").asString()).isEqualTo("clipfile-export");
        assertThat(root.get("count").asLong()).isEqualTo(CLIPPINGS);
        assertThat(root.get("clippings").size()).isEqualTo(CLIPPINGS);
    }

    private static long partFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".part")).count();
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
