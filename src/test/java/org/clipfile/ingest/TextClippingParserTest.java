package org.clipfile.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.clipfile.archive.ContentHash;
import org.clipfile.archive.DateOrigin;
import org.clipfile.archive.DatePrecision;
import org.clipfile.archive.PublishedDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextClippingParserTest {

    private static final String SAMPLE_NAME = "qin-blinken-call-2023-06-14.txt";
    private static final PublishedDate JUNE_14_HEADER = PublishedDate.day(LocalDate.of(2023, 6, 14), DateOrigin.HEADER);

    private final TextClippingParser parser = new TextClippingParser();

    @Nested
    class RealSample {

        private final String sample = Fixtures.read(SAMPLE_NAME);

        @Test
        void dateComesFromTheLeadingMarker() throws Exception {
            ParsedClipping clipping = parser.parse(sample, SAMPLE_NAME);
            assertThat(clipping.date()).isEqualTo(JUNE_14_HEADER);
            assertThat(clipping.date().precision()).isEqualTo(DatePrecision.DAY);
        }

        @Test
        void bodyStartsWithTheArticleNotTheMarker() throws Exception {
            ParsedClipping clipping = parser.parse(sample, null);
            assertThat(clipping.text()).startsWith("China’s Foreign Minister Qin Gang held a phone call");
            assertThat(clipping.text()).doesNotContain("date 2023");
            assertThat(clipping.text()).endsWith("has not ruled out seizing by force.");
            assertThat(clipping.date()).isEqualTo(JUNE_14_HEADER); // no file name needed
        }

        @Test
        void paragraphsAreKept() throws Exception {
            String text = parser.parse(sample, SAMPLE_NAME).text();
            assertThat(text.split("\n\n")).hasSize(10);
            assertThat(text).doesNotContain("\n\n\n");
            assertThat(text.split("\n\n")[1]).startsWith("“Since the beginning of the year");
        }

        @Test
        void titleIsTheFirstSentenceCutAtAWordBoundary() throws Exception {
            String title = parser.parse(sample, SAMPLE_NAME).title();
            assertThat(title).hasSizeLessThanOrEqualTo(121).endsWith("…");
            String withoutEllipsis = title.substring(0, title.length() - 1);
            assertThat(withoutEllipsis).startsWith("China’s Foreign Minister Qin Gang held a phone call with US Secretary of State");
            String firstSentence = parser.parse(sample, SAMPLE_NAME).text().lines().findFirst().orElseThrow();
            // Cut at a word boundary: what follows the kept part in the sentence is a space.
            assertThat(firstSentence).startsWith(withoutEllipsis);
            assertThat(firstSentence.charAt(withoutEllipsis.length())).isEqualTo(' ');
        }

        @Test
        void crlfAndBomGiveTheSameBodyAndHash() throws Exception {
            ParsedClipping plain = parser.parse(sample, SAMPLE_NAME);
            ParsedClipping windows = parser.parse("\uFEFF" + sample.replace("\n", "\r\n"), SAMPLE_NAME);
            ParsedClipping oldMac = parser.parse(sample.replace("\n", "\r"), SAMPLE_NAME);
            assertThat(windows.text()).isEqualTo(plain.text());
            assertThat(oldMac.text()).isEqualTo(plain.text());
            assertThat(windows.title()).isEqualTo(plain.title());
            assertThat(windows.date()).isEqualTo(plain.date());
            assertThat(ContentHash.of(windows.text())).isEqualTo(ContentHash.of(plain.text()));
        }

        @Test
        void sourceAndTagsAreAbsent() throws Exception {
            ParsedClipping clipping = parser.parse(sample, SAMPLE_NAME);
            assertThat(clipping.source()).isNull();
            assertThat(clipping.url()).isNull();
            assertThat(clipping.author()).isNull();
            assertThat(clipping.tags()).isEmpty();
            assertThat(clipping.notes()).isNull();
        }
    }

    @Nested
    class Normalisation {

        @Test
        void controlCharactersTrailingSpacesAndExtraBlankLinesGo() throws Exception {
            String text = parser.parse("First\u0000 line.\u0007   \t\n\n\n\n\tSecond\u001B paragraph.  \n", null).text();
            assertThat(text).isEqualTo("First line.\n\n\tSecond paragraph.");
        }

        @Test
        void tabsInsideLinesAreKept() throws Exception {
            assertThat(parser.parse("a\tb.", null).text()).isEqualTo("a\tb.");
        }
    }

    @Nested
    class HeaderBlock {

        @Test
        void readsAllKnownKeys() throws Exception {
            ParsedClipping clipping = parser.parse(Fixtures.read("header-block.txt"), "header-block.txt");
            assertThat(clipping.title()).isEqualTo("Qin and Blinken speak by phone ahead of planned visit");
            assertThat(clipping.date()).isEqualTo(JUNE_14_HEADER);
            assertThat(clipping.source()).isEqualTo("Example Wire");
            assertThat(clipping.url()).isEqualTo("https://example.org/news/qin-blinken-call");
            assertThat(clipping.author()).isEqualTo("A. Analyst");
            assertThat(clipping.tags()).containsExactly("China-US/Taiwan", "Blinken", "Diplomacy");
            assertThat(clipping.notes()).isEqualTo("Clipped from the evening edition.");
            assertThat(clipping.text()).startsWith("Chinese Foreign Minister Qin Gang spoke")
                    .endsWith("expected in Beijing.")
                    .doesNotContain("Title:");
        }

        @Test
        void aliasesAndCaseInsensitiveKeys() throws Exception {
            ParsedClipping clipping = parser.parse(
                    "LINK: https://example.org/a\nby: Jane Doe\nTAG: Blinken\n\nBody text here.", null);
            assertThat(clipping.url()).isEqualTo("https://example.org/a");
            assertThat(clipping.author()).isEqualTo("Jane Doe");
            assertThat(clipping.tags()).containsExactly("Blinken");
        }

        @Test
        void anOrdinaryFirstLineWithAColonIsNotEaten() throws Exception {
            String content = "Note: the minister said talks would continue.\n\nMore text.";
            ParsedClipping clipping = parser.parse(content, null);
            assertThat(clipping.text()).isEqualTo(content);
            assertThat(clipping.title()).isEqualTo("Note: the minister said talks would continue");
        }

        @Test
        void oneUnknownKeyMeansNoHeaderAtAll() throws Exception {
            String content = "Title: Something\nSpeaker: Qin Gang\n\nBody.";
            assertThat(parser.parse(content, null).text()).isEqualTo(content);
        }

        @Test
        void headerLinesMustEndAtABlankLine() throws Exception {
            String content = "Source: Reuters\nThe minister said talks would continue.";
            ParsedClipping clipping = parser.parse(content, null);
            assertThat(clipping.text()).isEqualTo(content);
            assertThat(clipping.source()).isNull();
        }

        @Test
        void unparseableDateGoesToNotes() throws Exception {
            ParsedClipping clipping = parser.parse(
                    "Title: Talks\nDate: last Wednesday\nNotes: from the print edition\n\nBody text.", "talks-2023-06-14.txt");
            assertThat(clipping.notes()).isEqualTo("Unrecognised date: last Wednesday\nfrom the print edition");
            // The file name still dates it; the header never did.
            assertThat(clipping.date()).isEqualTo(PublishedDate.day(LocalDate.of(2023, 6, 14), DateOrigin.FILE_NAME));
        }

        @Test
        void unparseableDateAndNoFileNameLeavesTheDateNull() throws Exception {
            ParsedClipping clipping = parser.parse("Date: 03/04/2023\n\nBody text.", null);
            assertThat(clipping.date()).isNull();
            assertThat(clipping.notes()).isEqualTo("Unrecognised date: 03/04/2023");
        }

        @Test
        void yearOnlyDateHeaderIsAllowed() throws Exception {
            ParsedClipping clipping = parser.parse("Date: 2023\n\nBody text.", null);
            assertThat(clipping.date()).isEqualTo(new PublishedDate(LocalDate.of(2023, 1, 1), DatePrecision.YEAR, DateOrigin.HEADER));
        }

        @Test
        void headerOnlyHasNoText() {
            assertThatThrownBy(() -> parser.parse("Title: Talks\nDate: 2023-06-14\n", null))
                    .isInstanceOf(ClippingParseException.class)
                    .hasMessageContaining("no text after the header");
        }

        @Test
        void frontMatterIsReadAsMetadata() throws Exception {
            ParsedClipping clipping = parser.parse(Fixtures.read("front-matter.md"), "yellen.md");
            assertThat(clipping.title()).isEqualTo("Yellen meets Li Qiang in Beijing");
            assertThat(clipping.date()).isEqualTo(PublishedDate.day(LocalDate.of(2023, 7, 7), DateOrigin.METADATA));
            assertThat(clipping.source()).isEqualTo("Example Wire");
            assertThat(clipping.url()).isEqualTo("https://example.org/yellen-li");
            assertThat(clipping.tags()).containsExactly("China-US/Economy", "Yellen");
            assertThat(clipping.text()).isEqualTo("Treasury Secretary Janet Yellen met Premier Li Qiang on Friday.");
        }

        @Test
        void frontMatterWithInlineTagList() throws Exception {
            ParsedClipping clipping = parser.parse("---\ntags: [Blinken, \"China-US/Taiwan\"]\n---\nBody.", null);
            assertThat(clipping.tags()).containsExactly("Blinken", "China-US/Taiwan");
        }

        @Test
        void aDashedLineThatIsNotFrontMatterIsLeftAlone() throws Exception {
            String content = "---\nThis is a paragraph between rules.\n---\nMore.";
            assertThat(parser.parse(content, null).text()).isEqualTo(content);
        }
    }

    @Nested
    class LeadingDate {

        @ParameterizedTest
        @ValueSource(strings = {
                "date 2023-06-14 Body starts here.", "Date: 2023-06-14 Body starts here.", "DATE June 14, 2023 Body starts here.",
                "  date: 14 June 2023 — Body starts here.", "date 2023-06-14, Body starts here."})
        void markerWithBodyOnTheSameLine(String content) throws Exception {
            ParsedClipping clipping = parser.parse(content + "\n\nSecond paragraph.", null);
            assertThat(clipping.date()).isEqualTo(JUNE_14_HEADER);
            assertThat(clipping.text()).isEqualTo("Body starts here.\n\nSecond paragraph.");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Date: 2023-06-14", "June 14, 2023", "Wednesday, June 14, 2023", "date 20230614", "2023-06-14"})
        void aLineThatIsOnlyADateIsRemoved(String firstLine) throws Exception {
            ParsedClipping clipping = parser.parse(firstLine + "\nBody starts here.", null);
            assertThat(clipping.date()).isEqualTo(JUNE_14_HEADER);
            assertThat(clipping.text()).isEqualTo("Body starts here.");
        }

        @Test
        void monthPrecisionMarker() throws Exception {
            ParsedClipping clipping = parser.parse("Date: June 2023\n\nBody.", null);
            assertThat(clipping.date()).isEqualTo(new PublishedDate(LocalDate.of(2023, 6, 1), DatePrecision.MONTH, DateOrigin.HEADER));
        }

        @ParameterizedTest
        @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
                "date 06/07/2023 Port strike halts traffic | 06/07/2023 | could be day/month or month/day",
                "date 2023-02-30 Port strike halts traffic | 2023-02-30 | is not a day of the calendar",
                "Date: 31 June 2023 - Port strike halts traffic | 31 June 2023 | is not a day of the calendar"})
        void anUnreadableMarkerIsStillTheMarker(String firstLine, String written, String why) throws Exception {
            ParsedClipping clipping = parser.parse(firstLine + "\n\nDockers walked out at dawn.", null);
            assertThat(clipping.date()).isNull();
            assertThat(clipping.title()).isEqualTo("Port strike halts traffic");
            assertThat(clipping.text()).startsWith("Port strike halts traffic").doesNotContain(written);
            assertThat(clipping.notes()).contains("\"" + written + "\"").contains(why);
        }

        @ParameterizedTest
        @ValueSource(strings = {"2250-05-01", "1750-05-01", "0999-12-31", "2031-05-01"})
        void anyRealCalendarDayInAMarkerIsKept(String iso) throws Exception {
            ParsedClipping clipping = parser.parse("date " + iso + " Port strike\n\nDockers walked out.", null);
            assertThat(clipping.date()).isEqualTo(PublishedDate.day(LocalDate.parse(iso), DateOrigin.HEADER));
            assertThat(parser.parse("Date: " + iso + "\n\nDockers walked out.", null).date())
                    .isEqualTo(PublishedDate.day(LocalDate.parse(iso), DateOrigin.HEADER));
        }

        @Test
        void dateNightIsNotAMarker() throws Exception {
            ParsedClipping clipping = parser.parse("Date night in Paris is back\n\nRestaurants reopened.", null);
            assertThat(clipping.notes()).isNull();
            assertThat(clipping.text()).startsWith("Date night in Paris");
        }

        @Test
        void aYearFollowedByTextIsNotADate() throws Exception {
            String content = "date 2023 was a hard year for diplomacy.";
            ParsedClipping clipping = parser.parse(content, null);
            assertThat(clipping.date()).isNull();
            assertThat(clipping.text()).isEqualTo(content);
        }

        @Test
        void aBareYearLineIsNotADate() throws Exception {
            assertThat(parser.parse("2023\n\nBody.", null).date()).isNull();
        }

        @Test
        void theWordDateInProseIsNotAMarker() throws Exception {
            String content = "Date palms grow in Xinjiang.";
            ParsedClipping clipping = parser.parse(content, null);
            assertThat(clipping.date()).isNull();
            assertThat(clipping.text()).isEqualTo(content);
        }

        @Test
        void datesInsideTheBodyAreNeverUsed() throws Exception {
            ParsedClipping clipping = parser.parse(
                    "Presidents met in Bali in November last year.\n\nThe talks on June 14, 2023 were long.\n\n2023-06-14", null);
            assertThat(clipping.date()).isNull();
        }

        @Test
        void markerDateBeatsTheFileName() throws Exception {
            ParsedClipping clipping = parser.parse("date 2023-06-14 Body.", "clip-2023-06-20.txt");
            assertThat(clipping.date()).isEqualTo(JUNE_14_HEADER);
        }
    }

    @Nested
    class Markdown {

        @Test
        void headingBecomesTitleAndLeavesTheBody() throws Exception {
            ParsedClipping clipping = parser.parse("# Blinken lands in Beijing #\n\nThe secretary arrived on Sunday.", "x.md");
            assertThat(clipping.title()).isEqualTo("Blinken lands in Beijing");
            assertThat(clipping.text()).isEqualTo("The secretary arrived on Sunday.");
        }

        @Test
        void headingThenDateLineOrTheOtherWayRound() throws Exception {
            ParsedClipping first = parser.parse("# Title here\n\nDate: 2023-06-14\n\nBody.", null);
            ParsedClipping second = parser.parse("Date: 2023-06-14\n# Title here\nBody.", null);
            for (ParsedClipping clipping : new ParsedClipping[] {first, second}) {
                assertThat(clipping.title()).isEqualTo("Title here");
                assertThat(clipping.date()).isEqualTo(JUNE_14_HEADER);
                assertThat(clipping.text()).isEqualTo("Body.");
            }
        }

        @Test
        void aHashtagIsNotAHeading() throws Exception {
            String content = "#China news roundup.";
            assertThat(parser.parse(content, null).text()).isEqualTo(content);
        }
    }

    @Nested
    class FileNameAndDateline {

        @Test
        void fileNameDate() throws Exception {
            ParsedClipping clipping = parser.parse("Body text.", "/clips/20230614-qin.txt");
            assertThat(clipping.date()).isEqualTo(PublishedDate.day(LocalDate.of(2023, 6, 14), DateOrigin.FILE_NAME));
        }

        @Test
        void noDateAnywhereMeansNull() throws Exception {
            assertThat(parser.parse("Body text on Wednesday.", "report-12345678.txt").date()).isNull();
        }

        @Test
        void reutersDatelineGivesTheSourceAndStaysInTheText() throws Exception {
            String content = "BEIJING (Reuters) - China's foreign minister spoke to Blinken. He said more.";
            ParsedClipping clipping = parser.parse(content, null);
            assertThat(clipping.source()).isEqualTo("Reuters");
            assertThat(clipping.text()).isEqualTo(content);
            assertThat(clipping.title()).isEqualTo("China's foreign minister spoke to Blinken");
            assertThat(clipping.date()).isNull();
        }

        @Test
        void apDatelineWithoutYearDoesNotInventADate() throws Exception {
            ParsedClipping clipping = parser.parse("WASHINGTON, June 14 (AP) — Blinken will travel to China.", null);
            assertThat(clipping.source()).isEqualTo("AP");
            assertThat(clipping.date()).isNull();
        }

        @Test
        void apDatelineWithTheFileNameDate() throws Exception {
            ParsedClipping clipping = parser.parse("WASHINGTON, June 14 (AP) — Blinken will travel.", "ap-2023-06-14.txt");
            assertThat(clipping.date()).isEqualTo(PublishedDate.day(LocalDate.of(2023, 6, 14), DateOrigin.FILE_NAME));
        }

        @Test
        void xinhuaDatelineAfterTheDateMarker() throws Exception {
            ParsedClipping clipping = parser.parse(
                    "date 2023-06-14 BEIJING, June 14 (Xinhua) -- Chinese Foreign Minister Qin Gang held talks.", null);
            assertThat(clipping.source()).isEqualTo("Xinhua");
            assertThat(clipping.date()).isEqualTo(JUNE_14_HEADER);
            assertThat(clipping.text()).startsWith("BEIJING, June 14 (Xinhua) --");
            assertThat(clipping.title()).isEqualTo("Chinese Foreign Minister Qin Gang held talks");
        }

        @Test
        void datelineWithAFullDateDatesTheClipping() throws Exception {
            ParsedClipping clipping = parser.parse("BEIJING, June 14, 2023 (Xinhua) -- Talks were held.", null);
            assertThat(clipping.date()).isEqualTo(PublishedDate.day(LocalDate.of(2023, 6, 14), DateOrigin.TEXT));
        }

        @Test
        void headerSourceWinsOverTheDateline() throws Exception {
            ParsedClipping clipping = parser.parse("Source: The Straits Times\n\nTAIPEI, Taiwan (AP) — Text.", null);
            assertThat(clipping.source()).isEqualTo("The Straits Times");
        }
    }

    @Nested
    class Titles {

        @Test
        void abbreviationsAndInitialsDoNotEndTheSentence() throws Exception {
            String title = parser.parse("Mr. Blinken met U.S. and Chinese officials with John F. Kennedy's papers on Jan. 5 in hand. Later more.", null).title();
            assertThat(title).isEqualTo("Mr. Blinken met U.S. and Chinese officials with John F. Kennedy's papers on Jan. 5 in hand");
        }

        @Test
        void questionAndQuotes() throws Exception {
            assertThat(parser.parse("“Is this the end of engagement?” Analysts disagree.", null).title())
                    .isEqualTo("Is this the end of engagement?");
        }

        @Test
        void quotedSpeechKeepsItsQuotesWhenTheSentenceGoesOn() throws Exception {
            assertThat(parser.parse("“We do not support Taiwan independence,” Blinken said. More.", null).title())
                    .isEqualTo("“We do not support Taiwan independence,” Blinken said");
        }

        @Test
        void shortFirstLineAboveABlankLineIsAHeadlineAndStaysInTheBody() throws Exception {
            String content = "Blinken lands in Beijing for rare visit\n\nThe secretary arrived on Sunday. More.";
            ParsedClipping clipping = parser.parse(content, null);
            assertThat(clipping.title()).isEqualTo("Blinken lands in Beijing for rare visit");
            assertThat(clipping.text()).isEqualTo(content);
        }

        @Test
        void aShortFirstParagraphEndingInAFullStopIsNotAHeadline() throws Exception {
            ParsedClipping clipping = parser.parse("Blinken arrived. Talks began.\n\nMore.", null);
            assertThat(clipping.title()).isEqualTo("Blinken arrived");
        }

        @Test
        void longSentenceIsCutAtAWordBoundary() throws Exception {
            String sentence = "word ".repeat(40) + "end.";
            String title = parser.parse(sentence, null).title();
            assertThat(title).hasSize(120).endsWith("word…"); // 23 whole words + ellipsis... within 121
            assertThat(title).doesNotContain("  ");
        }

        @Test
        void longHeaderTitleIsShortenedToo() throws Exception {
            String title = parser.parse("Title: " + "Blinken ".repeat(30) + "\n\nBody.", null).title();
            assertThat(title).hasSizeLessThanOrEqualTo(121).endsWith("…");
        }

        @Test
        void chineseTitleEndsAtTheFullStop() throws Exception {
            ParsedClipping clipping = parser.parse(Fixtures.read("chinese-date-first-line.txt"), null);
            assertThat(clipping.date()).isEqualTo(JUNE_14_HEADER);
            assertThat(clipping.title()).isEqualTo("秦刚应约同美国国务卿布林肯通电话");
            assertThat(clipping.text()).startsWith("秦刚应约").contains("\n\n布林肯即将访华。");
        }

        @Test
        void longChineseTextWithoutSpacesIsCutAt120Characters() throws Exception {
            String title = parser.parse("中".repeat(300) + "。", null).title();
            assertThat(title).isEqualTo("中".repeat(120) + "…");
        }
    }

    @Nested
    class Empty {

        @ParameterizedTest
        @ValueSource(strings = {"", " ", "\n\n\t  \r\n", "\uFEFF", "\u0000\u0001", "\u00A0\u3000", "\u200B"})
        void blankInputIsRejectedWithAUserMessage(String content) {
            assertThatThrownBy(() -> parser.parse(content, "x-2023-06-14.txt"))
                    .isInstanceOf(ClippingParseException.class)
                    .hasMessage("The clipping is empty.");
        }

        @Test
        void nullContent() {
            assertThatThrownBy(() -> parser.parse(null, null)).isInstanceOf(ClippingParseException.class);
        }

        @Test
        void onlyADateLine() {
            assertThatThrownBy(() -> parser.parse(" date 2023-06-14\n\n", null))
                    .isInstanceOf(ClippingParseException.class);
        }
    }
}
