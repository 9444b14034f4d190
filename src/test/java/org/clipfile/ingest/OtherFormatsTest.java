package org.clipfile.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.clipfile.archive.DateOrigin;
import org.clipfile.archive.PublishedDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** MHTML, other tools' JSON records and the Markdown shapes of note apps, unit by unit. */
class OtherFormatsTest {

    private static PublishedDate day(String iso, DateOrigin origin) {
        return PublishedDate.day(LocalDate.parse(iso), origin);
    }

    @Nested
    class Mhtml {
        @Test
        void quotedPrintablePageFromChrome() throws Exception {
            MhtmlReader.Page page = MhtmlReader.read(HtmlClippingParserTest.bytes("pages/wire-service.mhtml"));
            assertThat(page.location()).isEqualTo("https://www.wirenews.example/world/china/china-us-talks-call-qin-blinken-2023-06-14/");
            assertThat(page.charset()).isNull();
            // quoted-printable lines end in CRLF, as the MIME rules say
            assertThat(new String(page.html(), StandardCharsets.UTF_8).replace("\r\n", "\n"))
                    .isEqualTo(new String(HtmlClippingParserTest.bytes("pages/wire-service.html"), StandardCharsets.UTF_8));
        }

        @Test
        void base64PageFromInternetExplorerWithItsCharset() throws Exception {
            MhtmlReader.Page page = MhtmlReader.read(HtmlClippingParserTest.bytes("pages/xinhua-ie.mht"));
            assertThat(page.charset()).isEqualTo("gb2312");
            assertThat(page.html()).isEqualTo(HtmlClippingParserTest.bytes("pages/xinhua-gb18030.html"));
        }

        @Test
        void brokenFilesAreRefusedWithAReason() {
            assertThatThrownBy(() -> MhtmlReader.read("Content-Type: multipart/related\r\n\r\nno boundary".getBytes(StandardCharsets.US_ASCII)))
                    .hasMessage("broken MHTML: the multipart message has no boundary");
            assertThatThrownBy(() -> MhtmlReader.read(("Content-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\n"
                    + "Content-Type: image/png\r\n\r\nPNG\r\n--b--\r\n").getBytes(StandardCharsets.US_ASCII)))
                    .hasMessage("the MHTML file holds no HTML page");
            assertThatThrownBy(() -> MhtmlReader.read(("Content-Type: text/html\r\nContent-Transfer-Encoding: x-uuencode\r\n\r\n"
                    + "begin 644").getBytes(StandardCharsets.US_ASCII)))
                    .hasMessageContaining("transfer encoding Clipfile cannot read (x-uuencode)");
            assertThatThrownBy(() -> MhtmlReader.read("plain words".getBytes(StandardCharsets.US_ASCII)))
                    .hasMessageStartingWith("not an MHTML page");
        }
    }

    @Nested
    class ForeignJson {
        private final JsonMapper json = JsonMapper.builder().build();

        private ForeignJsonReader.Item map(String record) {
            return ForeignJsonReader.map(json.readTree(record), "record 1", new ForeignJsonReader.Mapping());
        }

        @Test
        void guardianStyleNestedFields() {
            ForeignJsonReader.Mapping mapping = new ForeignJsonReader.Mapping();
            ForeignJsonReader.Item item = ForeignJsonReader.map(json.readTree("{\"id\":\"world/2023/jun/14/x\","
                    + "\"webTitle\":\"Talks resume\",\"webPublicationDate\":\"2023-06-14T17:00:00Z\","
                    + "\"webUrl\":\"https://www.guardian.example/world/x\",\"fields\":{\"bodyText\":\"Talks resumed in Geneva.\","
                    + "\"byline\":\"Ann Lee\"}}"), "results 1", mapping);
            ParsedClipping c = item.clipping();
            assertThat(c.title()).isEqualTo("Talks resume");
            assertThat(c.text()).isEqualTo("Talks resumed in Geneva.");
            assertThat(c.date()).isEqualTo(day("2023-06-14", DateOrigin.METADATA));
            assertThat(c.url()).isEqualTo("https://www.guardian.example/world/x");
            assertThat(c.source()).isEqualTo("guardian.example");
            assertThat(c.author()).isEqualTo("Ann Lee");
            assertThat(mapping.describe()).contains("text ← fields.bodyText", "author ← fields.byline").endsWith("; ignored id");
        }

        @Test
        void summaryOnlyWhenThereIsNoText() {
            ParsedClipping c = map("{\"title\":\"Short\",\"description\":\"Only the teaser.\"}").clipping();
            assertThat(c.text()).isEqualTo("Only the teaser.");
            assertThat(c.notes()).isEqualTo("Only a summary was available (description).");
        }

        @Test
        void titleFallsBackToTheFirstSentenceAndSourceToTheDateline() {
            ParsedClipping c = map("{\"content\":\"BEIJING (Reuters) - China said on Wednesday it would respond. More later.\"}").clipping();
            assertThat(c.title()).isEqualTo("China said on Wednesday it would respond");
            assertThat(c.source()).isEqualTo("Reuters");
            assertThat(c.date()).as("\\\"on Wednesday\\\" is not a date").isNull();
        }

