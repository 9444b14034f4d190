package org.clipfile.bench.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaptureQualityTest {

    private static final String P1 = "Dockers walked out at dawn, and traffic in the port stopped for the whole of the day.";
    private static final String P2 = "The union said the strike would last until the weekend unless the talks resumed.";

    @TempDir
    Path dir;

    private void page(String name, String source, String expected, String metadata) throws Exception {
        Path d = Files.createDirectories(dir.resolve(name));
        Files.writeString(d.resolve("source.html"), source, StandardCharsets.UTF_8);
        Files.writeString(d.resolve("expected.html"), expected, StandardCharsets.UTF_8);
        if (metadata != null) {
            Files.writeString(d.resolve("expected-metadata.json"), metadata, StandardCharsets.UTF_8);
        }
    }

    @Test
    void scoresTextAndDatesAgainstTheExpectedAnswers() throws Exception {
        String article = "<html><head><meta property=\"article:published_time\" content=\"2023-06-14T09:00:00+02:00\"></head>"
                + "<body><article><p>" + P1 + "</p><p>" + P2 + "</p><p>Share this story on every network you know of today.</p>"
                + "</article></body></html>";
        page("dated", article, "<div><p>" + P1 + "</p><p>" + P2 + "</p></div>",
                "{\"publishedTime\": \"2023-06-14T07:00:00Z\", \"byline\": \"A. Writer\"}");
        page("wrong-day", article, "<p>" + P1 + "</p><p>" + P2 + "</p>", "{\"publishedTime\": \"2023-06-15\"}");
        page("broken", "<html><body><nav><a href=/>Home</a></nav></body></html>", "<p>" + P1 + "</p>", null);

        CaptureReport report = CaptureQuality.run(dir);

        // kept: 3 + 3 segments, 2 + 2 of them expected; expected: 2 + 2 + 1
        assertThat(report.segmentPrecision()).isCloseTo(4 / 6.0, within(1e-9));
        assertThat(report.segmentRecall()).isCloseTo(4 / 5.0, within(1e-9));
        assertThat(report.count(PageScore.DateVerdict.RIGHT)).isEqualTo(1);
        assertThat(report.count(PageScore.DateVerdict.WRONG)).isEqualTo(1);
        assertThat(report.dateAccuracy()).isEqualTo(0.5);
        assertThat(report.datePrecision()).isEqualTo(0.5);
        assertThat(report.failures()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("broken");
            assertThat(p.failure()).contains("No article text");
        });
        assertThat(report.pages().stream().filter(PageScore::news).map(PageScore::name).toList()).containsExactly("dated", "wrong-day");
        assertThat(report.text(true)).contains("failed: 1", "broken: No article text");
    }

    @Test
    void shinglesCountRepeatsAndSplitUnspacedScripts() {
        assertThat(CaptureQuality.shingleF1("a b c d e", "a b c d e")).isEqualTo(1.0);
        assertThat(CaptureQuality.shingleF1("a b c d", "e f g h")).isEqualTo(0.0);
        assertThat(TextSegments.tokens("国家统计局 data")).containsExactly("国", "家", "统", "计", "局", "data");
        assertThat(TextSegments.ofHtml("<p>One<br>Two</p><pre>x = 1\ny = 2</pre><table><tr><td>a</td><td>b</td></tr></table>"))
                .isEqualTo(List.of("one", "two", "x = 1", "y = 2", "a b"));
    }
}
