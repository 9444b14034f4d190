package org.clipfile.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.clipfile.archive.DateOrigin;
import org.clipfile.archive.PublishedDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The sample clippings shipped in the project's {@code data/} folder (Maven runs tests from the project root). */
class DataFolderClippingsTest {

    private static final Path DATA = Path.of("data");

    private final TextClippingParser parser = new TextClippingParser();

    private ParsedClipping parse(String fileName) throws Exception {
        return parser.parse(Files.readString(DATA.resolve(fileName), StandardCharsets.UTF_8), fileName);
    }

    private static PublishedDate day(int year, int month, int day, DateOrigin origin) {
        return PublishedDate.day(LocalDate.of(year, month, day), origin);
    }

    @Test
    void qinBlinkenCall() throws Exception {
        ParsedClipping clipping = parse("qin-blinken-call-2023-06-14.txt");
        assertThat(clipping.date()).isEqualTo(day(2023, 6, 14, DateOrigin.HEADER));
        assertThat(clipping.title()).startsWith("China’s Foreign Minister Qin Gang held a phone call").endsWith("…");
    }

    @Test
    void headerBlockWithTags() throws Exception {
        ParsedClipping clipping = parse("blinken-taiwan-independence-remarks.txt");
        assertThat(clipping.date()).isEqualTo(day(2023, 6, 20, DateOrigin.HEADER));
        assertThat(clipping.title()).isEqualTo("Blinken says US does not support Taiwan independence as Beijing trip ends");
        assertThat(clipping.tags()).containsExactly("China-US/Taiwan", "Blinken", "Diplomacy");
        assertThat(clipping.source()).isEqualTo("Clipfile sample (analyst summary)");
        assertThat(clipping.notes()).startsWith("Self-written summary");
        assertThat(clipping.text()).startsWith("Secretary of State Antony Blinken told reporters");
    }

    @Test
    void dateLineShapeWithHeadline() throws Exception {
        ParsedClipping clipping = parse("blinken-qin-beijing-talks.txt");
        assertThat(clipping.date()).isEqualTo(day(2023, 6, 18, DateOrigin.HEADER));
        assertThat(clipping.title()).isEqualTo("Blinken and Qin hold long first round of talks in Beijing");
        assertThat(clipping.text()).startsWith("Blinken and Qin hold long first round").doesNotContain("Date:");
    }

    @Test
    void markdownHeading() throws Exception {
        ParsedClipping clipping = parse("yellen-beijing-visit.md");
        assertThat(clipping.date()).isEqualTo(day(2023, 7, 9, DateOrigin.HEADER));
        assertThat(clipping.title()).isEqualTo("Yellen ends Beijing visit saying ties are on surer footing");
        assertThat(clipping.text()).startsWith("Treasury Secretary Janet Yellen");
    }

    @Test
    void chineseText() throws Exception {
        ParsedClipping clipping = parse("wangyi-taiwan-question-zh.txt");
        assertThat(clipping.date()).isEqualTo(day(2023, 6, 19, DateOrigin.HEADER));
        assertThat(clipping.title()).isEqualTo("王毅在北京会见美国国务卿布林肯，强调台湾问题是中国核心利益中的核心");
        assertThat(clipping.text()).contains("台湾问题").doesNotStartWith("2023");
    }

    @Test
    void dateOnlyInTheFileName() throws Exception {
        ParsedClipping clipping = parse("biden-xi-woodside-summit-2023-11-15.txt");
        assertThat(clipping.date()).isEqualTo(day(2023, 11, 15, DateOrigin.FILE_NAME));
        assertThat(clipping.title()).isEqualTo("Biden and Xi agree to restore military contacts at California summit");
    }

    @Test
    void undatedStaysUndatedDespiteMonthsInTheText() throws Exception {
        ParsedClipping clipping = parse("wang-yi-washington-visit.txt");
        assertThat(clipping.date()).isNull();
        assertThat(clipping.text()).contains("late October");
        // "U.S." must not end the first sentence.
        assertThat(clipping.title())
                .startsWith("Chinese Foreign Minister Wang Yi and U.S. Secretary of State Antony Blinken held talks")
                .hasSizeLessThanOrEqualTo(121)
                .endsWith("…");
    }

    static Stream<Path> dataFiles() throws IOException {
        try (Stream<Path> files = Files.list(DATA)) {
            return files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("dataFiles")
    void everyDataFileParses(Path file) throws Exception {
        ParsedClipping clipping = parse(file.getFileName().toString());
        assertThat(clipping.text()).isNotBlank();
        assertThat(clipping.title()).isNotBlank().hasSizeLessThanOrEqualTo(121);
    }
}
