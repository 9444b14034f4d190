package org.clipfile.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.clipfile.archive.DateOrigin;
import org.clipfile.archive.DatePrecision;
import org.clipfile.archive.PublishedDate;
import org.clipfile.testing.Fuzz;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Saved pages shaped like real news sites', read field by field. */
class HtmlClippingParserTest {

    private final HtmlClippingParser parser = new HtmlClippingParser();

    static byte[] bytes(String name) {
        try (InputStream in = HtmlClippingParserTest.class.getResourceAsStream("/ingest/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Decodes as the importer does (BOM, meta charset, detection) and parses. */
    private ParsedClipping page(String name) throws Exception {
        byte[] bytes = bytes("pages/" + name);
        EncodingGuess guess = EncodingDetector.guess(bytes, HtmlClippingParser.declaredCharset(bytes));
        assertThat(guess.sure()).as("encoding of %s is sure", name).isTrue();
        return parser.parse(guess.text(), null, name);
    }

    private static PublishedDate day(String iso, DateOrigin origin) {
        return PublishedDate.day(LocalDate.parse(iso), origin);
    }

    @Nested
    class WireService {
        @Test
        void metadata() throws Exception {
            ParsedClipping p = page("wire-service.html");
            assertThat(p.title()).isEqualTo("China's Qin tells Blinken to respect Beijing's core concerns");
            assertThat(p.date()).isEqualTo(day("2023-06-14", DateOrigin.METADATA));
            assertThat(p.source()).isEqualTo("Wire News");
            assertThat(p.url()).isEqualTo("https://www.wirenews.example/world/china/china-us-talks-call-qin-blinken-2023-06-14/");
            assertThat(p.author()).isEqualTo("Jane Doe");
            assertThat(p.notes()).isEqualTo("Dateline: BEIJING (Wire News)");
            assertThat(p.tags()).isEmpty();
        }

        @Test
        void textIsTheArticleWithParagraphBreaks() throws Exception {
            ParsedClipping p = page("wire-service.html");
            assertThat(p.text()).startsWith("BEIJING, June 14 (Wire News) - Chinese Foreign Minister Qin Gang told")
                    .endsWith("Reporting by Jane Doe; Editing by John Smith");
            assertThat(p.text().split("\n\n")).hasSize(5);
            assertThat(p.text()).doesNotContain("cookies", "Share on", "Advertisement", "Sign up", "newsletter",
                    "Related Coverage", "Read Next", "Taiwan reports", "All rights reserved", "Trust Principles",
                    "Markets", "tracking", "Search", "By Jane Doe", "11:12 AM");
        }
    }

    @Nested
    class NewspaperWithPaywall {
        @Test
        void metadata() throws Exception {
            ParsedClipping p = page("newspaper-paywall.html");
            assertThat(p.title()).isEqualTo("Harbor Town Votes to Rebuild Its Seawall After Years of Floods");
            // 21:35 in New York on the 14th is the 15th in UTC: the date as written is kept.
            assertThat(p.date()).isEqualTo(day("2023-06-14", DateOrigin.METADATA));
            assertThat(p.source()).isEqualTo("The Daily Chronicle");
            assertThat(p.url()).isEqualTo("https://www.dailychronicle.example/2023/06/14/us/harbor-town-seawall-vote.html");
            assertThat(p.author()).isEqualTo("Maria Alvarez");
            assertThat(p.notes()).isNull();
        }

        @Test
        void textLeavesOutPaywallAdsAndPrintLine() throws Exception {
            ParsedClipping p = page("newspaper-paywall.html");
            assertThat(p.text()).startsWith("HARBOR TOWN, Maine — By a vote of 1,204 to 388")
                    .contains("\n\n“We can’t keep bailing out our basements every other winter,”")
                    .endsWith("a strategy that has gained ground in other coastal communities.");
            assertThat(p.text().split("\n\n")).hasSize(4);
            assertThat(p.text()).doesNotContain("Subscribe", "Advertisement", "Thank you for reading", "privacy",
                    "A version of this article", "Heat wave", "Share full article", "After three floods");
        }
    }

    @Nested
    class Blog {
        @Test
        void metadata() throws Exception {
            ParsedClipping p = page("blog-post.html");
            assertThat(p.title()).isEqualTo("Reading the Tea Leaves in Beijing’s Latest White Paper");
            assertThat(p.date()).isEqualTo(day("2023-06-14", DateOrigin.METADATA));
            assertThat(p.source()).isEqualTo("analystnotes.example.org");
            assertThat(p.url()).isEqualTo("https://analystnotes.example.org/2023/06/14/reading-the-tea-leaves/");
            assertThat(p.author()).isEqualTo("Li Wei");
        }

        @Test
        void textKeepsQuotesHeadingsAndListsButNotCommentsOrSharing() throws Exception {
            ParsedClipping p = page("blog-post.html");
            assertThat(p.text()).startsWith("White papers are rarely read for what they say.")
                    .contains("\n\n“Cooperation should be open, green and clean,” the paper says")
                    .contains("\n\nWhat to watch\n\n")
                    .contains("Whether lending figures are published at all.")
                    .endsWith("at a time when its own economy needs the money at home.");
            assertThat(p.text()).doesNotContain("Share this", "Twitter", "Related", "Another look", "Great analysis",
                    "Leave a Reply", "Recent Posts", "cookies", "WordPress", "Skip to content", "Posted in");
        }
    }

    @Nested
    class ChinesePages {
        @Test
        void gb18030PageDeclaringGb2312() throws Exception {
            byte[] bytes = bytes("pages/xinhua-gb18030.html");
            EncodingGuess guess = EncodingDetector.guess(bytes, HtmlClippingParser.declaredCharset(bytes));
            assertThat(guess.charset().name()).isEqualTo("GB18030");

            ParsedClipping p = page("xinhua-gb18030.html");
            assertThat(p.title()).isEqualTo("秦刚同美国国务卿布林肯通电话");
            assertThat(p.date()).isEqualTo(day("2023-06-14", DateOrigin.TEXT));
            assertThat(p.source()).isEqualTo("新华网");
            assertThat(p.url()).isEqualTo("http://www.xinhuanews.example/world/2023-06/14/c_1129692.htm");
            assertThat(p.notes()).isEqualTo("Dateline: 北京 (新华社)");
            assertThat(p.text()).startsWith("新华社北京6月14日电 6月14日，国务委员兼外长秦刚应约同美国国务卿布林肯通电话。")
                    .contains("\n\n秦刚强调，美方应尊重中方核心关切");
            assertThat(p.text()).doesNotContain("新华网首页", "分享到", "相关新闻", "外交部发言人", "Copyright", "2023-06-14 09:30");
        }

        @Test
        void utf8PageWithInfoLine() throws Exception {
            ParsedClipping p = page("people-utf8.html");
            assertThat(p.title()).isEqualTo("国家统计局：5月份国民经济保持恢复态势");
            assertThat(p.date()).isEqualTo(day("2023-06-15", DateOrigin.METADATA));
            assertThat(p.source()).isEqualTo("人民网－人民日报");
            assertThat(p.url()).isEqualTo("http://finance.peoplenews.example/n1/2023/0615/c1004-40014095.html");
            assertThat(p.author()).isEqualTo("陈丽");
            assertThat(p.text()).startsWith("本报北京6月15日电 国家统计局15日发布数据显示")
                    .contains("\n\n数据显示，5月份，全国规模以上工业增加值同比增长3.5%");
            assertThat(p.text()).doesNotContain("来源", "小字号", "推荐阅读", "注册", "版 权 所 有", "分享让更多人看到");
        }
    }

    @Nested
    class Metadata {
        @Test
        void titleLosesTheSiteSuffixOnly() throws Exception {
            assertThat(parser.parse(article("<title>Rates on hold as inflation cools | Money Daily</title>"), null, null).title())
                    .isEqualTo("Rates on hold as inflation cools");
            assertThat(parser.parse(article("<title>标题新闻内容_新华网</title>"), null, null).title()).isEqualTo("标题新闻内容");
            assertThat(parser.parse(article("<title>Fed holds rates - analysis</title>"), null, null).title())
                    .isEqualTo("Fed holds rates - analysis");
        }

        @Test
        void jsonLdGraphGivesDateAuthorAndPublisher() throws Exception {
            String head = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
                    + "{\"@type\":\"WebSite\",\"name\":\"Site\"},{\"@type\":[\"NewsArticle\"],\"headline\":\"From JSON-LD\","
                    + "\"datePublished\":\"2023-06-14T23:30:00+08:00\",\"author\":{\"@type\":\"Person\",\"name\":\"A. Writer\"},"
                    + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"The Ledger\"}}]}</script>";
            ParsedClipping p = parser.parse(article(head), null, null);
            assertThat(p.title()).isEqualTo("From JSON-LD");
            assertThat(p.date()).isEqualTo(day("2023-06-14", DateOrigin.METADATA));
            assertThat(p.author()).isEqualTo("A. Writer");
            assertThat(p.source()).isEqualTo("The Ledger");
        }

        @Test
        void brokenJsonLdIsIgnored() throws Exception {
            ParsedClipping p = parser.parse(article("<script type=\"application/ld+json\">{\"headline\": \"x\",</script>"
                    + "<title>Still read</title>"), null, null);
            assertThat(p.title()).isEqualTo("Still read");
        }

        @Test
        void noDateIsInventedFromWeekdaysOrRelatedStories() throws Exception {
            String html = "<html><head><title>Talks</title></head><body><article><h1>Talks</h1>"
                    + "<p>" + "On Wednesday the two ministers spoke by phone for an hour, officials said on both sides. ".repeat(4) + "</p>"
                    + "</article><aside class=\"related\"><time datetime=\"2023-06-10\">June 10</time></aside></body></html>";
            assertThat(parser.parse(html, null, "talks.html").date()).isNull();
        }

        @Test
        void dateInFileNameIsTheLastResort() throws Exception {
            ParsedClipping p = parser.parse(article(""), null, "talks-2023-06-14.html");
            assertThat(p.date()).isEqualTo(day("2023-06-14", DateOrigin.FILE_NAME));
        }

        @Test
        void theAddressGivesTheDateWhenThePageDoesNot() throws Exception {
            assertThat(parser.parse(article("<link rel=\"canonical\" href=\"https://www.example.com/world/2023/06/14/talks-resume/\">"),
                    null, "talks-2023-06-20.html").date()).isEqualTo(day("2023-06-14", DateOrigin.METADATA));
            assertThat(parser.parse(article(""), "http://world.people.com.cn/n1/2023/0614/c1002-40013516.html", null).date())
                    .isEqualTo(day("2023-06-14", DateOrigin.METADATA));
            assertThat(parser.parse(article(""), "https://www.news.cn/world/20230614/3f1c2a/c.html", null).date())
                    .isEqualTo(day("2023-06-14", DateOrigin.METADATA));
            assertThat(parser.parse(article(""), "https://example.org/2023/06/talks-resume", null).date())
                    .isEqualTo(new PublishedDate(LocalDate.of(2023, 6, 1), DatePrecision.MONTH, DateOrigin.METADATA));
        }

        @Test
        void theAddressNeverOverridesThePageOrInventsADate() throws Exception {
            String meta = "<meta property=\"article:published_time\" content=\"2023-06-15T08:00:00Z\">";
            assertThat(parser.parse(article(meta), "https://example.com/2023/06/14/x", null).date())
                    .isEqualTo(day("2023-06-15", DateOrigin.METADATA));
            assertThat(parser.parse(article(""), "https://example.com/item/2023134599", null).date()).isNull();
            assertThat(parser.parse(article(""), "https://example.com/a/2023/13/45/x", null).date()).isNull();
            assertThat(parser.parse(article(""), "https://example.com/search?from=2023-06-14", null).date()).isNull();
        }

        @Test
        void datelineWithAgencyGivesSourceAndPlace() throws Exception {
            String html = "<html><body><article><p>WASHINGTON, June 14 (AP) — The Senate voted on Wednesday to approve a bill "
                    + "that lawmakers from both parties had spent months negotiating behind closed doors.</p></article></body></html>";
            ParsedClipping p = parser.parse(html, null, null);
            assertThat(p.source()).isEqualTo("AP");
            assertThat(p.notes()).isEqualTo("Dateline: WASHINGTON (AP)");
            assertThat(p.date()).isNull(); // a dateline's month and day without a year is not a date
        }

        @Test
        void hostIsTheSourceOfLastResort() throws Exception {
            ParsedClipping p = parser.parse(article(""), "https://www.example.net/a/b.html", null);
            assertThat(p.source()).isEqualTo("example.net");
            assertThat(p.url()).isEqualTo("https://www.example.net/a/b.html");
        }

        @Test
        void scriptsAndStylesNeverBecomeText() throws Exception {
            ParsedClipping p = parser.parse(article("<style>p{color:red}</style><script>alert('x')</script>"), null, null);
            assertThat(p.text()).doesNotContain("alert", "color");
        }

        @Test
        void pageWithoutTextIsRejected() {
            assertThatThrownBy(() -> parser.parse("<html><body><nav><a href=/>Home</a></nav><script>x()</script></body></html>", null, null))
                    .isInstanceOf(ClippingParseException.class).hasMessageContaining("No article text");
            assertThatThrownBy(() -> parser.parse("  ", null, null)).isInstanceOf(ClippingParseException.class);
        }

        private static String article(String head) {
            return "<html><head>" + head + "</head><body><article>"
                    + "<p>Central bank officials left interest rates unchanged on Wednesday, citing slowing inflation.</p>"
                    + "<p>Markets had expected the decision, and bond yields barely moved in afternoon trading.</p>"
                    + "</article></body></html>";
        }
    }

    @Nested
    class Layouts {
        @Test
        void paragraphsEachWrappedInDivsStillMakeOneArticle() throws Exception {
            StringBuilder html = new StringBuilder("<html><body><div id=\"story\">");
            for (int i = 1; i <= 6; i++) {
                html.append("<div class=\"row\"><div class=\"col\"><p>Paragraph ").append(i)
                        .append(" of the story, with enough words in it, and a comma or two, to count.</p></div></div>");
            }
            html.append("</div><div class=\"more-stories\"><div><p><a href=\"/x\">Another story with a long enough headline here</a></p></div></div>")
                    .append("</body></html>");
            ParsedClipping p = parser.parse(html.toString(), null, null);
            assertThat(p.text().split("\n\n")).hasSize(6);
            assertThat(p.text()).startsWith("Paragraph 1 of the story").contains("Paragraph 6 of the story").doesNotContain("Another story");
        }

        @Test
        void oldBlogWithBreaksInsteadOfParagraphs() throws Exception {
            String html = "<html><body><div class=\"sidebar\"><a href=/>Home</a></div><div class=\"post\">"
                    + "First paragraph of an old blog post, written with line breaks, not paragraphs.<br><br>"
                    + "Second paragraph, which should stay apart from the first one in the clipping.<br><br>"
                    + "Third and last paragraph, ending the post with a thought or two.</div></body></html>";
            ParsedClipping p = parser.parse(html, null, null);
            assertThat(p.text()).isEqualTo("First paragraph of an old blog post, written with line breaks, not paragraphs.\n\n"
                    + "Second paragraph, which should stay apart from the first one in the clipping.\n\n"
                    + "Third and last paragraph, ending the post with a thought or two.");
        }
    }

    @Nested
    class Pasted {
        private final PastedClipping paste = new PastedClipping();

        @Test
        void selectionIsKeptWhole() throws Exception {
            String html = "<html><body><!--StartFragment--><h2>Budget talks stall</h2><p>Lawmakers left without a deal.</p>"
                    + "<p>They meet again <b>Monday</b>.</p><!--EndFragment--></body></html>";
            ParsedClipping p = paste.parse(html, "Budget talks stall Lawmakers left without a deal. They meet again Monday.", null);
            assertThat(p.text()).isEqualTo("Budget talks stall\n\nLawmakers left without a deal.\n\nThey meet again Monday.");
            assertThat(p.title()).isEqualTo("Budget talks stall");
        }

        @Test
        void windowsClipboardHeaderGivesTheUrl() throws Exception {
            String cf = "Version:0.9\r\nStartHTML:0000000105\r\nEndHTML:0000000230\r\nStartFragment:0000000141\r\n"
                    + "EndFragment:0000000194\r\nSourceURL:https://www.wirenews.example/world/x/\r\n"
                    + "<html><body><!--StartFragment--><p>Talks resumed in Geneva on Tuesday.</p><!--EndFragment--></body></html>";
            ParsedClipping p = paste.parse(cf, null, null);
            assertThat(p.url()).isEqualTo("https://www.wirenews.example/world/x/");
            assertThat(p.source()).isEqualTo("wirenews.example");
            assertThat(p.text()).isEqualTo("Talks resumed in Geneva on Tuesday.");
        }

        @Test
        void wholePagePastedIsExtracted() throws Exception {
            String html = new String(bytes("pages/wire-service.html"), java.nio.charset.StandardCharsets.UTF_8);
            String allTheText = "Wire News World Business Markets Sustainability Related Coverage ".repeat(200);
            ParsedClipping p = paste.parse(html, allTheText, null);
            assertThat(p.title()).isEqualTo("China's Qin tells Blinken to respect Beijing's core concerns");
            assertThat(p.text()).startsWith("BEIJING, June 14 (Wire News)").doesNotContain("cookies");
        }

        @Test
        void plainTextWinsWhenTheHtmlFlavourLostTheContent() throws Exception {
            String plain = "Lawmakers left without a deal after a night of talks. They meet again on Monday, aides said.";
            ParsedClipping p = paste.parse("<html><body><span>Lawmakers</span></body></html>", plain, null);
            assertThat(p.text()).isEqualTo(plain);
        }

        @Test
        void fallsBackToPlainText() throws Exception {
            ParsedClipping p = paste.parse(null, "Title: Budget\n\nLawmakers left without a deal.", "https://news.example/a");
            assertThat(p.title()).isEqualTo("Budget");
            assertThat(p.url()).isEqualTo("https://news.example/a");
            assertThat(paste.parse("<html><body></body></html>", "Plain words only.", null).text()).isEqualTo("Plain words only.");
            assertThatThrownBy(() -> paste.parse("", " ", null)).isInstanceOf(ClippingParseException.class);
        }
    }

    /** Tag soup and hostile strings: the parser either reads a clipping or says why not, never crashes. */
    @Test
    void neverThrowsAnythingButAParseException() {
        List<String> alphabet = List.of("<p>", "</p>", "<div class=\"share\">", "</div>", "<article>", "<script>", "</script>",
                "<meta property=\"og:title\" content=\"", "\">", "<time datetime=\"2023-06-14\">", "<br>", "&amp;", "&#0;",
                "<script type=\"application/ld+json\">{\"@graph\":[[[", "<!--", "-->", "<title>", " | ", "text, more text, ",
                "<h1>", "</h1>", "<nav>", "<![CDATA[", "<li>", "BEIJING (Reuters) - ", "\u0000", "\uD800");
        Fuzz.check(20260614L, 400, f -> f.assemble(alphabet, 40), html -> {
            try {
                ParsedClipping p = parser.parse(html, null, null);
                assertThat(p.text()).isNotBlank();
                assertThat(p.title()).isNotBlank();
            } catch (ClippingParseException e) {
                assertThat(e.getMessage()).isNotBlank();
            }
        });
    }
}
