package org.clipfile.ingest;

import org.clipfile.testing.PostgresExtension;
import org.clipfile.testing.PostgresServer;
import org.clipfile.testing.TestEngine;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clipfile.archive.Archive;
import org.clipfile.archive.Clipping;
import org.clipfile.archive.ClippingStore;
import org.clipfile.archive.DateOrigin;
import org.clipfile.archive.PublishedDate;
import org.clipfile.cli.ClipfileCommand;
import org.clipfile.export.ExportFormat;
import org.clipfile.export.ExportWriter;
import org.clipfile.search.ClippingFilter;
import org.clipfile.testing.TestArchives;
import org.clipfile.work.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing every kind of file an analyst brings, through {@link FileImporter}, into a real archive. */
@ParameterizedClass
@EnumSource(TestEngine.class)
@ExtendWith(PostgresExtension.class)
class CaptureImportTest {
    @Parameter
    TestEngine engine;

    @TempDir
    Path dir;

    private Archive archive;
    private ClippingStore store;
    private FileImporter importer;

    @BeforeEach
    void open(PostgresServer server) {
        archive = engine.open(dir, server);
        store = new ClippingStore(archive);
        importer = new FileImporter(store);
    }

    @AfterEach
    void close() {
        archive.close();
    }

    private Path fixture(String name) throws IOException {
        Path target = dir.resolve("in").resolve(name);
        Files.createDirectories(target.getParent());
        Files.write(target, HtmlClippingParserTest.bytes(name));
        return target;
    }

    private ImportReport importAll(Path... paths) {
        return importer.importPaths(List.of(paths), FileImporter.Options.NONE, Progress.NONE);
    }

    private List<Clipping> added(ImportReport report) {
        return report.addedIds().stream().map(id -> store.get(id).orElseThrow()).toList();
    }

    private Map<String, Clipping> byTitle(ImportReport report) {
        return added(report).stream().collect(Collectors.toMap(Clipping::title, Function.identity()));
    }

    private static PublishedDate day(String iso, DateOrigin origin) {
        return PublishedDate.day(LocalDate.parse(iso), origin);
    }

    @Test
    void savedPagesOfEveryKind() throws IOException {
        ImportReport report = importAll(fixture("pages/wire-service.html"), fixture("pages/xinhua-gb18030.html"),
                fixture("pages/wire-service.mhtml"), fixture("pages/xinhua-ie.mht"));
        assertThat(report.rejections()).isEmpty();
        // the .mhtml and .mht hold the same pages: stored once each
        assertThat(report.added()).isEqualTo(2);
        assertThat(report.duplicates()).isEqualTo(2);
        Map<String, Clipping> clippings = byTitle(report);

        Clipping wire = clippings.get("China's Qin tells Blinken to respect Beijing's core concerns");
        assertThat(wire.date()).isEqualTo(day("2023-06-14", DateOrigin.METADATA));
        assertThat(wire.source()).isEqualTo("Wire News");
        assertThat(wire.url()).isEqualTo("https://www.wirenews.example/world/china/china-us-talks-call-qin-blinken-2023-06-14/");
        assertThat(wire.author()).isEqualTo("Jane Doe");
        assertThat(wire.text()).startsWith("BEIJING, June 14 (Wire News) -").doesNotContain("cookies");

        Clipping xinhua = clippings.get("秦刚同美国国务卿布林肯通电话");
        assertThat(xinhua.date()).isEqualTo(day("2023-06-14", DateOrigin.TEXT));
        assertThat(xinhua.source()).isEqualTo("新华网");
        assertThat(xinhua.text()).startsWith("新华社北京6月14日电");
        assertThat(report.notes()).extracting(ImportReport.Note::message).contains("read as GB18030 (declared in the file (gb2312))");
    }

