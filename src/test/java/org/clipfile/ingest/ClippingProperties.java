package org.clipfile.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.clipfile.archive.DateOrigin;
import org.clipfile.testing.Fuzz;
import org.junit.jupiter.api.Test;

/** Robustness: whatever an analyst pastes, the parser answers with a clipping or a clear message. */
class ClippingProperties {
    private static final List<String> CLIPPING_PIECES = List.of("date ", "Date: ", " date 2023-06-14 ", "Title: ",
            "Tags: a, ;b", "Source: X", "# ", "---", "\n", "\n\n", "\r\n", "\r", "\uFEFF", "\u0000", "\t", " ",
            "2023-06-14", "June 14, 2023", "2023年6月14日", "BEIJING (Reuters) - ", "WASHINGTON, June 14 (AP) — ", "U.S.",
            "Mr.", ". ", "。", "“", "”", "\"", "…", "中文", "\u00A0", "\u200B", "\uD83D\uDE00", "\uD83D", "word ", "Blinken ");
    private static final List<String> FILE_NAMES = Arrays.asList(null, "qin-2023-06-14.txt", "20230614.md",
            "2023_02_30.txt", "a/b\\c.txt", "", "clip-12345678.txt", "clip-2023.06.14-x.md");
    private static final List<String> DATE_PIECES = List.of("2023", "06", "14", "99", "0", "-", "/", ".", ",", " ", "T",
            "Z", "+08:00", ":", "年", "月", "日", "June", "Sept.", "Wednesday", "(AP)", "BEIJING", " — ", "--", "th", "1", "31");

    private final TextClippingParser parser = new TextClippingParser();
    private final DateRecognizer dates = new DateRecognizer();

    @Test
    void arbitraryTextParsesOrFailsWithAParseException() {
        Fuzz.check(1, 400, f -> f.anyString(300), content -> assertParsesOrRejects(content, null));
    }

    @Test
    void clippingShapedTextParsesOrFailsWithAParseException() {
        Fuzz.check(2, 600, f -> f.assemble(CLIPPING_PIECES, 40) + "\u0001" + f.pick(FILE_NAMES.subList(1, FILE_NAMES.size())),
                input -> {
                    int cut = input.lastIndexOf('\u0001');
                    assertParsesOrRejects(input.substring(0, cut), input.substring(cut + 1));
                });
    }

    @Test
    void dateRecognizerNeverThrows() {
        Fuzz.check(3, 600, f -> f.assemble(DATE_PIECES, 12), text -> {
            for (DateOrigin origin : DateOrigin.values()) {
                for (DateOrder order : DateOrder.values()) {
                    dates.parse(text, origin, order);
                }
            }
            dates.findInFileName(text);
            dates.findDateline(text).ifPresent(d -> d.dateIn(2023));
        });
        Fuzz.check(4, 300, f -> f.anyString(60), text -> {
            dates.parse(text, DateOrigin.TEXT);
            dates.findInFileName(text);
            dates.findDateline(text);
        });
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
}
