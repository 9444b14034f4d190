package org.clipfile.ingest;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.databind.JsonNode;

/** The language a page declares, and the order of day and month its numeric dates are written in. */
final class PageLanguage {
    /** Languages that write numeric dates year first (2019/04/03) or mix orders: a d/m date there stays ambiguous. */
    private static final Set<String> NO_DAY_MONTH_CONVENTION = Set.of("zh", "ja", "ko", "hu", "lt", "fa", "mn");
    /** English-speaking regions that write the month first (04/03/2019 is April 3). */
    private static final Set<String> MONTH_FIRST_REGIONS = Set.of("us", "ph", "fm", "mh", "pw", "as", "gu", "pr", "um", "vi");

    private PageLanguage() {
    }

    /** "de-AT" from {@code <html lang>}, a content-language meta, og:locale or JSON-LD inLanguage; lower case; or "". */
    static String of(Document doc, JsonNode article) {
        Element html = doc.selectFirst("html");
        String lang = html == null ? "" : html.attr("lang");
        if (lang.isBlank()) {
            Element meta = doc.selectFirst("meta[http-equiv~=(?i)content-language][content], meta[property=og:locale][content]");
            lang = meta != null ? meta.attr("content") : "";
        }
        if (lang.isBlank()) {
            String inLanguage = JsonLd.text(article, "inLanguage");
            lang = inLanguage == null ? "" : inLanguage;
        }
        return lang.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** How the page's language writes 03/04/2019: day first in most of the world, month first in US English. */
    static DateOrder dateOrder(Document doc, JsonNode article) {
        return dateOrder(of(doc, article));
    }

    static DateOrder dateOrder(String lang) {
        if (lang.isEmpty()) {
            return DateOrder.UNKNOWN;
        }
        String[] parts = lang.split("-");
        String language = parts[0];
        if (language.equals("en")) {
            if (parts.length < 2) {
                return DateOrder.UNKNOWN; // "en" alone: a US or a British site, the numbers cannot tell
            }
            return MONTH_FIRST_REGIONS.contains(parts[1]) ? DateOrder.MONTH_FIRST : DateOrder.DAY_FIRST;
        }
        return NO_DAY_MONTH_CONVENTION.contains(language) || language.length() > 3 ? DateOrder.UNKNOWN : DateOrder.DAY_FIRST;
    }
}
