package org.clipfile.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which parts of a page become the clipping's text, on small hand-made pages. */
class ArticleTextTest {

    private final HtmlClippingParser parser = new HtmlClippingParser();

    private static String para(int i) {
        return "<p>Paragraph " + i + " of the story says that dockers walked out at dawn, that traffic stopped, "
                + "and that the union expects the strike to last until the weekend.</p>";
    }

    private String text(String body) throws ClippingParseException {
        return parser.parse("<html><head><title>Port strike</title></head><body>" + body + "</body></html>", null, null).text();
    }

    @Test
    void aLinkedWordWithAFurnitureClassStaysInItsSentence() throws Exception {
        String t = text("<article>" + para(1) + "<p>I am a rather <a class=\"popup\" href=\"#\">elderly</a> man, "
                + "and the nature of my avocations has brought me into contact with many.</p>" + para(2) + "</article>");
        assertThat(t).contains("I am a rather elderly man, and the nature");
    }

    @Test
    void theStoryContinuedInAReadMoreBoxIsKept() throws Exception {
        String t = text("<article>" + para(1) + para(2) + "<div id=\"read-more\"><a href=\"\">Read more</a>"
                + "<div id=\"read-more-content\">" + para(3) + para(4) + para(5) + "</div></div></article>"
                + "<div class=\"comments\">" + para(9) + para(10) + para(11) + "</div>");
        assertThat(t).contains("Paragraph 3", "Paragraph 5").doesNotContain("Paragraph 9");
    }

    @Test
    void aGalleryALinkBoxAndAChartInsideTheArticleGo() throws Exception {
        String t = text("<article>" + para(1)
                + "<div><img src=a.jpg><img src=b.jpg><img src=c.jpg><span>Photo one</span></div>"
                + "<div><a href=/a>Other story about ports</a> <a href=/b>Another story about ships</a> and more</div>"
                + "<div class=\"graphic\"><p>$915</p><p>billion</p><p>600</p><p>300</p><p>’17</p><p>’18</p></div>"
                + para(2) + "</article>");
        assertThat(t).contains("Paragraph 1", "Paragraph 2").doesNotContain("Photo one", "Other story", "$915", "billion");
    }

    @Test
    void aStoryInStepsIsKeptWhole() throws Exception {
        String step = "<div class=\"step\"><h3>Step</h3><div class=\"content\">%s</div></div>";
        String t = text("<main><div class=\"steps\">" + String.format(step, para(1) + para(2) + para(3))
                + String.format(step, para(4)) + String.format(step, para(5)) + "</div></main>"
                + "<footer>" + para(9) + "</footer>");
        assertThat(t).contains("Paragraph 1", "Paragraph 4", "Paragraph 5").doesNotContain("Paragraph 9");
    }

    @Test
    void anElementStyledInlineStaysInItsLine() throws Exception {
        String t = text("<article>" + para(1) + "<ul><li><a href=\"x\">\"Le 15 Mai\"</a><div style=\"display: -webkit-inline-box\">"
                + "<div class=\"shield\"></div></div>. Retrieved 1 May 2015.</li></ul>" + para(2) + "</article>");
        assertThat(t).contains("\"Le 15 Mai\". Retrieved 1 May 2015.");
    }

    @Test
    void aStoryCutIntoSeparatelyWrappedSectionsIsKeptWhole() throws Exception {
        // Each section's text sits three layout divs deep, with a photo strip and captions between sections,
        // so no one element holds the story's paragraphs side by side.
        String section = "<div class=\"block\"><div class=\"grid\"><div class=\"cell\"><div class=\"txt\">%s</div></div></div></div>";
        String photos = "<div class=\"block\"><div><img src=a.jpg><span>Photo by A. Smith</span></div>"
                + "<div><img src=b.jpg><span>Photo by B. Jones</span></div><div><img src=c.jpg><span>Photo by C. Wu</span></div></div>";
        String t = text("<div class=\"page\"><div class=\"wrap\">" + String.format(section, para(1) + para(2) + para(3) + para(4))
                + photos + String.format(section, "<h3>Hardware</h3>" + para(5) + para(6)) + photos
                + String.format(section, "<h3>Verdict</h3>" + para(7) + para(8)) + photos + photos + "</div></div>"
                + "<div class=\"others\"><ul><li><a href=/x>Another story about ships and the harbour</a></li>"
                + "<li><a href=/y>A story about trains</a></li></ul></div>");
        assertThat(t).contains("Paragraph 1", "Paragraph 5", "Hardware", "Paragraph 8")
                .doesNotContain("Another story about ships");
    }

    @Test
    void numberedStoryPartsEachWrappedWithAnAdSlotAreKeptButNotTheCommentsBesideThem() throws Exception {
        // Each part of the story shares its wrapper only with an empty slot that a script would fill;
        // the parts are found beside the wrappers, and comments at that level are not taken for a part.
        String part = "<div class=\"wrap\"><div class=\"story-body story-body-%d\">%s</div>"
                + "<div class=\"slot\" data-fill=\"later\"></div></div>";
        String t = text("<div class=\"page\"><h1>Port strike</h1>" + String.format(part, 1, para(1) + para(2))
                + String.format(part, 2, para(3) + para(4) + para(5) + para(6) + para(7) + para(8) + para(9) + para(10) + para(11))
                + "<div id=\"talk\"><p>Reader one writes that the strike was overdue, and that the dockers were right, "
                + "and that nobody listened for years.</p><p>Reader two writes that the strike hurt small firms, "
                + "that lorries waited for days, and that prices rose.</p></div></div>");
        assertThat(t).contains("Paragraph 1", "Paragraph 2", "Paragraph 11").doesNotContain("Reader one");
    }

    @Test
    void theArticlesFooterBesideItsTextIsNotMoreOfTheStory() throws Exception {
        // The footer is called "article-..." so the furniture rules leave it; it scores as a block beside the text.
        String t = text("<div class=\"page\"><div class=\"part\">" + para(1) + para(2) + para(3) + para(4) + para(5)
                + para(6) + para(7) + para(8) + "</div><footer class=\"article-end\"><p>The author has covered ports and shipping for twenty years, "
                + "and before that wrote about trains, trams and buses for a regional paper.</p></footer></div>");
        assertThat(t).contains("Paragraph 1", "Paragraph 4").doesNotContain("The author has covered");
    }

    @Test
    void theNumberedCaptionsOfASlideshowInsideTheStoryGoHoweverLong() throws Exception {
        StringBuilder slides = new StringBuilder("<ul class=\"legends\">");
        for (int i = 1; i <= 4; i++) {
            slides.append("<li><h2><span>").append(i).append("/4</span> Slide title ").append(i).append("</h2>")
                    .append("<p>Caption ").append(i).append(" tells, at length, of another company, its results, ")
                    .append("its chief executive, and what the markets made of it, which is not this story.</p></li>");
        }
        slides.append("</ul>");
        String t = text("<article>" + para(1) + para(2) + "<div class=\"strip\">" + slides + "</div>" + para(3)
                + "<ol><li>1/2 of the dockers voted, says the union, in a ballot that closed on Friday.</li>"
                + "<li>Steps: a list that merely starts with a number stays.</li></ol></article>");
        assertThat(t).contains("Paragraph 1", "Paragraph 3", "1/2 of the dockers voted")
                .doesNotContain("Caption 1", "Caption 4", "Slide title");
    }
}
