package org.clipfile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Addresses written by others are kept as given (lossless), and the import report says which are not web addresses. */
class ForeignAddressesTest {
    @TempDir
    Path dir;

    String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = ClipfileCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new String[] {String.valueOf(status), out.toString(), err.toString()};
    }

    @Test
    void theImportReportNamesAddressesThatAreNotWebAddressesAndKeepsThem() throws Exception {
        Path json = dir.resolve("shared.json");
        Files.writeString(json, """
                [{"title": "Talks resume", "text": "Diplomats met again on Monday in Beijing.", "url": "ms-msdt:/id PCWDiagnostic /skip force"},
                 {"title": "Local file", "text": "A second article about the talks, long enough.", "url": "file:///etc/passwd"},
                 {"title": "Fine", "text": "A third article, with a real web address.", "url": "https://example.org/talks"}]
                """);
        Path archive = dir.resolve("a.db");
        String[] imported = run("--archive", archive.toString(), "import", json.toString());
        assertThat(imported[0]).as(imported[2]).isEqualTo("0");
        assertThat(imported[1]).contains("3 clippings added")
                .contains("\"Talks resume\" is not a web address").contains("ms-msdt:/id PCWDiagnostic")
                .contains("\"Local file\" is not a web address").contains("will not be opened")
                .doesNotContain("\"Fine\" is not");
        assertThat(run("--archive", archive.toString(), "show", "2")[1]).contains("URL:     file:///etc/passwd");
    }

    @Test
    void versionIsTheBuildsVersion() {
        String[] version = run("--version");
        assertThat(version[0]).isEqualTo("0");
        assertThat(version[1].strip()).matches("Clipfile \\d+\\.\\d+\\.\\d+.*");
    }
}
