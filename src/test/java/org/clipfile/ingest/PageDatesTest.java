package org.clipfile.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.clipfile.archive.DateOrigin;
import org.clipfile.archive.PublishedDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Publication dates of saved pages, on small hand-made pages in many languages. */
class PageDatesTest {

    private final HtmlClippingParser parser = new HtmlClippingParser();
    private static final LocalDate SAVED = LocalDate.of(2024, 1, 10);

    private static String page(String lang, String head, String header) {
        return "<html lang=\"" + lang + "\"><head>" + head + "</head><body><article><h1>Hafen streikt</h1>" + header
                + "<p>Die Hafenarbeiter legten am Morgen die Arbeit nieder, und der Verkehr kam zum Erliegen.</p>"
                + "<p>Die Gewerkschaft kündigte an, der Streik werde bis zum Wochenende andauern, wenn nichts geschieht.</p>"
                + "</article><aside class=\"related\"><ul><li><time datetime=\"2019-01-01\">1 January 2019</time> Other story</li></ul></aside>"
                + "</body></html>";
    }

    private LocalDate dateOf(String html) throws ClippingParseException {
        PublishedDate d = parser.parse(html, null, null, SAVED).date();
        return d == null ? null : d.start();
    }

    @Nested
    class WrittenInTheByline {
        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', value = {
                "de | Veröffentlicht am 31. Mai 2012, 14:05 Uhr | 2012-05-31",
                "de | Mittwoch, 3. April 2019 | 2019-04-03",
                "de | 03.04.2019 | 2019-04-03",
                "fr | Publié le 1er mai 2019 à 10h32 | 2019-05-01",
                "fr | mercredi 3 avril 2019 | 2019-04-03",
                "es | Publicado el 3 de abril de 2019 | 2019-04-03",
                "es | 03/04/2019 | 2019-04-03",
                "it | 3 aprile 2019 | 2019-04-03",
                "nl | 3 april 2019 | 2019-04-03",
                "pt-BR | 3 de abril de 2019 | 2019-04-03",
                "pl | 3 kwietnia 2019 | 2019-04-03",
                "cs | 3. dubna 2019 | 2019-04-03",
                "ru | 3 апреля 2019 г. | 2019-04-03",
                "uk | 3 квітня 2019 р. | 2019-04-03",
                "tr | 3 Nisan 2019 Çarşamba | 2019-04-03",
                "zh-CN | 2019年4月3日 10:21 | 2019-04-03",
                "ja | 2019年4月3日 | 2019-04-03",
                "ko | 2019년 4월 3일 | 2019-04-03",
                "en-US | Published 04/03/2019 | 2019-04-03",
                "en-GB | Published 03/04/2019 | 2019-04-03",
                "en | April 3rd, 2019 | 2019-04-03",
                "sv | 3 april 2019 | 2019-04-03"})
        void bylineDateInThePageLanguage(String lang, String byline, String expected) throws Exception {
            String html = page(lang, "", "<div class=\"date\">" + byline + "</div>");
            assertThat(dateOf(html)).isEqualTo(LocalDate.parse(expected));
        }

        @Test
        void numericDayAndMonthStayUnreadWhereTheLanguageLeavesThemOpen() throws Exception {
            assertThat(dateOf(page("en", "", "<div class=\"date\">Published 03/04/2019</div>"))).isNull();
        }

        @Test
        void anUpdateLineIsNotThePublicationDate() throws Exception {
            assertThat(dateOf(page("de", "", "<div class=\"date\">Aktualisiert am 4. April 2019</div>"))).isNull();
        }

        @Test
        void datesOfOtherStoriesAreNotTheArticles() throws Exception {
            assertThat(dateOf(page("en", "", ""))).isNull();
        }
    }

    @Nested
    class Metadata {
        @Test
        void jsonLdInCdataAndGraphIsRead() throws Exception {
            String head = "<script type=\"application/ld+json\">//<![CDATA[\n{\"@context\":\"https://schema.org\",\"@graph\":["
                    + "{\"@type\":\"WebSite\",\"name\":\"x\"},{\"@type\":\"NewsArticle\",\"headline\":\"h\","
                    + "\"datePublished\":\"2023-06-14T09:00:00+02:00\",\"dateModified\":\"2023-06-20T09:00:00+02:00\"}]}\n//]]></script>";
            assertThat(dateOf(page("de", head, ""))).isEqualTo(LocalDate.of(2023, 6, 14));
        }

        @Test
        void publicationBeatsModification() throws Exception {
            String head = "<meta property=\"article:modified_time\" content=\"2023-06-20T10:00:00Z\">"
                    + "<meta property=\"og:updated_time\" content=\"2023-06-21T10:00:00Z\">"
                    + "<meta name=\"dc.date.issued\" content=\"2023-06-14\">";
            assertThat(dateOf(page("en", head, ""))).isEqualTo(LocalDate.of(2023, 6, 14));
        }

        @Test
        void microdataAndHAtomAreRead() throws Exception {
            assertThat(dateOf(page("en", "", "<span itemprop=\"datePublished\" content=\"2023-06-14\">June 14</span>")))
                    .isEqualTo(LocalDate.of(2023, 6, 14));
            assertThat(dateOf(page("en", "", "<abbr class=\"published\" title=\"2023-06-14T10:00:00Z\">Wed</abbr>")))
                    .isEqualTo(LocalDate.of(2023, 6, 14));
        }

        @Test
        void aUtcStampNearMidnightGivesWayToTheDayTheReaderIsShown() throws Exception {
            // 02:30 UTC is still the evening before in New York, where the byline says June 13
            String head = "<meta property=\"article:published_time\" content=\"2023-06-14T02:30:00Z\">";
            assertThat(dateOf(page("en-US", head, "<div class=\"byline\">By A. Writer, June 13, 2023</div>")))
                    .isEqualTo(LocalDate.of(2023, 6, 13));
            // late in UTC, already the next day in Beijing, as the address says
            String late = "<meta property=\"article:published_time\" content=\"2023-06-13T18:00:00Z\">"
                    + "<link rel=\"canonical\" href=\"https://news.example.cn/2023/06/14/c_1.htm\">";
            assertThat(dateOf(page("zh-CN", late, ""))).isEqualTo(LocalDate.of(2023, 6, 14));
            // at noon no zone moves the day: the page's metadata stands
            String noon = "<meta property=\"article:published_time\" content=\"2023-06-14T12:00:00Z\">";
            assertThat(dateOf(page("en-US", noon, "<div class=\"byline\">June 13, 2023</div>"))).isEqualTo(LocalDate.of(2023, 6, 14));
        }

        @Test
        void implausibleDatesAreRefused() throws Exception {
            String future = "<meta property=\"article:published_time\" content=\"2031-06-14T10:00:00Z\">";
            assertThat(dateOf(page("en", future, ""))).isNull();
            String ancient = "<meta property=\"article:published_time\" content=\"1970-01-01T00:00:00Z\">";
            assertThat(dateOf(page("en", ancient, "<div class=\"date\">June 14, 2023</div>"))).isEqualTo(LocalDate.of(2023, 6, 14));
        }
    }

    @Test
    void aDateInAnInfoboxIsAFactNotThePublicationButABylineInALayoutTableIs() throws Exception {
        String infobox = "<table class=\"infobox\"><tr><th>Founded</th><td class=\"infobox-data\">February 28, 1998</td></tr></table>";
        assertThat(dateOf(page("en", "", infobox))).isNull();
        String layout = "<table><tr><td class=\"byline-date\">June 14, 2023</td></tr></table>";
        assertThat(dateOf(page("en", "", layout))).isEqualTo(LocalDate.of(2023, 6, 14));
    }

    @Test
    void monthAndWeekdayNamesAreFoldedAcrossLanguages() {
        assertThat(MonthNames.month("März")).contains(3);
        assertThat(MonthNames.month("AOÛT")).contains(8);
        assertThat(MonthNames.month("października")).contains(10);
        assertThat(MonthNames.month("Şubat")).contains(2);
        assertThat(MonthNames.month("сентября")).contains(9);
        assertThat(MonthNames.month("Sept.")).contains(9);
        assertThat(MonthNames.month("Smarch")).isEmpty();
        assertThat(MonthNames.weekday("Mittwoch")).contains(java.time.DayOfWeek.WEDNESDAY);
        assertThat(new DateRecognizer().parse("Dienstag, 3. April 2019", DateOrigin.TEXT)).isEmpty(); // April 3, 2019 was a Wednesday
    }
}