    @Test
    void completePageFolderSkipsItsAssets() throws IOException {
        Path folder = dir.resolve("saved");
        Files.createDirectories(folder.resolve("Talks_files"));
        Files.write(folder.resolve("Talks.html"), HtmlClippingParserTest.bytes("pages/blog-post.html"));
        Files.writeString(folder.resolve("Talks_files/frame.html"), "<html><body><p>An advert frame with words in it.</p></body></html>");
        Files.writeString(folder.resolve("Talks_files/style.css"), "p{}");
        Files.write(folder.resolve("Talks_files/logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
        // a folder that only happens to end in _files is not a page's assets
        Files.createDirectories(folder.resolve("case_files"));
        Files.writeString(folder.resolve("case_files/note.txt"), "A note kept in a case folder.");

        ImportReport report = importAll(folder);
        assertThat(report.rejections()).isEmpty();
        assertThat(report.added()).isEqualTo(2);
        assertThat(report.skipped()).isEqualTo(3);
        assertThat(added(report)).extracting(Clipping::title)
                .containsExactlyInAnyOrder("Reading the Tea Leaves in Beijing’s Latest White Paper", "A note kept in a case folder");
    }

    @Test
    void markdownExportsWithFrontMatter() throws IOException {
        ImportReport report = importAll(fixture("exports/obsidian-web-clipper.md"), fixture("exports/joplin-export.md"));
        assertThat(report.rejections()).isEmpty();
        Map<String, Clipping> clippings = byTitle(report);

        Clipping obsidian = clippings.get("Japan's exports rise for a third month as chip demand recovers");
        assertThat(obsidian.date()).isEqualTo(day("2023-06-14", DateOrigin.METADATA));
        assertThat(obsidian.url()).isEqualTo("https://www.tokyoledger.example/business/2023/06/14/japan-exports-may/");
        assertThat(obsidian.source()).isEqualTo("Tokyo Ledger"); // the dateline's agency beats the web address
        assertThat(obsidian.author()).isEqualTo("Kenji Sato");
        assertThat(obsidian.tags()).containsExactlyInAnyOrder("clippings", "japan/trade");
        assertThat(obsidian.text()).startsWith("TOKYO (Tokyo Ledger) — Japan's exports").doesNotContain("---", "created");

        Clipping joplin = clippings.get("EU agrees to tighten rules on critical mineral supply");
        assertThat(joplin.date()).as("created/updated are not publication dates").isNull();
        assertThat(joplin.url()).isEqualTo("https://eunews.example.eu/policy/critical-raw-materials-deal");
        assertThat(joplin.source()).isEqualTo("eunews.example.eu");
        assertThat(joplin.author()).isEqualTo("Anne Dubois");
        assertThat(joplin.tags()).containsExactlyInAnyOrder("eu", "minerals");
        assertThat(joplin.text()).startsWith("BRUSSELS — European Union governments");
    }

    @Test
    void newsApiJson() throws IOException {
        Path file = fixture("exports/newsapi-everything.json");
        ImportReport report = importAll(file);
        assertThat(report.added()).isEqualTo(2);
        assertThat(report.rejections()).isEmpty(); // the file is read; its one bad record is skipped and named
        assertThat(report.filesRead()).isEqualTo(1);
        Map<String, Clipping> clippings = byTitle(report);
        Clipping wire = clippings.get("China's Qin tells Blinken to respect Beijing's core concerns");
        assertThat(wire.date()).isEqualTo(day("2023-06-14", DateOrigin.METADATA));
        assertThat(wire.source()).isEqualTo("Wire News");
        assertThat(wire.author()).isEqualTo("Jane Doe");
        assertThat(wire.url()).isEqualTo("https://www.wirenews.example/world/china/china-us-talks-call-qin-blinken-2023-06-14/");
        assertThat(wire.text()).startsWith("BEIJING, June 14 (Wire News) - Chinese Foreign Minister");
        assertThat(wire.notes()).isEqualTo("Dateline: BEIJING (Wire News)");

        Clipping japan = clippings.get("Japan's exports rise for a third month");
        assertThat(japan.date()).as("08:50 in Tokyo is the 13th in UTC; the local date is kept")
                .isEqualTo(day("2023-06-14", DateOrigin.METADATA));
        assertThat(japan.source()).isEqualTo("Tokyo Ledger");
        assertThat(japan.author()).isNull();
        assertThat(japan.text()).as("HTML in the content field is rendered")
                .isEqualTo("Japan's exports rose for a third straight month in May.\n\nImports fell 9.9%.");

        assertThat(report.notes()).extracting(ImportReport.Note::message).containsExactly(
                "read as another tool's JSON: mapped text ← content, title ← title, url ← url, source ← source.name, "
                        + "author ← author, date ← publishedAt; ignored description, status, totalResults, urlToImage",
                "1 record skipped: articles 3: no text (looked for text, body, content, articleBody, summary, description)");
    }

    @Test
    void jsonWithNoReadableRecordIsRejectedWhole() throws IOException {
        Path file = dir.resolve("none.json");
        Files.writeString(file, "[{\"title\": \"a\"}, {\"title\": \"b\", \"tags\": [\"ok\"]}]");
        ImportReport report = importAll(file);
        assertThat(report.filesRead()).isZero();
        assertThat(report.rejections()).singleElement().satisfies(r -> assertThat(r.reason())
                .startsWith("no article could be read: record 1: no text").contains("; record 2: no text"));
    }

    @Test
    void aHugeJsonLinesLineIsRefusedBeforeItFillsTheMemory() throws IOException {
        Path file = dir.resolve("huge.jsonl");
        try (var out = Files.newBufferedWriter(file)) {
            out.write("{\"text\":\"");
            char[] chunk = new char[1 << 16];
            java.util.Arrays.fill(chunk, 'x');
            for (int written = 0; written <= ForeignJsonReader.MAX_LINE_CHARS; written += chunk.length) {
                out.write(chunk);
            }
            out.write("\"}\n");
        }
        ImportReport report = importAll(file);
        assertThat(report.rejections()).singleElement().satisfies(r -> assertThat(r.reason())
                .isEqualTo("cannot be read as articles: line 1 is longer than 8 MB, which no article is"));
    }

    @Test
    void jsonLinesWithOtherFieldNames() throws IOException {
        ImportReport report = importAll(fixture("exports/feed-items.jsonl"));
        assertThat(report.rejections()).isEmpty();
        Map<String, Clipping> clippings = byTitle(report);
        Clipping seawall = clippings.get("Harbor Town votes to rebuild its seawall");
        assertThat(seawall.date()).isEqualTo(day("2023-06-14", DateOrigin.METADATA)); // RFC 1123 pubDate, local date
        assertThat(seawall.source()).isEqualTo("The Daily Chronicle");
        assertThat(seawall.url()).isEqualTo("https://www.dailychronicle.example/2023/06/14/us/harbor-town-seawall-vote.html");
        assertThat(seawall.tags()).containsExactlyInAnyOrder("climate", "maine");
        assertThat(seawall.text()).isEqualTo("HARBOR TOWN, Maine — Residents approved a plan to build a taller seawall.\n\n"
                + "Construction could begin next spring.");

        assertThat(clippings.get("EU agrees mineral supply rules").date()).isEqualTo(day("2023-06-14", DateOrigin.METADATA));
        Clipping ambiguous = clippings.get("Undated piece with an ambiguous date");
        assertThat(ambiguous.date()).as("03/04/2023 could be March or April").isNull();
        assertThat(ambiguous.notes()).isEqualTo("Unrecognised date: 03/04/2023");
        assertThat(report.notes()).singleElement().satisfies(n -> assertThat(n.message())
                .contains("title ← headline", "text ← body", "date ← pubDate", "url ← link", "source ← publisher",
                        "tags ← keywords", "text ← text", "text ← content").endsWith("; ignored id"));
    }

    @Test
    void legacyEncodingsAreReadAndUnsureOnesAreAskedAbout() throws Exception {
        ImportReport report = importAll(fixture("encodings/windows-1252.txt"), fixture("encodings/gb18030.txt"),
                fixture("encodings/big5.txt"), fixture("encodings/shift_jis.txt"), fixture("encodings/utf16le-bom.txt"),
                fixture("encodings/utf16be-bom.txt"), fixture("encodings/utf8-bom.txt"), fixture("encodings/ambiguous-short.txt"));
        assertThat(report.added()).isEqualTo(5); // the three UTF files hold the same text
        assertThat(report.duplicates()).isEqualTo(2);
        assertThat(added(report)).extracting(Clipping::title).contains("Café culture returns to Zürich’s old town",
                "国家统计局：5月份国民经济保持恢复态势", "立法會通過新修訂條例", "日本の輸出、３か月連続で増加",
                "Oil prices steady as OPEC+ holds output");
        assertThat(byTitle(report).get("日本の輸出、３か月連続で増加").date()).isEqualTo(day("2023-06-14", DateOrigin.HEADER));

        Path unsure = dir.resolve("in/encodings/ambiguous-short.txt");
        assertThat(report.rejections()).singleElement().satisfies(r -> {
            assertThat(r.file()).isEqualTo(unsure);
            assertThat(r.reason()).startsWith("encoding unsure (looks like GB18030").endsWith("); re-run with --encoding GB18030");
        });
        assertThat(report.unsureEncodings()).singleElement().satisfies(u -> {
            assertThat(u.file()).isEqualTo(unsure);
            assertThat(u.guess().candidates()).extracting(EncodingGuess.Candidate::preview).contains("价格 2023", "歎跡 2023");
        });
        assertThat(report.rejectionsOtherThanEncoding()).isEmpty();
        assertThat(report.summary()).contains("1 needs an encoding chosen");

        // The window asks, showing each reading as the clipping it would become ...
        assertThat(importer.preview(unsure, Charset.forName("GB18030")).text()).isEqualTo("价格 2023");
        assertThat(importer.preview(unsure, Charset.forName("Big5")).text()).isEqualTo("歎跡 2023");
        // ... the analyst picks Big5 (say) and the file is imported again with it.
        ImportReport again = importer.importPaths(List.of(unsure),
                FileImporter.Options.NONE.withEncoding(Charset.forName("Big5")), Progress.NONE);
        assertThat(again.rejections()).isEmpty();
        assertThat(added(again)).singleElement().satisfies(c -> assertThat(c.text()).isEqualTo("歎跡 2023"));
    }

    @Test
    void forcedEncodingNeverRereadsUtf8() throws IOException {
        ImportReport report = importer.importPaths(List.of(fixture("encodings/utf8.txt"), fixture("encodings/gb18030.txt")),
                new FileImporter.Options(List.of(), Charset.forName("GB18030")), Progress.NONE);
        assertThat(report.rejections()).isEmpty();
        assertThat(added(report)).extracting(Clipping::title)
                .containsExactlyInAnyOrder("Oil prices steady as OPEC+ holds output", "国家统计局：5月份国民经济保持恢复态势");
    }

    @Test
    void badFilesAreNamedAndGoodOnesStillGoInAndNothingStoredChanges() throws IOException {
        Clipping before = added(importAll(fixture("pages/blog-post.html"))).get(0);

        Path in = dir.resolve("mixed");
        Files.createDirectories(in);
        Files.write(in.resolve("binary.html"), HtmlClippingParserTest.bytes("encodings/binary.txt"));
        Files.writeString(in.resolve("empty.md"), "");
        Files.writeString(in.resolve("nav-only.htm"), "<html><body><nav><a href='/'>Home</a></nav></body></html>");
        Files.write(in.resolve("broken.json"), HtmlClippingParserTest.bytes("exports/broken.json"));
        Files.writeString(in.resolve("not-mime.mhtml"), "just some text, not a saved page");
        Files.writeString(in.resolve("numbers.json"), "[1, 2, 3]");
        try (var out = Files.newOutputStream(in.resolve("huge.html"))) {
            byte[] chunk = "<p>padding padding padding padding</p>\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written <= FileImporter.MAX_HTML_FILE_BYTES; written += chunk.length) {
                out.write(chunk);
            }
        }
        Files.write(in.resolve("good.html"), HtmlClippingParserTest.bytes("pages/newspaper-paywall.html"));
        Files.write(in.resolve("again.html"), HtmlClippingParserTest.bytes("pages/blog-post.html"));

        ImportReport report = importAll(in, dir.resolve("missing.html"));
        Map<String, String> reasons = report.rejections().stream()
                .collect(Collectors.toMap(r -> r.file().getFileName().toString(), ImportReport.Rejection::reason));
        assertThat(reasons).containsOnlyKeys("binary.html", "empty.md", "nav-only.htm", "broken.json", "not-mime.mhtml",
                "numbers.json", "huge.html", "missing.html");
        assertThat(reasons.get("binary.html")).isEqualTo("a binary file, not text");
        assertThat(reasons.get("empty.md")).isEqualTo("empty file");
        assertThat(reasons.get("nav-only.htm")).isEqualTo("No article text was found in the page.");
        assertThat(reasons.get("broken.json")).startsWith("cannot be read as articles: broken JSON at line 1");
        assertThat(reasons.get("not-mime.mhtml")).startsWith("not an MHTML page");
        assertThat(reasons.get("numbers.json")).isEqualTo("cannot be read as articles: the JSON is a list of values, not of article objects");
        assertThat(reasons.get("huge.html")).startsWith("too large for a clipping").contains("the limit for .html files is 20 MB");
        assertThat(reasons.get("missing.html")).isEqualTo("no such file or folder");

        assertThat(report.added()).isEqualTo(1);
        assertThat(report.duplicates()).isEqualTo(1);
        assertThat(report.touchedIds()).contains(before.id());
        assertThat(store.get(before.id())).contains(before);
    }

    /** Hostile files of every type: each is imported or rejected with a reason, and nothing escapes. */
    @Test
    void anyFileIsImportedOrRejectedWithAReason() throws IOException {
        Path in = dir.resolve("hostile");
        Files.createDirectories(in);
        List<String> pieces = List.of("<html>", "<p>", "</p>", "<article>", "{\"title\":", "\"text\":\"x\"", "[", "]", "{", "}",
                "\n", "---\n", "title: t\n", "Content-Type: multipart/related; boundary=\"b\"\r\n\r\n", "--b\r\n",
                "Content-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n", "=E4=BD", "=\r\n",
                "<meta charset=\"big5\">", "\u4ef7\u683c", "caf\u00e9", "BEIJING (Reuters) - ", "\"clipfile-export\"");
        String[] extensions = {"html", "htm", "mhtml", "json", "jsonl", "md", "txt"};
        List<String> names = new java.util.ArrayList<>();
        org.clipfile.testing.Fuzz.check(99L, 70, f -> f.nextInt(extensions.length) + ":" + f.assemble(pieces, 30), input -> {
            int colon = input.indexOf(':');
            String name = "f" + names.size() + "." + extensions[Integer.parseInt(input.substring(0, colon))];
            names.add(name);
            String content = input.substring(colon + 1);
            // some as UTF-8, some as raw 8-bit bytes, so legacy-looking bytes are tried too
            byte[] bytes = names.size() % 2 == 0 ? content.getBytes(StandardCharsets.UTF_8) : content.getBytes(StandardCharsets.ISO_8859_1);
            try {
                Files.write(in.resolve(name), bytes);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        ImportReport report = importAll(in);
        assertThat(report.rejections()).allSatisfy(r -> assertThat(r.reason()).isNotBlank().doesNotContain("Exception"));
        java.util.Set<Path> rejected = report.rejections().stream().map(ImportReport.Rejection::file).collect(Collectors.toSet());
        assertThat(report.filesRead() + rejected.size()).as("every file read or rejected")
                .isGreaterThanOrEqualTo(names.size());
    }

    /** JSON Lines here; the JSON document's round trip is tested in export's own tests on main. */
    @Test
    void clipfileExportsKeepTheirExactRoundTrip() throws IOException {
        ImportReport first = importAll(fixture("pages/wire-service.html"), fixture("exports/obsidian-web-clipper.md"));
        List<Clipping> originals = added(first);
        Path export = dir.resolve("export.jsonl");
        new ExportWriter(archive).export(ClippingFilter.ALL, ExportFormat.JSONL, export, false, Progress.NONE);

        try (Archive other = Archive.open(dir.resolve("other.db"))) {
            ClippingStore otherStore = new ClippingStore(other);
            ImportReport report = new FileImporter(otherStore).importPaths(List.of(export), FileImporter.Options.NONE, Progress.NONE);
            assertThat(report.rejections()).isEmpty();
            assertThat(report.notes()).isEmpty(); // not read as another tool's JSON
            for (Clipping original : originals) {
                Clipping copy = otherStore.get(original.id()).orElseThrow();
                // Who added it is the importer's business (none in a file): copy, not import, keeps the names.
                assertThat(copy).usingRecursiveComparison().ignoringFields("updatedAt", "addedBy", "changedBy").isEqualTo(original);
            }
        }
    }

    @Test
    void commandLineNamesTheUnsureEncodingAndTakesEncoding() throws IOException {
        Path unsure = fixture("encodings/ambiguous-short.txt");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String db = dir.resolve("cli.db").toString();
        int code = ClipfileCommand.run(new String[] {"--archive", db, "import", unsure.toString()},
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("encoding unsure (looks like GB18030", "re-run with --encoding GB18030",
                "GB18030: 价格 2023", "Big5: 歎跡 2023");

        out.getBuffer().setLength(0);
        code = ClipfileCommand.run(new String[] {"--archive", db, "import", "--encoding", "gbk", unsure.toString()},
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).isZero();
        assertThat(out.toString()).contains("1 clipping added");

        code = ClipfileCommand.run(new String[] {"--archive", db, "import", "--encoding", "klingon-8", unsure.toString()},
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("unknown encoding 'klingon-8'");
    }
}
