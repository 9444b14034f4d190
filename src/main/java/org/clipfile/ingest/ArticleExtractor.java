package org.clipfile.ingest;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds a page's article and renders its text, readability-style: page furniture (navigation,
 * share buttons, related links, cookie and paywall banners, ads, comments) is removed by element
 * and by class/id words; then containers are scored by the paragraph text they hold, discounted
 * by how much of it is links, and the best one (with siblings that score nearly as well, for
 * sites that split a story into several blocks) is the article. Modifies the document it is given.
 */
final class ArticleExtractor {

    /** Never article text: removed before anything is scored. */
    private static final String ALWAYS_REMOVED = "script, style, noscript, template, svg, canvas, iframe, object, embed, "
            + "button, input, select, textarea, label, dialog, nav, aside, figure, figcaption, picture, video, audio, "
            + "link, meta, [hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], "
            + "[role=complementary], [role=dialog], [role=alertdialog], [role=search], [role=menu], [role=toolbar]";

    /** Class or id words (whole words, split at - and _) that mark furniture. */
    private static final Set<String> JUNK_WORDS = Set.of(
            "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising", "banner", "breadcrumb",
            "breadcrumbs", "byline", "comment", "comments", "consent", "cookie", "cookies", "disqus", "footer",
            "gdpr", "login", "masthead", "menu", "modal", "more", "nav", "navbar", "navigation", "newsletter",
            "outbrain", "overlay", "paywall", "popular", "popup", "print", "promo", "promotion", "recirc",
            "recommended", "related", "share", "sharing", "sidebar", "signup", "social", "sponsor", "sponsored",
            "subscribe", "subscription", "taboola", "tags", "toolbar", "trending", "widget", "timestamp",
            "author", "date", "skip", "sr", "visually", "caption", "credit", "meter", "regwall", "gallery", "slideshow",
            "carousel");
    /** Furniture words that can sit inside a longer class word ("sharebar", "cookieNotice"). */
    private static final List<String> JUNK_PARTS = List.of(
            "cookie", "consent", "paywall", "newsletter", "subscribe", "outbrain", "taboola", "advert", "sponsor",
            "breadcrumb", "social", "sharebar", "sharing", "popup", "sidebar", "related", "recommend", "promo",
            "byline", "disqus", "comment-", "comments");
    /** Class or id words that mark article content. */
    private static final Set<String> CONTENT_WORDS = Set.of(
            "article", "body", "content", "entry", "main", "post", "story", "text", "blog", "hentry", "prose",
            "articlebody", "storybody", "postbody", "detail");

    /** Class words that mark furniture even when it holds paragraphs of prose. */
    private static final Set<String> ALWAYS_FURNITURE = Set.of(
            "comment", "comments", "disqus", "reply", "replies", "footer", "sidebar", "cookie", "cookies", "consent",
            "gdpr", "paywall", "regwall", "newsletter", "subscribe", "subscription", "signup", "login", "modal", "popup",
            "outbrain", "taboola", "ad", "ads", "advert", "advertisement", "sponsored", "sponsor", "gallery", "slideshow",
            "carousel");
    /** Tags that sit inside a sentence. */
    private static final Set<String> INLINE = Set.of(
            "a", "span", "em", "strong", "b", "i", "u", "abbr", "cite", "code", "sup", "sub", "small", "mark", "q", "time",
            "font", "dfn", "kbd", "var", "s", "del", "ins", "bdi", "bdo");
    /** Prose in a box that is at least this long is a story, not furniture. */
    private static final int STORY_CHARS = 400;
    /** An extraction shorter than this is checked against one with fewer furniture rules. */
    private static final int THIN_ARTICLE_CHARS = 500;
    private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");
    private static final int MIN_PARAGRAPH_CHARS = 25;
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    /** Elements beside the article that frame it and are never more of its text. */
    private static final Set<String> STRUCTURE_ONLY = Set.of("footer", "header", "nav", "aside");
    /** How much more prose the element around the best block must hold to be the story instead. */
    private static final double WIDEN_FACTOR = 1.5;
    private static final int MAX_SCORED_ANCESTORS = 5;
    /** Paragraphs the page repeats around every article, not the article's words. */
    private static final Set<String> BOILERPLATE = Set.of(
            "advertisement", "advertising", "ad", "share", "share this", "share this article", "share this story",
            "read more", "continue reading", "related", "related articles", "related stories", "subscribe",
            "sign up", "skip to content", "skip to main content", "back to top", "print", "email", "comments",
            "广告", "分享", "分享到", "返回顶部", "打印", "关闭", "相关新闻", "相关阅读", "小字号", "大字号", "中字号",
            "分享让更多人看到", "扫一扫", "纠错", "收藏");

