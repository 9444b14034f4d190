package org.clipfile.ingest;

import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Where on a page the article's own header is, and which parts belong to other stories. */
final class ArticleArea {

    private ArticleArea() {
    }

    /** The element around the headline ({@code <article>}, {@code <main>}, role=main), else the body. */
    static Element of(Document doc) {
        Element marked = doc.selectFirst("article:has(h1), main:has(h1), [role=main]:has(h1), article, main, [role=main]");
        return marked != null ? marked : doc.body() != null ? doc.body() : doc;
    }

    /** Dates and names inside related-story lists, comments or sidebars belong to other stories. */
    static boolean inOtherStory(Element e) {
        for (Element a : e.parents()) {
            String tag = a.normalName();
            if (tag.equals("aside") || tag.equals("nav") || tag.equals("footer") || tag.equals("li")) {
                return true;
            }
            if (hasWord(a, "related", "recommended", "popular", "trending", "comment", "comments", "sidebar", "promo",
                    "more", "recirc", "outbrain", "taboola", "teaser", "card", "reply", "replies")) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the element's class or id words (split at non-letters) is one of {@code words}. */
    static boolean hasWord(Element e, String... words) {
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        for (String word : names.split("[^a-z0-9]+")) {
            for (String w : words) {
                if (word.equals(w)) {
                    return true;
                }
            }
        }
        return false;
    }
}
