package org.clipfile.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.clipfile.archive.Archive;
import org.clipfile.archive.ClippingStore;
import org.clipfile.archive.DateOrigin;
import org.clipfile.archive.DatePrecision;
import org.clipfile.archive.NewClipping;
import org.clipfile.archive.PublishedDate;
import org.clipfile.search.ClippingFilter;
import org.clipfile.search.ClippingSearch;
import org.clipfile.search.SearchTuning;
import org.clipfile.search.SortOrder;
import org.clipfile.work.Progress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The export's bytes are its format: the streamed, windowed export must write exactly what the
 * straightforward one did (one query in published order with a tag subquery per row, each
 * clipping through the data-binding mapper). That reference is kept here and both are compared
 * byte for byte (but for {@code exportedAt}) over an archive with shared dates, every precision,
 * undated clippings, the trash, tags differing in case, and more clippings than one window holds.
 */
class ExportOutputStabilityTest {
    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder().rootValueSeparator((String) null).build()).build();

    @TempDir
    static Path dir;
    static Archive archive;

    @BeforeAll
    static void fill() {
        archive = Archive.open(dir.resolve("a.db"));
        ClippingStore store = new ClippingStore(archive);
        Random random = new Random(42);
        String[] tags = {"China-US/Taiwan", "china-us/trade", "Blinken", "blinken fans", "中美/台湾", "Ämter", "zeta", "Alpha/beta/Gamma"};
        String[] words = {"taiwan", "trade", "balloon", "台湾问题", "vis-à-vis", "China’s", "“quoted”", "tab\there", "back\\slash", "😀"};
        List<NewClipping> batch = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            StringBuilder body = new StringBuilder("Clipping " + i + ".");
            int n = 5 + random.nextInt(i % 97 == 0 ? 4000 : 60);
            for (int w = 0; w < n; w++) {
                body.append(w % 25 == 24 ? "\n\n" : " ").append(words[random.nextInt(words.length)]);
            }
            PublishedDate date = switch (random.nextInt(10)) {
                case 0 -> null;
                case 1 -> new PublishedDate(LocalDate.of(2020 + random.nextInt(4), 1 + random.nextInt(12), 1), DatePrecision.MONTH, DateOrigin.FILE_NAME);
                case 2 -> new PublishedDate(LocalDate.of(2020 + random.nextInt(4), 1, 1), DatePrecision.YEAR, DateOrigin.USER);
                default -> PublishedDate.day(LocalDate.of(2020, 1, 1).plusDays(random.nextInt(60)), DateOrigin.values()[random.nextInt(DateOrigin.values().length)]);
            };
            List<String> its = new ArrayList<>(i % 10 == 0 ? List.of("zeta", "Beta", "alpha") : List.of());
            for (int t = random.nextInt(4); t > 0; t--) {
                its.add(tags[random.nextInt(tags.length)]);
            }
            batch.add(new NewClipping("Title " + i + (i % 7 == 0 ? " “curly”" : ""), body.toString(), i % 5 == 0 ? "note " + i : "",
                    date, i % 3 == 0 ? "Xinhua" : null, i % 4 == 0 ? "https://x.test/" + i : null, i % 6 == 0 ? "Li" : null, its, null, null));
            if (batch.size() == 500) {
                store.addAll(batch);
                batch.clear();
            }
        }
        List<Long> trash = new ArrayList<>();
        for (long id = 5; id < 3000; id += 37) {
            trash.add(id);
        }
        store.moveToTrash(trash);
    }

    @AfterAll
    static void close() {
        archive.close();
    }

    static List<ClippingFilter> filters() {
        return List.of(ClippingFilter.ALL, ClippingFilter.ALL.withTag("China-US"), ClippingFilter.ALL.withTags(List.of("Blinken", "zeta"), true),
                ClippingFilter.ALL.withQuery("taiwan -balloon"), ClippingFilter.ALL.withDates(LocalDate.of(2020, 1, 10), LocalDate.of(2021, 6, 30)),
                ClippingFilter.ALL.withUndatedOnly(true), ClippingFilter.ALL.withSource("xinhua"), ClippingFilter.ALL.withIds(List.of(900L, 3L, 17L, 2500L, 5L)),
                ClippingFilter.ALL.inTrash(true), ClippingFilter.ALL.withTag("No such tag"));
    }

    @Test
    void exportsAreByteForByteWhatTheStraightforwardExportWrote() throws Exception {
        for (ExportFormat format : ExportFormat.values()) {
            for (ClippingFilter filter : filters()) {
                assertThat(withoutTime(exported(filter, format))).as(format + " " + filter).isEqualTo(withoutTime(reference(filter, format)));
            }
        }
    }

    @Test
    void smallWindowsAndWindowsReadAgainWriteTheSameBytes() throws Exception {
        // A window of long articles overflows and is read again in smaller ones.
        SearchTuning small = SearchTuning.DEFAULT.withScanWindow(SearchTuning.DEFAULT.scanWindowMax(), 2_000);
        for (ClippingFilter filter : List.of(ClippingFilter.ALL, ClippingFilter.ALL.withTag("China-US"))) {
            assertThat(withoutTime(exported(filter, ExportFormat.JSON, new ClippingSearch(archive, small)))).as(filter.toString())
                    .isEqualTo(withoutTime(reference(filter, ExportFormat.JSON)));
        }
    }

    @Test
    void everyOrderOfTheScanIsTheOrderOfTheIds() {
        ClippingSearch search = new ClippingSearch(archive);
        for (SortOrder sort : SortOrder.values()) {
            for (ClippingFilter filter : filters()) {
                List<Long> scanned = new ArrayList<>();
                long[] announced = {-1};
                long n = search.scan(filter, sort, new ClippingSearch.Scan() {
                    @Override
                    public void begin(long total) {
                        announced[0] = total;
                    }

                    @Override
                    public void accept(org.clipfile.archive.Clipping c) {
                        scanned.add(c.id());
                    }
                });
                assertThat(scanned).as(sort + " " + filter).isEqualTo(search.ids(filter, sort));
                assertThat(n).isEqualTo(announced[0]).isEqualTo(scanned.size());
            }
        }
    }

    @Test
    void theArchiveHasWhatTheComparisonNeeds() {
        List<List<String>> tagLists = new ArrayList<>();
        long[] shared = new long[1];
        new ClippingSearch(archive).scan(ClippingFilter.ALL, SortOrder.OLDEST, new ClippingSearch.Scan() {
            String lastDate;

            @Override
            public void begin(long total) {
                assertThat(total).isGreaterThan(2048); // several windows
            }

            @Override
            public void accept(org.clipfile.archive.Clipping c) {
                tagLists.add(c.tags());
                String date = String.valueOf(c.date());
                shared[0] += date.equals(lastDate) ? 1 : 0;
                lastDate = date;
            }
        });
        // Tags whose order depends on ignoring case, and dates shared by many clippings (ids decide).
        assertThat(tagLists).anySatisfy(t -> assertThat(t.stream().sorted().toList()).isNotEqualTo(t));
        assertThat(shared[0]).isGreaterThan(1000);
    }

    @Test
    void aFailingStreamOrACancelStopsTheExportAndItsWriterThread() throws Exception {
        java.io.OutputStream failing = new java.io.OutputStream() {
            long bytes;

            @Override
            public void write(int b) throws java.io.IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws java.io.IOException {
                bytes += len;
                if (bytes > 200_000) {
                    throw new java.io.IOException("disk full");
                }
            }
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ExportWriter(archive).write(ClippingFilter.ALL, ExportFormat.JSON, failing, Progress.NONE))
                .isInstanceOf(java.io.IOException.class).hasMessage("disk full");
        assertThat(writerThreads()).isZero();

        Progress cancelLater = new Progress() {
            int asked;

            @Override
            public void update(long done, long total, String detail) {
            }

            @Override
            public boolean isCancelled() {
                return ++asked > 1000;
            }
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ExportWriter(archive).write(ClippingFilter.ALL, ExportFormat.JSONL,
                new ByteArrayOutputStream(), cancelLater)).isInstanceOf(org.clipfile.work.CancelledException.class);
        assertThat(writerThreads()).isZero();
    }

    private static long writerThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("export-writer") && t.isAlive()).count();
    }

    private static String exported(ClippingFilter filter, ExportFormat format) throws Exception {
        return exported(filter, format, new ClippingSearch(archive));
    }

    private static String exported(ClippingFilter filter, ExportFormat format, ClippingSearch search) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExportWriter(search).write(filter, format, out, Progress.NONE);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String withoutTime(String json) {
        return json.replaceFirst("\"exportedAt\":\"[^\"]*\"", "\"exportedAt\":\"\"");
    }

    /** The export as it was written before it was made fast: the reference for its bytes. */
    private static String reference(ClippingFilter filter, ExportFormat format) throws Exception {
        List<Long> ids = new ClippingSearch(archive).ids(filter, SortOrder.OLDEST);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = MAPPER.createGenerator(out, JsonEncoding.UTF8)) {
            if (format == ExportFormat.JSON) {
                g.writeStartObject();
                g.writeStringProperty("format", ExportFormat.FORMAT_NAME);
                g.writeNumberProperty("version", ExportFormat.VERSION);
                g.writeStringProperty("exportedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
                g.writeName("filter");
                MAPPER.writeValue(g, filter.describe());
                g.writeNumberProperty("count", ids.size());
                g.writeName("clippings");
                g.writeStartArray();
            }
            archive.read(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT " + ClippingStore.COLUMNS
                        + ", (SELECT group_concat(t.path, char(10)) FROM clipping_tag ct JOIN tag t ON t.id = ct.tag_id"
                        + " WHERE ct.clipping_id = c.id AND ct.explicit = 1) FROM clipping c WHERE c.id = ?")) {
                    for (long id : ids) {
                        ps.setLong(1, id);
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                            String joined = rs.getString(17);
                            List<String> tagList = new ArrayList<>();
                            if (joined != null) {
                                tagList.addAll(List.of(joined.split("\n")));
                                tagList.sort(String.CASE_INSENSITIVE_ORDER);
                            }
                            MAPPER.writeValue(g, ExportedClipping.of(ClippingStore.read(rs, tagList)));
                            if (format == ExportFormat.JSONL) {
                                g.writeRaw('\n');
                            }
                        }
                    }
                }
                return null;
            });
            if (format == ExportFormat.JSON) {
                g.writeEndArray();
                g.writeEndObject();
                g.writeRaw('\n');
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
