package org.clipfile.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Cleans the article once it is found: blocks inside it that are not prose go, judged by what
 * they hold rather than what they are called. A photo gallery (more pictures than paragraphs),
 * a box of links (related stories, tags), a chart drawn in HTML (many tiny labels). A block with
 * ten commas or more is prose and stays; tables and lists stay (data, contents, "see also"),
 * except the numbered captions of a slideshow ("1/50", "2/50", ...).
 */
final class ArticleCleaner {
    private static final Set<String> CONTAINERS = Set.of("div", "section", "aside", "form", "header", "center");
    private static final int PROSE_COMMAS = 10;
    private static final Pattern COUNTER = Pattern.compile("\\s*(\\d{1,3})\\s*/\\s*(\\d{1,3})(?!\\d)");

    private ArticleCleaner() {
    }

    /** Removes the non-prose blocks under each of {@code roots} (never a root itself). */
    static void clean(List<Element> roots) {
        for (Element root : roots) {
            for (Element e : root.select("ul, ol, div, section")) {
                if (e != root && e.parent() != null && isSlideshow(e)) {
                    e.remove();
                }
            }
            List<Element> blocks = new ArrayList<>(root.select("div, section, aside, form, header, center"));
            // deepest first, so a wrapper is judged on what is left in it
            for (int i = blocks.size() - 1; i >= 0; i--) {
                Element e = blocks.get(i);
                if (e != root && e.parent() != null && isNotProse(e)) {
                    e.remove();
                }
            }
        }
    }

    static boolean isNotProse(Element e) {
        String text = e.text();
        if (commas(text) >= PROSE_COMMAS || e.selectFirst("h1") != null) {
            return false;
        }
        double links = linkDensityOutsideHeadings(e);
        if (!CONTAINERS.contains(e.normalName())) {
            return false;
        }
        int paragraphs = e.select("p").size();
        int images = e.select("img").size();
        if (images > 1 && paragraphs * 2 < images) {
            return true; // a gallery
        }
        boolean contentNamed = ArticleExtractor.isContentNamed(e);
        if (links > (contentNamed ? 0.5 : 0.25) && text.length() < 2000 && e.selectFirst("table") == null) {
            return true; // a box of links
        }
        return isLabels(e);
    }

    /**
     * Items that each begin with a counter of one total ("1/50", "2/50", ...): the captions of a
     * slideshow, however long, in any language. Three numbered items at least, and most of the items.
     */
    static boolean isSlideshow(Element e) {
        int numbered = 0;
        int total = -1;
        int expected = 1;
        for (Element item : e.children()) {
            Matcher m = COUNTER.matcher(item.text());
            if (!m.lookingAt()) {
                continue;
            }
            int k = Integer.parseInt(m.group(1));
            int n = Integer.parseInt(m.group(2));
            if (total == -1) {
                total = n;
            }
            if (n != total || k != expected || n < 3) {
                return false;
            }
            expected++;
            numbered++;
        }
        return numbered >= 3 && numbered * 2 > e.children().size();
    }

    /** Share of the text in links, not counting linked headings ("<h2><a href=#x>Setting up</a></h2>"). */
    private static double linkDensityOutsideHeadings(Element e) {
        int all = e.text().length();
        if (all == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            if (a.closest("h1, h2, h3, h4, h5, h6") == null) {
                links += a.text().length();
            }
        }
        return Math.min(1.0, (double) links / all);
    }

    /** Five or more bits of text averaging under 20 characters, none a sentence: a chart or a widget. */
    private static boolean isLabels(Element e) {
        if (e.selectFirst("table, li, pre") != null) {
            return false; // a table of data, a list or code are short by nature
        }
        List<String> bits = HtmlText.paragraphs(e);
        if (bits.size() < 5) {
            return false;
        }
        int total = 0;
        for (String bit : bits) {
            if (bit.length() > 40 || bit.matches(".*[.!?。！？]\\s*$") && bit.length() > 15) {
                return false;
            }
            total += bit.length();
        }
        return total / bits.size() < 20;
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '،') {
                n++;
            }
        }
        return n;
    }
}
