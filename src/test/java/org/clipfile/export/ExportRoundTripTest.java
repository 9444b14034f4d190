package org.clipfile.export;

import org.clipfile.testing.PostgresExtension;
import org.clipfile.testing.PostgresServer;
import org.clipfile.testing.TestEngine;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clipfile.archive.Archive;
import org.clipfile.archive.Clipping;
import org.clipfile.archive.ClippingStore;
import org.clipfile.archive.DateOrigin;
import org.clipfile.archive.DatePrecision;
import org.clipfile.archive.NewClipping;
import org.clipfile.archive.PublishedDate;
import org.clipfile.ingest.FileImporter;
import org.clipfile.ingest.ImportReport;
import org.clipfile.search.ClippingFilter;
import org.clipfile.search.ClippingSearch;
import org.clipfile.search.SortOrder;
import org.clipfile.work.CancelledException;
import org.clipfile.work.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ParameterizedClass
@EnumSource(TestEngine.class)
@ExtendWith(PostgresExtension.class)
class ExportRoundTripTest {
    @Parameter
    TestEngine engine;
    @TempDir
    Path dir;

    static Schema schema() throws Exception {
        try (InputStream in = ExportFormat.class.getResourceAsStream(ExportFormat.SCHEMA_RESOURCE)) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
    }

    PostgresServer server;

    @org.junit.jupiter.api.BeforeEach
    void server(PostgresServer pg) {
        server = pg;
    }

    /** A new archive: the file on SQLite, a fresh database on the test server. */
    Archive fresh(Path file) {
        return engine == TestEngine.SQLITE ? Archive.open(file) : Archive.open(server.newDatabase(), Archive.Options.NO_DAILY_BACKUP);
    }

    Archive filled(Path file) {
        Archive a = fresh(file);
        ClippingStore store = new ClippingStore(a);
        store.add(new NewClipping("Qin and Blinken call", "China’s minister said “new difficulties”.\n\nSecond paragraph.",
                "a note", PublishedDate.day(LocalDate.of(2023, 6, 14), DateOrigin.HEADER), "Xinhua", "https://x.test/1", "Li",
                List.of("China-US/Taiwan", "Blinken"), null, null));
        store.add(new NewClipping("Month only", "Text with a month date.", "", new PublishedDate(LocalDate.of(2023, 7, 1),
                DatePrecision.MONTH, DateOrigin.FILE_NAME), null, null, null, List.of("China-US"), null, null));
        store.add(new NewClipping("Year only", "Text with a year.", "", new PublishedDate(LocalDate.of(2022, 1, 1),
                DatePrecision.YEAR, DateOrigin.USER), null, null, null, List.of(), null, null));
        store.add(new NewClipping("王毅会见布林肯", "台湾问题是中国核心利益中的核心。", "", null, null, null, null, List.of("中美/台湾"), null, null));
        long trashed = store.add(NewClipping.of("Trashed", "in the trash", null)).id();
        store.moveToTrash(List.of(trashed));
        return a;
    }

    static List<Clipping> all(Archive a) {
        List<Clipping> out = new ArrayList<>();
        new ClippingSearch(a).scan(ClippingFilter.ALL, SortOrder.OLDEST, new ClippingSearch.Scan() {
            @Override
            public void begin(long total) {
            }

            @Override
            public void accept(Clipping c) {
                out.add(c);
            }
        });
        return out;
    }

    /** What must survive a round trip: everything but the time it was last edited. */
    static List<String> essence(List<Clipping> clippings) {
        return clippings.stream().map(c -> String.join("|", String.valueOf(c.id()), c.title(), c.text(), c.notes(),
                String.valueOf(c.date()), String.valueOf(c.source()), String.valueOf(c.url()), String.valueOf(c.author()),
                c.tags().toString(), c.addedAt().toString(), c.contentHash())).toList();
    }

