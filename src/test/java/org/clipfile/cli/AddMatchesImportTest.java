package org.clipfile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clipfile.archive.Archive;
import org.clipfile.archive.Clipping;
import org.clipfile.archive.ClippingStore;
import org.clipfile.search.ClippingFilter;
import org.clipfile.search.ClippingSearch;
import org.clipfile.search.SortOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code add FILE} reads a file as {@code import} does: the same title, date, source and text. */
class AddMatchesImportTest {
    @TempDir
    Path dir;

    record Run(int status, String out, String err) {
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = ClipfileCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(status, out.toString(), err.toString());
    }

    static Path resource(String name) {
        return Path.of("src/test/resources/ingest", name);
    }

    Clipping only(Path archive) {
        try (Archive a = Archive.openReadOnly(archive)) {
            List<Long> ids = new ClippingSearch(a).ids(ClippingFilter.ALL, SortOrder.NEWEST);
            assertThat(ids).hasSize(1);
            return new ClippingStore(a).get(ids.get(0)).orElseThrow();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"encodings/gb18030.txt", "encodings/windows-1252.txt", "encodings/shift_jis.txt",
            "pages/xinhua-gb18030.html", "pages/wire-service.mhtml", "pages/blog-post.html"})
    void addGivesWhatImportGives(String name) {
        Path viaImport = dir.resolve("import.db");
        Path viaAdd = dir.resolve("add.db");
        assertThat(run("--archive", viaImport.toString(), "import", resource(name).toString()).status()).isZero();
        Run added = run("--archive", viaAdd.toString(), "add", resource(name).toString());
        assertThat(added.status()).as(added.err()).isZero();
        Clipping imported = only(viaImport);
        Clipping add = only(viaAdd);
        assertThat(add.title()).isEqualTo(imported.title());
        assertThat(add.text()).isEqualTo(imported.text());
        assertThat(add.date()).isEqualTo(imported.date());
        assertThat(add.source()).isEqualTo(imported.source());
        assertThat(add.url()).isEqualTo(imported.url());
    }

    @Test
    void aJsonFileIsForImportAndNothingIsCreated() throws Exception {
        Path json = dir.resolve("records.json");
        Files.writeString(json, "[{\"title\": \"A\", \"text\": \"Body\"}]");
        Path archive = dir.resolve("new.db");
        Run r = run("--archive", archive.toString(), "add", json.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).startsWith("clipfile: nothing to add: " + json + ": a JSON file holds records").doesNotContain("Exception");
        assertThat(archive).doesNotExist();
    }

    @Test
    void optionsOverrideWhatIsRead() {
        Path archive = dir.resolve("a.db");
        Run r = run("--archive", archive.toString(), "add", resource("encodings/windows-1252.txt").toString(),
                "--title", "My title", "--date", "2020-05", "--tag", "Desk");
        assertThat(r.status()).as(r.err()).isZero();
        Clipping c = only(archive);
        assertThat(c.title()).isEqualTo("My title");
        assertThat(c.date().iso()).isEqualTo("2020-05");
        assertThat(c.tags()).containsExactly("Desk");
    }
}
