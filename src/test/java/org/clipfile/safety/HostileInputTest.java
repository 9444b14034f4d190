package org.clipfile.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clipfile.Main;
import org.clipfile.archive.Archive;
import org.clipfile.archive.ClippingStore;
import org.clipfile.archive.NewClipping;
import org.clipfile.ingest.FileImporter;
import org.clipfile.ingest.ImportReport;
import org.clipfile.search.ClippingFilter;
import org.clipfile.search.ClippingSearch;
import org.clipfile.search.SortOrder;
import org.clipfile.testing.Fuzz;
import org.clipfile.testing.TestArchives;
import org.clipfile.work.Progress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Random and adversarial input, end to end on a real archive: queries through the search, files through the importer. */
class HostileInputTest {
    private static final List<String> QUERY_PIECES = List.of("\"", "(", ")", "*", "-", ":", "^", "{", "}", " ", " ", "'",
            "OR ", "AND ", "NOT ", "NEAR(", ",", "+", "\u0000", "\uD800", "😀", "台湾", "台", "Taiwan", "strait", "tag:",
            "source:", "title:", "body:", "2023", "2023-06", "%", "_", "\\", "';DROP TABLE clipping;--", "rowid", "clipping_fts",
            "\"\"", "**", "--", "a-", "NEAR/3", "^\"", "）", "（", "　");
    private static final String HEADER = "{\"format\":\"clipfile-export\",\"version\":1,";
    /**
     * Values over the reader's limits: Jackson's constraint errors carry no location, which once
     * crashed the import. Run on their own by {@link #oversizedValuesAreRejectedWithAReason()}.
     */
    private static final java.util.Set<String> OVERSIZED = java.util.Set.of("50 MB string", "50 MB property name", "huge number");

    @TempDir
    Path dir;
    Path archiveFile;