        @Test
        void recordsWithoutTextOrNotObjectsAreRefusedAlone() {
            assertThat(map("{\"title\":\"No body\"}").problem()).startsWith("no text");
            assertThat(map("{\"text\":\"   \"}").problem()).startsWith("no text");
            assertThat(map("\"just a string\"").problem()).isEqualTo("not a JSON object");
        }

        @Test
        void tagsAsListsOrCommaSeparated() {
            assertThat(map("{\"text\":\"t\",\"keywords\":\"a, b;c\"}").clipping().tags()).containsExactly("a", "b", "c");
            assertThat(map("{\"text\":\"t\",\"categories\":[\"x\",{\"name\":\"y\"}]}").clipping().tags()).containsExactly("x", "y");
        }
    }

    @Nested
    class ChineseDatelines {
        private final DateRecognizer dates = new DateRecognizer();

        @Test
        void xinhuaWithReporter() {
            String line = "新华社华盛顿6月14日电（记者徐剑梅）美国国务院14日宣布";
            Dateline d = dates.findDateline(line).orElseThrow();
            assertThat(d.source()).isEqualTo("新华社");
            assertThat(d.place()).isEqualTo("华盛顿");
            assertThat(d.monthDay()).contains(java.time.MonthDay.of(6, 14));
            assertThat(d.date()).isEmpty();
            assertThat(line.substring(d.length())).isEqualTo("美国国务院14日宣布");
        }

        @Test
        void thisPaperNamesNoSourceAndProseIsNoDateline() {
            assertThat(dates.findDateline("本报北京6月15日电　国家统计局15日发布数据")).isEmpty();
            assertThat(dates.findDateline("新华社记者在北京采访了专家")).isEmpty();
            assertThat(dates.findDateline("新华社北京2月30日电 不存在的日期")).isEmpty();
        }

        @Test
        void aTextClippingTakesItsSourceAndATitleWithoutIt() throws Exception {
            ParsedClipping c = new TextClippingParser().parse("新华社北京6月14日电　国务委员兼外长秦刚应约同美国国务卿布林肯通电话。秦刚表示……", null);
            assertThat(c.source()).isEqualTo("新华社");
            assertThat(c.title()).isEqualTo("国务委员兼外长秦刚应约同美国国务卿布林肯通电话");
            assertThat(c.date()).isNull();
        }
    }

    @Nested
    class NoteAppMarkdown {
        private final TextClippingParser parser = new TextClippingParser();

        @Test
        void headlineThenDateLineGivesTheDate() throws Exception {
            ParsedClipping c = parser.parse("Exports rise again\n\n14 June 2023\n\nExports rose for a third month.", null);
            assertThat(c.date()).isEqualTo(day("2023-06-14", DateOrigin.HEADER));
            assertThat(c.title()).isEqualTo("Exports rise again");
            assertThat(c.text()).isEqualTo("Exports rise again\n\nExports rose for a third month.");
        }

        @Test
        void aWeekdayUnderAHeadlineIsNotADate() throws Exception {
            ParsedClipping c = parser.parse("Exports rise again\n\nOn Wednesday\n\nExports rose for a third month.", null);
            assertThat(c.date()).isNull();
            assertThat(c.text()).contains("On Wednesday");
        }

        @Test
        void ambiguousNumericDateLineIsNotADate() throws Exception {
            assertThat(parser.parse("Exports rise again\n\n03/04/2023\n\nExports rose.", null).date()).isNull();
            assertThat(parser.parse("Exports rise again\n\n14/06/2023\n\nExports rose.", null).date())
                    .isEqualTo(day("2023-06-14", DateOrigin.HEADER));
        }

        @Test
        void obsidianPublishedAndSourceUrl() throws Exception {
            ParsedClipping c = parser.parse("---\ntitle: T\nsource: https://www.site.example/a\npublished: 2023-06-14\n"
                    + "author: \"[[A. Writer]]\"\n---\nBody.", null);
            assertThat(c.url()).isEqualTo("https://www.site.example/a");
            assertThat(c.source()).isEqualTo("site.example");
            assertThat(c.date()).isEqualTo(day("2023-06-14", DateOrigin.METADATA));
            assertThat(c.author()).isEqualTo("A. Writer");
        }

        @Test
        void joplinHeadingRepeatingTheTitleIsDropped() throws Exception {
            ParsedClipping c = parser.parse("---\ntitle: Same title\n---\n\n# Same title\n\nBody.", null);
            assertThat(c.title()).isEqualTo("Same title");
            assertThat(c.text()).isEqualTo("Body.");
            ParsedClipping other = parser.parse("---\ntitle: Front title\n---\n\n# A different heading\n\nBody.", null);
            assertThat(other.text()).startsWith("# A different heading");
        }
    }
}