    @Test
    void exportValidatesAgainstTheShippedSchemaAndSkipsTheTrash() throws Exception {
        try (Archive a = filled(dir.resolve("a.db"))) {
            Path out = dir.resolve("out.json");
            ExportWriter.Result r = new ExportWriter(a).export(ClippingFilter.ALL, ExportFormat.JSON, out, false, Progress.NONE);
            assertThat(r.count()).isEqualTo(4);
            String json = Files.readString(out, StandardCharsets.UTF_8);
            List<Error> errors = schema().validate(json, InputFormat.JSON);
            assertThat(errors).isEmpty();
            JsonNode root = JsonMapper.builder().build().readTree(json);
            assertThat(root.get("format").asString()).isEqualTo("clipfile-export");
            assertThat(root.get("version").asInt()).isEqualTo(2);
            assertThat(root.get("count").asInt()).isEqualTo(4);
            assertThat(root.get("clippings").get(0).get("date").asString()).isEqualTo("2022");
            assertThat(root.get("clippings").get(1).get("date").asString()).isEqualTo("2023-06-14");
            assertThat(root.get("clippings").get(2).get("date").asString()).isEqualTo("2023-07");
            assertThat(root.get("clippings").get(3).get("date").isNull()).isTrue();
            assertThat(json).doesNotContain("in the trash");
        }
    }

    @Test
    void schemaRejectsABrokenExport() throws Exception {
        String bad = "{\"format\":\"clipfile-export\",\"version\":1,\"exportedAt\":\"2026-01-01T00:00:00Z\",\"filter\":{},"
                + "\"count\":1,\"clippings\":[{\"id\":1,\"title\":\"t\",\"date\":\"14/06/2023\"}]}";
        assertThat(schema().validate(bad, InputFormat.JSON)).isNotEmpty();
    }

    @Test
    void jsonAndJsonlRoundTripLosslesslyIntoAnEmptyArchive() throws Exception {
        for (ExportFormat format : ExportFormat.values()) {
            Path out = dir.resolve("export-" + format + (format == ExportFormat.JSONL ? ".jsonl" : ".json"));
            List<String> before;
            try (Archive a = filled(dir.resolve("source-" + format + ".db"))) {
                new ExportWriter(a).export(ClippingFilter.ALL, format, out, false, Progress.NONE);
                before = essence(all(a));
            }
            try (Archive b = fresh(dir.resolve("restored-" + format + ".db"))) {
                ImportReport report = new FileImporter(new ClippingStore(b)).importPaths(List.of(out), FileImporter.Options.NONE, Progress.NONE);
                assertThat(report.rejections()).isEmpty();
                assertThat(report.added()).isEqualTo(4);
                assertThat(essence(all(b))).isEqualTo(before);
                Path again = dir.resolve("again-" + format + ".json");
                new ExportWriter(b).export(ClippingFilter.ALL, ExportFormat.JSON, again, false, Progress.NONE);
                assertThat(schema().validate(Files.readString(again), InputFormat.JSON)).isEmpty();
            }
        }
    }

    @Test
    void filteredAndSelectedExports() throws Exception {
        try (Archive a = filled(dir.resolve("a.db"))) {
            Path out = dir.resolve("taiwan.jsonl");
            var r = new ExportWriter(a).export(ClippingFilter.ALL.withTag("China-US"), ExportFormat.JSONL, out, false, Progress.NONE);
            assertThat(r.count()).isEqualTo(2);
            assertThat(Files.readAllLines(out)).hasSize(2).allSatisfy(l -> assertThat(l).startsWith("{\"id\":"));
            for (String line : Files.readAllLines(out)) {
                JsonNode node = JsonMapper.builder().build().readTree(line);
                assertThat(schema().validate(node.toString(), InputFormat.JSON)).isNotEmpty(); // a line is a clipping, not an envelope
            }
        }
    }

