package org.clipfile.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.clipfile.archive.DateOrigin;

/** Robustness: whatever an analyst pastes, the parser answers with a clipping or a clear message. */
class ClippingProperties {

    private final TextClippingParser parser = new TextClippingParser();
    private final DateRecognizer dates = new DateRecognizer();

    @Property(tries = 400)
    void arbitraryTextParsesOrFailsWithAParseException(@ForAll String content, @ForAll String fileName) {
        assertParsesOrRejects(content, fileName);
    }

    @Property(tries = 400)
    void clippingShapedTextParsesOrFailsWithAParseException(
            @ForAll("clippingShaped") String content, @ForAll("fileNames") String fileName) {
        assertParsesOrRejects(content, fileName);
    }

    @Property(tries = 400)
    void dateRecognizerNeverThrows(@ForAll("dateShaped") String text, @ForAll DateOrigin origin, @ForAll DateOrder order) {
        dates.parse(text, origin, order);
        dates.parse(text, origin);
        dates.findInFileName(text);
        dates.findDateline(text).ifPresent(d -> d.dateIn(2023));
    }

    @Property(tries = 200)
    void dateRecognizerNeverThrowsOnArbitraryText(@ForAll String text, @ForAll DateOrigin origin) {
        dates.parse(text, origin);
        dates.findInFileName(text);
        dates.findDateline(text);
    }

    private void assertParsesOrRejects(String content, String fileName) {
        ParsedClipping clipping;
        try {
            clipping = parser.parse(content, fileName);
        } catch (ClippingParseException e) {
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        assertThat(clipping.text()).isNotBlank();
        assertThat(clipping.title()).isNotBlank().hasSizeLessThanOrEqualTo(121);
        assertThat(clipping.tags()).allSatisfy(tag -> assertThat(tag).isNotBlank());
    }

    @Provide
    Arbitrary<String> clippingShaped() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("date ", "Date: ", " date 2023-06-14 ", "Title: ", "Tags: a, ;b", "Source: X", "# ", "---",
                        "\n", "\n\n", "\r\n", "\r", "\uFEFF", "\u0000", "\t", " ", "2023-06-14", "June 14, 2023",
                        "2023年6月14日", "BEIJING (Reuters) - ", "WASHINGTON, June 14 (AP) — ", "U.S.", "Mr.", ". ",
                        "。", "“", "”", "\"", "…", "中文", "\u00A0", "\u200B", "\uD83D\uDE00", "\uD83D"),
                Arbitraries.strings().ofMaxLength(30),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12).map(w -> w + " "),
                Arbitraries.strings().withCharRange('中', '丯').ofMaxLength(150));
        return pieces.list().ofMaxSize(40).map(list -> String.join("", list));
    }

    @Provide
    Arbitrary<String> fileNames() {
        return Arbitraries.oneOf(
                Arbitraries.just(null),
                Arbitraries.of("qin-2023-06-14.txt", "20230614.md", "2023_02_30.txt", "a/b\\c.txt", ""),
                Arbitraries.strings().numeric().ofMaxLength(20).map(d -> "clip-" + d + ".txt"));
    }

    @Provide
    Arbitrary<String> dateShaped() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("2023", "06", "14", "99", "0", "-", "/", ".", ",", " ", "T", "Z", "+08:00", ":", "年", "月",
                        "日", "June", "Sept.", "Wednesday", "(AP)", "BEIJING", " — ", "--", "th"),
                Arbitraries.strings().numeric().ofMaxLength(10));
        return pieces.list().ofMaxSize(12).map(list -> String.join("", list));
    }
}