    private ArticleExtractor() {
    }

    /** The article's paragraphs; empty if the page has no text at all. */
    static List<String> extract(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return List.of();
        }
        Element untouched = body.clone();
        clean(body);
        List<String> paragraphs = articleParagraphs(body);
        if (chars(paragraphs) < THIN_ARTICLE_CHARS) {
            // The furniture rules took too much (a story inside a "more" or "promo" box): try
            // again with only what is never text removed, and keep the fuller reading.
            removeNeverText(untouched);
            List<String> second = articleParagraphs(untouched);
            if (chars(second) > chars(paragraphs) * 2) {
                return second;
            }
        }
        return paragraphs;
    }

    private static List<String> articleParagraphs(Element body) {
        List<String> paragraphs = new ArrayList<>();
        List<Element> article = findArticle(body);
        ArticleCleaner.clean(article);
        for (String p : HtmlText.paragraphs(article)) {
            if (!BOILERPLATE.contains(p.toLowerCase(Locale.ROOT).replaceAll("[\\s:：|»›>]+$", ""))) {
                paragraphs.add(p);
            }
        }
        return paragraphs;
    }

    private static int chars(List<String> paragraphs) {
        return paragraphs.stream().mapToInt(String::length).sum();
    }

    private static void removeNeverText(Element body) {
        body.select(ALWAYS_REMOVED).remove();
        body.select("[style]").stream()
                .filter(e -> e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "").matches(".*(display:none|visibility:hidden).*"))
                .forEach(Element::remove);
    }

    /** Removes furniture; also used by the paste path, which keeps all that remains. */
    static void clean(Element body) {
        removeNeverText(body);
        int bodyText = body.text().length();
        List<Element> junk = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body || e.normalName().equals("html") || e.normalName().equals("a") && !e.hasAttr("class")) {
                continue;
            }
            if (INLINE.contains(e.normalName()) && hasOwnText(e.parent())) {
                continue; // a word in a sentence ("<a class=popup>elderly</a> man") is never furniture
            }
            if (holdsAStory(e)) {
                continue; // paragraphs of prose in a box called "read-more" or "promo" are still the story
            }
            boolean furniture = isJunk(e) || e.normalName().equals("footer")
                    || e.normalName().equals("header") && e.selectFirst("h1") == null;
            // A wrapper that holds the headline or most of the page is never furniture, whatever it is called.
            if (furniture && !isContent(e) && e.selectFirst("h1") == null && e.text().length() * 2 < bodyText) {
                junk.add(e);
            }
        }
        junk.forEach(Element::remove);
    }

    private static boolean hasOwnText(Element e) {
        if (e == null) {
            return false;
        }
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t && !t.isBlank()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a box whose class says furniture holds prose all the same: paragraphs of real length
     * that are not links. Comments, footers and sidebars are furniture whatever they hold.
     */
    private static boolean holdsAStory(Element e) {
        for (String name : names(e)) {
            for (String word : words(name)) {
                if (ALWAYS_FURNITURE.contains(word)) {
                    return false;
                }
            }
        }
        int prose = 0;
        for (Element p : e.select("p")) {
            if (p.text().length() >= 80 && linkDensity(p) < 0.25) {
                prose += p.text().length();
            }
        }
        return prose >= STORY_CHARS && linkDensity(e) < 0.3;
    }

    static boolean isJunk(Element e) {
        for (String name : names(e)) {
            String lower = name.toLowerCase(Locale.ROOT);
            for (String part : JUNK_PARTS) {
                if (lower.contains(part)) {
                    return true;
                }
            }
            for (String word : words(name)) {
                if (JUNK_WORDS.contains(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean isContentNamed(Element e) {
        return isContent(e);
    }

    private static boolean isContent(Element e) {
        if (e.normalName().equals("article") || e.normalName().equals("main") || e.attr("itemprop").equals("articleBody")) {
            return true;
        }
        for (String name : names(e)) {
            for (String word : words(name)) {
                if (CONTENT_WORDS.contains(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The class names and the id. */
    private static List<String> names(Element e) {
        List<String> names = new ArrayList<>(e.classNames());
        if (!e.id().isEmpty()) {
            names.add(e.id());
        }
        return names;
    }

    /** "articleBody__para-text" → article, body, para, text. */
    private static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        for (String w : WORD_SPLIT.split(CAMEL.matcher(name).replaceAll("-"))) {
            if (!w.isEmpty()) {
                words.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    /** The article's element(s), best first in document order; the body if nothing scores. */
    private static List<Element> findArticle(Element body) {
        Element marked = body.selectFirst("[itemprop=articleBody]");
        if (marked != null && paragraphChars(marked) >= 200) {
            return List.of(marked);
        }
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element p : body.select("p, pre, blockquote, div, td, section, li")) {
            if (!p.normalName().equals("p") && !p.normalName().equals("pre") && !holdsOwnText(p)) {
                continue; // a div counts as a paragraph only when it holds text itself (<br>-separated blogs)
            }
            String text = ownParagraphText(p);
            if (text.length() < MIN_PARAGRAPH_CHARS) {
                continue;
            }
            double score = 1 + commas(text) + Math.min(text.length() / 100.0, 3);
            // The paragraph's container gets its full score, ancestors less and less (as Mozilla's
            // Readability does), so a story whose paragraphs are each wrapped in a div or two
            // still adds up in the element that holds them all.
            Element ancestor = p.normalName().equals("p") || p.normalName().equals("pre") ? p.parent() : p;
            for (int level = 0; ancestor != null && level < MAX_SCORED_ANCESTORS; level++) {
                if (ancestor.normalName().equals("html")) {
                    break;
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                addScore(scores, ancestor, score / divider);
                ancestor = ancestor.parent();
            }
        }
        if (scores.isEmpty()) {
            return List.of(body);
        }
        Element best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            double score = finalScore(e.getKey(), e.getValue());
            e.setValue(score);
            if (score > bestScore) {
                best = e.getKey();
                bestScore = score;
            }
        }
        Element widened = widen(best);
        return widened == best ? withSiblings(best, bestScore, scores) : List.of(widened);
    }

    private static void addScore(Map<Element, Double> scores, Element e, double add) {
        scores.merge(e, initialScore(e) + add, (old, ignored) -> old + add);
    }

    private static double initialScore(Element e) {
        double score = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (isContent(e)) {
            score += 25;
        }
        if (isJunk(e)) {
            score -= 25;
        }
        return score;
    }

    private static double finalScore(Element e, double score) {
        return score * (1 - linkDensity(e));
    }

    /**
     * The best block may be one part of a story split into steps or sections: while the element
     * around it holds much more prose (paragraphs that are not links) than it does, the story is
     * that element.
     */
    private static Element widen(Element best) {
        Element chosen = best;
        int prose = prose(best);
        for (Element parent = best.parent(); parent != null && !parent.normalName().equals("body")
                && !parent.normalName().equals("html"); parent = parent.parent()) {
            int more = prose(parent);
            // ... and is mostly that prose, not lists of other stories or comments around it
            if (more >= prose * WIDEN_FACTOR && linkDensity(parent) < 0.3 && parent.text().length() <= more * 1.5
                    && shortBits(parent) - shortBits(chosen) <= 5) {
                chosen = parent;
                prose = more;
            } else if (more > prose) {
                break; // more text, but not enough more prose: what is around is the page, not the story
            }
        }
        return chosen;
    }

    /** Bits of text under 80 characters outside lists: labels, buttons, captions, player controls. */
    private static int shortBits(Element e) {
        int n = 0;
        for (String bit : HtmlText.paragraphs(e)) {
            if (bit.length() < 80) {
                n++;
            }
        }
        return n;
    }

    /** Characters of prose: paragraphs (or blocks of own text) of real length that are not mostly links. */
    private static int prose(Element e) {
        int chars = 0;
        for (Element p : e.select("p, pre, div, td, li, blockquote")) {
            String text = ownParagraphText(p);
            if (text.length() >= 80 && (p.normalName().equals("p") || p.normalName().equals("pre") || holdsOwnText(p))
                    && linkDensity(p) < 0.25) {
                chars += text.length();
            }
        }
        return chars;
    }

    /** Sibling blocks of the best one that look like more of the same story. */
    private static List<Element> withSiblings(Element best, double bestScore, Map<Element, Double> scores) {
        // A block whose wrapper adds nothing to it (no other child, or only emptied ad slots and
        // a line or two) is compared with the wrapper's siblings instead: a story cut into sections,
        // each wrapped in layout divs, has its other parts there, not beside the block.
        // The block itself is kept, not the wrapper, whose few extra lines are headings and labels.
        Element anchor = best;
        boolean onlyWrapped = true; // no wrapper on the way up held anything but the block
        while (anchor.parent() != null && !anchor.parent().normalName().equals("body")
                && !anchor.parent().normalName().equals("html") && addsNothing(anchor.parent(), anchor)) {
            onlyWrapped &= anchor.parent().children().size() == 1;
            anchor = anchor.parent();
        }
        Element parent = anchor.parent();
        if (parent == null || anchor.normalName().equals("body")) {
            return List.of(best);
        }
        double threshold = Math.max(10, bestScore * 0.2);
        String kind = kind(anchor);
        List<Element> chosen = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == anchor) {
                chosen.add(best);
                continue;
            }
            Double score = scores.get(sibling);
            if (STRUCTURE_ONLY.contains(sibling.normalName())) {
                continue; // the article's footer (tags, the author's biography), not more of its text
            }
            boolean sameKind = !kind.isEmpty() && kind(sibling).equals(kind);
            boolean goodParagraph = sibling.normalName().equals("p") && sibling.text().length() > 80 && linkDensity(sibling) < 0.25;
            if (!onlyWrapped) {
                // Beside a wrapper, only blocks wrapped the same way are more of the story;
                // comments and link boxes at that level score too.
                if (sameKind && score != null) {
                    chosen.add(sibling);
                }
            } else if (score != null && score >= threshold || sameKind && score != null || goodParagraph) {
                chosen.add(sibling);
            }
        }
        return chosen;
    }

    private static boolean addsNothing(Element wrapper, Element block) {
        if (wrapper.children().size() == 1) {
            return true;
        }
        int extra = wrapper.text().length() - block.text().length();
        return extra <= block.text().length() * 0.1 && prose(wrapper) == prose(block);
    }

    /**
     * The first class without its numbers: "story-body story-body-2" and "story-body story-body-1",
     * or "block pb-15" and "block pb-10 cf", are one kind.
     */
    private static String kind(Element e) {
        String first = e.classNames().stream().findFirst().orElse("");
        return DIGITS.matcher(first).replaceAll("");
    }

    private static boolean holdsOwnText(Element e) {
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t && t.text().strip().length() >= MIN_PARAGRAPH_CHARS) {
                return true;
            }
        }
        return false;
    }

    private static String ownParagraphText(Element e) {
        return e.normalName().equals("p") || e.normalName().equals("pre") ? e.text() : e.ownText();
    }

    private static int paragraphChars(Element e) {
        return e.select("p").stream().mapToInt(p -> p.text().length()).sum() + e.ownText().length();
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '、') {
                n++;
            }
        }
        return n;
    }

    static double linkDensity(Element e) {
        int all = e.text().length();
        if (all == 0) {
            return 0;
        }
        int links = e.select("a").stream().mapToInt(a -> a.text().length()).sum();
        return Math.min(1.0, (double) links / all);
    }
}