    @BeforeEach
    void archive() {
        archiveFile = dir.resolve("archive.db");
        try (Archive archive = Archive.open(archiveFile, Archive.Options.NO_DAILY_BACKUP)) {
            List<NewClipping> batch = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                batch.add(TestArchives.clipping("Clipping " + i + (i % 2 == 0 ? " 台湾问题" : " Taiwan Strait"),
                        "Text " + i + " about the strait, 台湾海峡 and NEAR things (" + i + ")", i % 4 == 0 ? null : "2023-0" + (1 + i % 9) + "-1" + i % 10,
                        "Region/Asia/T" + (i % 5), i % 3 == 0 ? "Draft" : "Final"));
            }
            ClippingStore store = new ClippingStore(archive);
            List<Long> ids = store.addAll(batch).stream().map(r -> r.id()).toList();
            store.moveToTrash(ids.subList(0, 10));
        }
    }

    @Test
    void randomQueriesThroughTheRealSearchNeverThrow() {
        try (Archive archive = Archive.open(archiveFile, Archive.Options.NO_DAILY_BACKUP)) {
            ClippingSearch search = new ClippingSearch(archive);
            java.util.function.Consumer<String> runsCleanly = q -> {
                ClippingFilter filter = ClippingFilter.ALL.withQuery(q);
                for (ClippingFilter f : List.of(filter, filter.inTrash(true), filter.withTag("Region/Asia").withDates(
                        LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)))) {
                    for (SortOrder order : SortOrder.values()) {
                        search.page(f, order, 0, 20);
                    }
                    search.count(f);
                    search.tagTree(f);
                    search.months(f);
                }
            };
            Fuzz.check(61, 80, f -> f.anyString(40), runsCleanly);
            Fuzz.check(62, 150, f -> f.assemble(QUERY_PIECES, 14), runsCleanly);
        }
    }

    /** Hostile files the importer must reject, each with a reason, without running out of memory. */
    private Map<String, Path> hostileJsonFiles(boolean oversized) throws IOException {
        Map<String, Path> chosen = new LinkedHashMap<>();
        allHostileJsonFiles().forEach((name, file) -> {
            if (OVERSIZED.contains(name) == oversized) {
                chosen.put(name, file);
            }
        });
        return chosen;
    }

    private Map<String, Path> allHostileJsonFiles() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("hostile"));
        Map<String, Path> files = new LinkedHashMap<>();
        files.put("deep nesting", write(folder, "deep.json", HEADER + "\"clippings\":[" + "[".repeat(200_000)));
        files.put("deep nesting inside a clipping", write(folder, "deep-field.json",
                HEADER + "\"clippings\":[{\"text\":\"x\",\"tags\":" + "{\"a\":".repeat(100_000)));
        files.put("50 MB string", writeHuge(folder, "huge.json", HEADER + "\"clippings\":[{\"text\":\"", "\"}]}"));
        files.put("50 MB line in JSONL", writeHuge(folder, "huge.jsonl", "{\"text\":\"", "\"}\n"));
        files.put("50 MB property name", writeHuge(folder, "huge-name.json", "{\"", "\":1}"));
        files.put("truncated export", write(folder, "truncated.json",
                HEADER + "\"count\":2,\"clippings\":[{\"text\":\"one\",\"title\":\"One\"},{\"text\":\"tw"));
        files.put("clippings not an array", write(folder, "not-array.json", HEADER + "\"clippings\":{\"text\":\"x\"}}"));
        files.put("text is a number", write(folder, "text-number.json", HEADER + "\"clippings\":[{\"text\":5}]}"));
        files.put("tags is an object", write(folder, "tags-object.json", HEADER + "\"clippings\":[{\"text\":\"x\",\"tags\":{\"a\":1}}]}"));
        files.put("date is a number", write(folder, "date-number.json", HEADER + "\"clippings\":[{\"text\":\"x\",\"date\":12}]}"));
        files.put("impossible date", write(folder, "bad-date.json", HEADER + "\"clippings\":[{\"text\":\"x\",\"date\":\"2023-13-45\"}]}"));
        files.put("unknown format", write(folder, "other.json", "{\"format\":\"evernote-export\",\"version\":1,\"clippings\":[]}"));
        files.put("unknown version", write(folder, "v99.json", "{\"format\":\"clipfile-export\",\"version\":99,\"clippings\":[]}"));
        files.put("version as text", write(folder, "v-text.json", "{\"format\":\"clipfile-export\",\"version\":\"1\",\"clippings\":[]}"));
        files.put("top-level array", write(folder, "array.json", "[1,2,3]"));
        files.put("empty file", write(folder, "empty.json", ""));
        files.put("not UTF-8", writeBytes(folder, "latin1.jsonl", new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xE9, '"', '}'}));
        files.put("binary junk", writeBytes(folder, "junk.json", junk()));
        files.put("huge number", write(folder, "number.json", HEADER + "\"count\":" + "9".repeat(5000) + ",\"clippings\":[]}"));
        return files;
    }

    @Test
    void hostileJsonFilesAreRejectedWithAReason() throws IOException {
        assertRejectedWithAReason(hostileJsonFiles(false));
    }

    @Test
    void oversizedValuesAreRejectedWithAReason() throws IOException {
        assertRejectedWithAReason(hostileJsonFiles(true));
    }

    private void assertRejectedWithAReason(Map<String, Path> files) {
        try (Archive archive = Archive.open(archiveFile, Archive.Options.NO_DAILY_BACKUP)) {
            FileImporter importer = new FileImporter(new ClippingStore(archive));
            long before = new ClippingSearch(archive).count(ClippingFilter.ALL);
            List<String> reasons = new ArrayList<>();
            List<String> failures = new ArrayList<>();
            for (Map.Entry<String, Path> e : files.entrySet()) {
                try {
                    ImportReport report = importer.importPaths(List.of(e.getValue()), FileImporter.Options.NONE, Progress.NONE);
                    String reason = report.rejections().isEmpty() ? "" : report.rejections().get(0).reason();
                    if (report.rejections().size() != 1 || reason.isBlank() || reason.length() > 600) {
                        failures.add(e.getKey() + ": not rejected with a reason: " + report.summary());
                    }
                    reasons.add(e.getKey() + " -> " + reason);
                } catch (RuntimeException | Error x) {
                    failures.add(e.getKey() + ": " + x);
                }
            }
            System.out.println("[fault] hostile JSON rejected:\n  " + String.join("\n  ", reasons));
            assertThat(failures).isEmpty();
            assertThat(new ClippingSearch(archive).count(ClippingFilter.ALL)).isEqualTo(before);
        }
    }

    @Test
    void randomJsonIsImportedOrRejectedNeverThrown() throws IOException {
        List<String> pieces = List.of("{", "}", "[", "]", ",", ":", "\"", HEADER, "\"clippings\":[", "\"text\":", "\"tags\":",
                "\"date\":", "\"id\":", "\"addedAt\":", "\"a\"", "\"2023-06-14\"", "1", "-1", "1e999", "null", "true", "\"\\u0000\"",
                "\"\\ud800\"", "{\"text\":\"body\"}", "\"count\":3,", "\uFEFF", "\n");
        Path folder = Files.createDirectories(dir.resolve("random"));
        try (Archive archive = Archive.open(archiveFile, Archive.Options.NO_DAILY_BACKUP)) {
            FileImporter importer = new FileImporter(new ClippingStore(archive));
            int[] n = {0};
            Fuzz.check(71, 300, f -> f.nextInt(3) == 0 ? f.anyString(200) : f.assemble(pieces, 40), content -> {
                Path file = folder.resolve("r" + n[0]++ + (n[0] % 2 == 0 ? ".json" : ".jsonl"));
                try {
                    Files.write(file, content.getBytes(StandardCharsets.UTF_8)); // lone surrogates become '?'
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                assertThatCode(() -> {
                    ImportReport r = importer.importPaths(List.of(file), FileImporter.Options.NONE, Progress.NONE);
                    assertThat(r.filesRead() + r.rejections().size()).isEqualTo(1);
                    r.rejections().forEach(x -> assertThat(x.reason()).isNotBlank());
                }).doesNotThrowAnyException();
            });
        }
    }

    @Test
    void theCommandLineRejectsTheHostileFilesInA96MegabyteHeap() throws Exception {
        Map<String, Path> files = allHostileJsonFiles();
        Child cli = Child.start(dir.resolve("logs"), "96m", Main.class, "import", "--archive", archiveFile.toString(),
                dir.resolve("hostile").toString());
        int exit = cli.await(120);
        System.out.println("[fault] import in 96 MB: exit " + exit + "\n" + cli.stdout() + cli.stderr());
        assertThat(cli.stderr()).doesNotContain("OutOfMemoryError").doesNotContain("Exception in thread");
        assertThat(exit).isEqualTo(1); // 1: some files rejected
        assertThat(cli.stdout()).contains("0 clippings added").contains(files.size() + " rejected");
    }

    /** A JSONL line is capped while it is read: a 50 MB line must not need 100 MB of heap. */
    @Test
    void aHugeJsonlLineIsRejectedInA96MegabyteHeap() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("jsonl"));
        writeHuge(folder, "huge.jsonl", "{\"text\":\"", "\"}\n");
        Child cli = Child.start(dir.resolve("logs"), "96m", Main.class, "import", "--archive", archiveFile.toString(), folder.toString());
        assertThat(cli.await(60)).isEqualTo(1);
        assertThat(cli.stderr()).doesNotContain("OutOfMemoryError").contains("rejected");
    }

    private static Path write(Path folder, String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static Path writeBytes(Path folder, String name, byte[] content) throws IOException {
        return Files.write(folder.resolve(name), content);
    }

    /** prefix + 50 MB of letters + suffix, streamed so the test itself stays small. */
    private static Path writeHuge(Path folder, String name, String prefix, String suffix) throws IOException {
        Path file = folder.resolve(name);
        if (Files.exists(file)) {
            return file;
        }
        char[] chunk = "abcdefghij".repeat(100_000).toCharArray(); // 1 MB
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(prefix);
            for (int i = 0; i < 50; i++) {
                w.write(chunk);
            }
            w.write(suffix);
        }
        return file;
    }

    private static byte[] junk() {
        byte[] b = new byte[64 * 1024];
        new java.util.Random(3).nextBytes(b);
        return b;
    }

}