    @Test
    void neverOverwritesUnlessAskedAndNeverLeavesAPartialFile() throws Exception {
        try (Archive a = filled(dir.resolve("a.db"))) {
            Path out = dir.resolve("out.json");
            Files.writeString(out, "precious");
            ExportWriter writer = new ExportWriter(a);
            assertThatThrownBy(() -> writer.export(ClippingFilter.ALL, ExportFormat.JSON, out, false, Progress.NONE))
                    .isInstanceOf(FileAlreadyExistsException.class);
            assertThat(Files.readString(out)).isEqualTo("precious");
            Progress cancelAtOnce = new Progress() {
                @Override
                public void update(long done, long total, String detail) {
                }

                @Override
                public boolean isCancelled() {
                    return true;
                }
            };
            assertThatThrownBy(() -> writer.export(ClippingFilter.ALL, ExportFormat.JSON, out, true, cancelAtOnce))
                    .isInstanceOf(CancelledException.class);
            assertThat(Files.readString(out)).isEqualTo("precious");
            try (var files = Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
            }
            writer.export(ClippingFilter.ALL, ExportFormat.JSON, out, true, Progress.NONE);
            assertThat(Files.readString(out)).startsWith("{\"format\":\"clipfile-export\"");
        }
    }

    @Test
    void aVersionOneExportStillImports() throws Exception {
        Path old = dir.resolve("v1.json");
        Files.writeString(old, "{\"format\":\"clipfile-export\",\"version\":1,\"exportedAt\":\"2026-11-29T05:00:00Z\",\"filter\":{},"
                + "\"count\":1,\"clippings\":[{\"id\":4,\"title\":\"Old\",\"date\":\"2023-06\",\"dateSource\":\"header\","
                + "\"source\":null,\"url\":null,\"author\":null,\"tags\":[\"China-US\"],\"text\":\"An export of version one.\","
                + "\"notes\":\"\",\"addedAt\":\"2026-11-29T04:59:12.345Z\",\"contentHash\":\"x\"}]}");
        try (Archive a = fresh(dir.resolve("v1.db"))) {
            ImportReport report = new FileImporter(new ClippingStore(a)).importPaths(List.of(old), FileImporter.Options.NONE, Progress.NONE);
            assertThat(report.added()).isEqualTo(1);
            var stored = new ClippingStore(a).get(4L).orElseThrow();
            assertThat(stored.title()).isEqualTo("Old");
            assertThat(stored.tags()).containsExactly("China-US");
            // Added by whoever imports it: no one in a file, the login on a team archive.
            assertThat(stored.addedBy()).isEqualTo(engine == TestEngine.SQLITE ? null : PostgresServer.SUPERUSER);
        }
    }

    @Test
    void unknownFormatsAndVersionsAreRefusedWithAReason() throws Exception {
        Path other = dir.resolve("other.json");
        Files.writeString(other, "{\"format\":\"something-else\",\"clippings\":[]}");
        Path newer = dir.resolve("newer.json");
        Files.writeString(newer, "{\"format\":\"clipfile-export\",\"version\":3,\"clippings\":[{\"text\":\"x\"}]}");
        Path truncated = dir.resolve("cut.json");
        Files.writeString(truncated, "{\"format\":\"clipfile-export\",\"version\":1,\"count\":2,\"clippings\":[{\"title\":\"a\",\"text\":\"aaa\"},");
        Path deep = dir.resolve("deep.json");
        Files.writeString(deep, "{\"format\":\"clipfile-export\",\"version\":1,\"extra\":" + "[".repeat(5000) + "\"clippings\":[]}");
        try (Archive a = fresh(dir.resolve("a.db"))) {
            ImportReport report = new FileImporter(new ClippingStore(a))
                    .importPaths(List.of(other, newer, truncated, deep), FileImporter.Options.NONE, Progress.NONE);
            assertThat(report.added()).isZero();
            assertThat(report.rejections()).hasSize(4);
            assertThat(report.rejections().get(0).reason()).contains("something-else");
            assertThat(report.rejections().get(1).reason()).contains("version 3").contains("reads versions 1 to 2");
            assertThat(report.rejections().get(2).reason()).contains("broken JSON");
            assertThat(report.rejections().get(3).reason()).contains("nested deeper than 32 levels");
        }
    }
}
