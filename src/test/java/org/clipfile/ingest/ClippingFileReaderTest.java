package org.clipfile.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading one file as import does: web pages decoded as a browser does, and every refusal a sentence. */
class ClippingFileReaderTest {

    private static final String STORY = "<p>Les dockers ont cessé le travail à l'aube, et le trafic du port s'est arrêté pour la journée.</p>"
            + "<p>Le syndicat a annoncé que la grève durerait jusqu'à la fin de la semaine si rien ne change.</p>";

    @TempDir
    Path dir;

    private final ClippingFileReader reader = new ClippingFileReader();

    private ImportReport read(Path file) throws Exception {
        ImportReport report = new ImportReport();
        Optional<ParsedClipping> parsed = reader.read(file, FileImporter.Options.NONE, report);
        if (parsed.isPresent()) {
            report.fileRead();
            last = parsed.get();
        }
        return report;
    }

    private ParsedClipping last;

    @Test
    void anUndeclaredLegacyPageIsReadAsTheWebsDefaultWithoutAsking() throws Exception {
        Path page = dir.resolve("greve.html");
        Files.write(page, ("<html><head><title>Grève au port</title></head><body><article>" + STORY + "</article></body></html>")
                .getBytes(Charset.forName("windows-1252")));
        ImportReport report = read(page);
        assertThat(report.unsureEncodings()).isEmpty();
        assertThat(report.rejections()).isEmpty();
        assertThat(last.text()).contains("cessé le travail à l'aube");
        assertThat(report.notes()).extracting(ImportReport.Note::message).singleElement().asString().contains("windows-1252");
    }

    @Test
    void aPageDeclaringLatin1IsReadAsWindows1252AsBrowsersDo() throws Exception {
        Path page = dir.resolve("quotes.html");
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body><article>"
                + "<p>\u201cThe port is closed,\u201d the union said on Monday, as dockers walked out at dawn in the rain.</p>"
                + "<p>Traffic stopped for the day, and the union said the strike would last until the weekend.</p></article></body></html>";
        Files.write(page, html.getBytes(Charset.forName("windows-1252")));
        read(page);
        assertThat(last.text()).startsWith("\u201cThe port is closed,\u201d");
    }

    @Test
    void anHtmlDocumentNamedTxtIsReadAsAPage() throws Exception {
        Path page = dir.resolve("saved.txt");
        Files.writeString(page, "<!DOCTYPE html>\n<html lang=\"fr\"><head><title>Grève au port de Marseille, le trafic arrêté | Le Journal</title>"
                + "<meta property=\"article:published_time\" content=\"2023-06-14T08:00:00+02:00\"></head>"
                + "<body><nav><a href=\"/\">Accueil</a></nav><article>" + STORY + "</article></body></html>", StandardCharsets.UTF_8);
        ImportReport report = read(page);
        assertThat(report.rejections()).isEmpty();
        assertThat(last.title()).isEqualTo("Grève au port de Marseille, le trafic arrêté");
        assertThat(last.text()).doesNotContain("<p>", "Accueil");
        assertThat(last.date().iso()).isEqualTo("2023-06-14");
    }

    @Test
    void aTitleEndingInASeparatorDoesNotThrow() throws Exception {
        Path page = dir.resolve("page.html");
        Files.writeString(page, "<html><head><title>Grève au port |</title><title>| </title></head><body><article>" + STORY
                + "</article></body></html>", StandardCharsets.UTF_8);
        ImportReport report = read(page);
        assertThat(report.rejections()).isEmpty();
        assertThat(last.title()).isEqualTo("Grève au port |");
    }

    @Test
    void aBinaryPageIsRefusedInWords() throws Exception {
        Path page = dir.resolve("image.html");
        Files.write(page, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0});
        ImportReport report = read(page);
        assertThat(report.rejections()).singleElement().satisfies(r -> {
            assertThat(r.file()).isEqualTo(page);
            assertThat(r.reason()).isEqualTo("a binary file, not text");
        });
    }

    @Test
    void anInternalErrorBecomesASentenceNamingNoException() {
        String sentence = ClippingFileReader.couldNotRead("the page", new StringIndexOutOfBoundsException("index 0, length 0"));
        assertThat(sentence).startsWith("could not read the page (").doesNotContain("Exception", "index 0");
        assertThat(ClippingFileReader.couldNotRead("the page", new StackOverflowError())).contains("nested too deeply");
    }
}
