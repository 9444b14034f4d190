package org.clipfile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clipfile.archive.Archive;
import org.clipfile.archive.ClippingStore;
import org.clipfile.testing.TestArchives;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window benchmark runs end to end on a small archive and reports every figure; no timing is judged here. */
class WindowBenchmarkTest {
    @TempDir
    Path dir;

    @Test
    void reportsEveryFigureOnASmallArchive() throws Exception {
        Path file = dir.resolve("archive.db");
        try (Archive archive = Archive.open(file)) {
            ClippingStore store = new ClippingStore(archive);
            for (int i = 0; i < 300; i++) {
                store.add(TestArchives.clipping("Trade talks round " + i, "Delegations met for trade talks, day " + i + ".",
                        "2024-0" + (1 + i % 9) + "-1" + (i % 9)));
            }
        }
        Path json = dir.resolve("bench.json");

        int status = WindowBenchmark.run(new String[] {"--archive", file.toString(), "--query", "trade", "--json", json.toString()});

        assertThat(status).isZero();
        String text = Files.readString(json, StandardCharsets.UTF_8);
        for (String figure : List.of("firstFrameMs", "firstPageMs", "worstTypingStallMs", "worstScrollStallMs",
                "heapAfterFirstPageMb", "peakHeapMb", "openedMs")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + figure + "\": (-?\\d+)").matcher(text);
            assertThat(m.find()).as(figure + " in " + text).isTrue();
            assertThat(Long.parseLong(m.group(1))).as(figure).isGreaterThanOrEqualTo(0);
        }
        assertThat(text).contains("\"rows\": 300");
    }
}
