package org.clipfile.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clipfile.archive.DateOrigin;
import org.clipfile.archive.DatePrecision;
import org.clipfile.archive.PublishedDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a saved web page (or pasted HTML) as a clipping: the article's text without the page's
 * furniture, and its title, published date, source, canonical URL and author from the page's
 * metadata (Open Graph and article meta tags, JSON-LD, {@code <time>}), then from its visible
 * byline and dateline. Nothing is fetched and no script runs: jsoup only parses the string.
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlClippingParser {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern SAVED_FROM = Pattern.compile("saved from url=\\(\\d+\\)(\\S+)");
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern BY_PREFIX = Pattern.compile("^(?:by|von|par|por)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE_PARAGRAPH = Pattern.compile("(?:By|BY)\\s+\\p{Lu}[\\p{L}.'’-]+(?:[ ,]+(?:and\\s+)?\\p{Lu}[\\p{L}.'’-]+){0,6}");
    private static final Pattern CJK_SOURCE = Pattern.compile("来源[:：]\\s*([^\\s|｜/<>:：]{2,24})");
    private static final Pattern CJK_AUTHOR = Pattern.compile("(?:作者|记者)[:：]?\\s*([\\p{IsHan}·]{2,8})");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»]\\s+|\\s*[|_｜]\\s*|\\s*--\\s*|\\s*——\\s*");
    private static final List<String> ARTICLE_TYPES = List.of(
            "newsarticle", "article", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
            "opinionnewsarticle", "backgroundnewsarticle", "liveblogposting", "scholarlyarticle",
            "techarticle", "report");
    private static final List<String> DATE_META = List.of(
            "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate", "publish-date",
            "publish_date", "published_time", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
            "sailthru.date", "parsely-pub-date", "article.published", "date", "pdate", "publishtime", "pubtime");
    private static final int MAX_AUTHOR_CHARS = 200;
    private static final Pattern INFO_LINE_WORDS = Pattern.compile(
            "\\s*(?:published|posted|updated|first published|发布时间|时间|日期)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    private final DateRecognizer dates = new DateRecognizer();

    /**
     * Parses a saved page.
     *
     * @param html     the page's text (already decoded)
     * @param baseUri  the page's address if known (to resolve relative links; its host is the
     *                 source of last resort), else null
     * @param fileName the file's name, for a date in it, else null
     * @throws ClippingParseException if the page holds no article text
     */
    public ParsedClipping parse(String html, String baseUri, String fileName) throws ClippingParseException {
        return parse(html, baseUri, fileName, false);
    }

    /** Same, for a page saved on {@code savedOn}: a later published date is a mistake, not the date. */
    public ParsedClipping parse(String html, String baseUri, String fileName, java.time.LocalDate savedOn) throws ClippingParseException {
        return parse(html, baseUri, fileName, false);
    }

    /**
     * Parses HTML from the clipboard. A selection from a page is kept whole (the analyst chose
     * it); a whole page pasted (it has navigation, a header or furniture) is extracted as a saved
     * page is. Windows' clipboard header ({@code Version:0.9 ... SourceURL:}) is understood.
     */
    public ParsedClipping parsePasted(String html, String sourceUrl) throws ClippingParseException {
        String body = html == null ? "" : html;
        String url = sourceUrl;
        if (body.startsWith("Version:")) {
            Matcher m = Pattern.compile("(?m)^SourceURL:(\\S+)").matcher(body);
            if (m.find() && url == null) {
                url = m.group(1);
            }
            int start = body.indexOf('<');
            body = start < 0 ? "" : body.substring(start);
        }
        return parse(body, url, null, true);
    }

    /** The charset a page declares in its first bytes ({@code <meta charset>} or http-equiv), or null. */
    public static String declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    private ParsedClipping parse(String html, String baseUri, String fileName, boolean pasted) throws ClippingParseException {
        if (html == null || html.isBlank()) {
            throw new ClippingParseException("The page is empty.");
        }
        Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
        Page page = readMetadata(doc, html, baseUri);

        List<String> paragraphs;
        if (pasted && !looksLikeWholePage(doc)) {
            ArticleExtractor.clean(doc.body());
            paragraphs = HtmlText.paragraphs(doc.body());
        } else {
            paragraphs = ArticleExtractor.extract(doc);
        }
        paragraphs = dropHeadlineAndByline(paragraphs, page);
        String text = TextClippingParser.normalise(HtmlText.text(paragraphs));
        if (text.isBlank()) {
            throw new ClippingParseException(pasted ? "The pasted HTML has no text." : "No article text was found in the page.");
        }

        List<String> notes = new ArrayList<>();
        Optional<Dateline> dateline = dates.findDateline(text);
        if (dateline.isPresent()) {
            Dateline d = dateline.get();
            notes.add("Dateline: " + d.place() + " (" + d.source() + ")");
            if (page.source == null) {
                page.source = d.source();
            }
            if (page.date == null) {
                page.date = d.date().orElse(null);
            }
        }
        if (page.date == null) {
            page.date = dateInAddress(page.url).orElse(null);
        }
        if (page.date == null) {
            page.date = dates.findInFileName(fileName).orElse(null);
        }
        if (page.source == null) {
            page.source = hostOf(page.url != null ? page.url : baseUri);
        }
        String title = page.title != null ? TitleMaker.shorten(page.title) : TitleMaker.fromFirstSentence(text);
        return new ParsedClipping(title, text, page.date, page.source, page.url, page.author, List.of(),
                notes.isEmpty() ? null : String.join("\n", notes));
    }

    /** Whether pasted HTML is a whole page (extracted) rather than a selection (kept whole). */
    static boolean isWholePage(String html) {
        return html != null && looksLikeWholePage(Jsoup.parse(html));
    }

    /** A whole page rather than a selection: it has the furniture a selection would leave out. */
    private static boolean looksLikeWholePage(Document doc) {
        return doc.selectFirst("nav, header, footer, aside, [role=navigation], meta[property^=og:]") != null;
    }

    /** What the page says about itself, read before any element is removed. */
    private static final class Page {
        String title;
        String siteName;
        String url;
        String author;
        String source;
        PublishedDate date;
    }

    private Page readMetadata(Document doc, String html, String baseUri) {
        Page page = new Page();
        JsonNode article = jsonLdArticle(doc);

        page.siteName = firstNonBlank(meta(doc, "og:site_name"), jsonLdName(article.path("publisher")),
                meta(doc, "application-name"));
        page.source = page.siteName;

        page.url = firstHttpUrl(
                doc.select("link[rel=canonical]").attr("abs:href"),
                meta(doc, "og:url"),
                article.path("url").isString() ? article.path("url").stringValue() : null,
                article.path("mainEntityOfPage").isString() ? article.path("mainEntityOfPage").stringValue()
                        : article.path("mainEntityOfPage").path("@id").asString(""),
                savedFromUrl(doc, html),
                baseUri);

        String h1 = onlyHeadline(doc);
        page.title = firstNonBlank(
                withoutSiteSuffix(meta(doc, "og:title"), page, false),
                withoutSiteSuffix(meta(doc, "twitter:title"), page, false),
                article.path("headline").isString() ? article.path("headline").stringValue() : null,
                h1,
                withoutSiteSuffix(doc.title(), page, true));

        page.author = clean(firstNonBlank(
                jsonLdName(article.path("author")),
                meta(doc, "author"),
                notUrl(meta(doc, "article:author")),
                meta(doc, "byl"),
                meta(doc, "parsely-author"),
                textOf(doc.selectFirst("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]")),
                textOf(doc.selectFirst(".byline, .author, [class*=byline], [class*=author-name]"))));
        if (page.author != null) {
            page.author = BY_PREFIX.matcher(page.author).replaceFirst("");
            if (page.author.length() > MAX_AUTHOR_CHARS || page.author.isBlank()) {
                page.author = null;
            }
        }

        page.date = metaDate(doc, article).orElse(null);
        if (page.date == null) {
            page.date = visibleDate(doc).orElse(null);
        }
        if (page.source == null || page.author == null) {
            readChineseInfoLine(doc, page);
        }
        return page;
    }

    /** The published date from meta tags, JSON-LD or a {@code <time datetime>}: METADATA. */
    private Optional<PublishedDate> metaDate(Document doc, JsonNode article) {
        List<String> values = new ArrayList<>();
        values.add(meta(doc, "article:published_time"));
        values.add(article.path("datePublished").isString() ? article.path("datePublished").stringValue() : null);
        for (String name : DATE_META) {
            values.add(meta(doc, name));
        }
        Element itemprop = doc.selectFirst("[itemprop=datePublished]");
        if (itemprop != null) {
            values.add(firstNonBlank(itemprop.attr("content"), itemprop.attr("datetime")));
        }
        Element pubdate = doc.selectFirst("time[pubdate][datetime]");
        if (pubdate != null) {
            values.add(pubdate.attr("datetime"));
        }
        for (String value : values) {
            Optional<PublishedDate> date = MetadataDates.parse(value, DateOrigin.METADATA);
            if (date.isPresent()) {
                return date;
            }
        }
        for (Element time : articleArea(doc).select("time[datetime]")) {
            if (!inListOfOtherStories(time)) {
                return MetadataDates.parse(time.attr("datetime"), DateOrigin.METADATA);
            }
        }
        return Optional.empty();
    }

    /** A date written in the page's byline or date line, e.g. "Published June 14, 2023": TEXT. */
    private static Optional<PublishedDate> visibleDate(Document doc) {
        for (Element e : articleArea(doc).select("[class], [id]")) {
            if (!hasDateWord(e) || inListOfOtherStories(e)) {
                continue;
            }
            String text = e.text();
            if (text.length() <= 200) {
                Optional<PublishedDate> date = MetadataDates.findIn(text, DateOrigin.TEXT);
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }

    /** Chinese news pages put "2023-06-14 09:30 来源：新华网 作者：..." in one info line. */
    private static void readChineseInfoLine(Document doc, Page page) {
        List<String> lines = new ArrayList<>();
        String metaSource = meta(doc, "source");
        if (metaSource != null) {
            lines.add(metaSource.contains("来源") ? metaSource : "来源：" + metaSource);
        }
        for (Element e : articleArea(doc).select(":containsOwn(来源), :containsOwn(作者), :containsOwn(记者)")) {
            // "来源：<a>人民日报</a>": the name is in a child, so read the element with its children
            lines.add(e.text());
        }
        for (String text : lines) {
            if (text.length() > 200) {
                continue;
            }
            Matcher source = CJK_SOURCE.matcher(text);
            if (page.source == null && source.find()) {
                page.source = source.group(1);
            }
            Matcher author = CJK_AUTHOR.matcher(text);
            if (page.author == null && author.find()) {
                page.author = author.group(1);
            }
        }
    }

    private static boolean hasDateWord(Element e) {
        return hasWord(e, "date", "time", "published", "publish", "pubdate", "pubtime", "timestamp", "dateline",
                "meta", "info", "byline", "posted");
    }

    private static boolean hasWord(Element e, String... words) {
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

    /** Where the article's own header is: the element around the headline, else the whole page. */
    private static Element articleArea(Document doc) {
        Element marked = doc.selectFirst("article:has(h1), main:has(h1), [role=main]:has(h1), article, main");
        return marked != null ? marked : doc.body() != null ? doc.body() : doc;
    }

    /** Dates inside related-story lists, comments or sidebars belong to other stories. */
    private static boolean inListOfOtherStories(Element e) {
        for (Element a : e.parents()) {
            String tag = a.normalName();
            if (tag.equals("aside") || tag.equals("nav") || tag.equals("footer") || tag.equals("li")) {
                return true;
            }
            if (hasWord(a, "related", "recommended", "popular", "trending", "comment", "comments", "sidebar", "promo",
                    "more", "recirc", "outbrain", "taboola", "teaser", "card")) {
                return true;
            }
        }
        return false;
    }

    /** The page's JSON-LD article (NewsArticle, BlogPosting, ...), or a missing node. Broken JSON-LD is ignored. */
    private static JsonNode jsonLdArticle(Document doc) {
        JsonNode fallback = null;
        for (Element script : doc.select("script[type=application/ld+json]")) {
            String json = script.data().strip();
            int start = indexOfAny(json, '{', '[');
            int end = Math.max(json.lastIndexOf('}'), json.lastIndexOf(']'));
            if (start < 0 || end <= start) {
                continue;
            }
            JsonNode root;
            try {
                root = JSON.readTree(json.substring(start, end + 1));
            } catch (JacksonException e) {
                continue; // sites ship broken JSON-LD; the meta tags still count
            }
            List<JsonNode> nodes = new ArrayList<>();
            collectNodes(root, nodes, 0);
            for (JsonNode node : nodes) {
                if (isArticleType(node.path("@type"))) {
                    return node;
                }
                if (fallback == null && (node.has("headline") || node.has("datePublished"))) {
                    fallback = node;
                }
            }
        }
        return fallback != null ? fallback : JSON.missingNode();
    }

    private static void collectNodes(JsonNode node, List<JsonNode> out, int depth) {
        if (depth > 4 || node == null) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode item : node.values()) {
                collectNodes(item, out, depth + 1);
            }
        } else if (node.isObject()) {
            out.add(node);
            collectNodes(node.path("@graph"), out, depth + 1);
        }
    }

    private static boolean isArticleType(JsonNode type) {
        if (type.isArray()) {
            for (JsonNode t : type.values()) {
                if (isArticleType(t)) {
                    return true;
                }
            }
            return false;
        }
        return type.isString() && ARTICLE_TYPES.contains(type.stringValue().toLowerCase(Locale.ROOT));
    }

    /** A JSON-LD person or organisation's name: a string, {"name": ...}, or a list of them. */
    private static String jsonLdName(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (node.isString()) {
            return node.stringValue();
        }
        if (node.isArray()) {
            List<String> names = new ArrayList<>();
            for (JsonNode item : node.values()) {
                String name = jsonLdName(item);
                if (name != null && !name.isBlank() && !names.contains(name)) {
                    names.add(name);
                }
            }
            return names.isEmpty() ? null : String.join(", ", names);
        }
        JsonNode name = node.path("name");
        return name.isString() ? name.stringValue() : null;
    }

    private static String meta(Document doc, String key) {
        for (Element m : doc.select("meta[content]")) {
            String k = firstNonBlank(m.attr("property"), m.attr("name"), m.attr("itemprop"));
            if (k != null && k.equalsIgnoreCase(key)) {
                String v = m.attr("content").strip();
                if (!v.isEmpty()) {
                    return v;
                }
            }
        }
        return null;
    }

    // News addresses carry the publication date: /2023/06/14/, /2023-06-14, /20230614/, people.com.cn's
    // /2023/0614/, or only the month (/2023/06/slug). Years 1990-2099, as whole path segments.
    private static final Pattern ADDRESS_DAY = Pattern.compile(
            "/((?:19|20)\\d{2})(?:/|-)?(\\d{2})(?:/|-)?(\\d{2})(?=[/_.-]|$)");
    private static final Pattern ADDRESS_MONTH = Pattern.compile("/((?:19|20)\\d{2})/(\\d{2})(?=/)");

    /** A date in the page's address (path only, not the query): METADATA, after everything the page itself says. */
    static Optional<PublishedDate> dateInAddress(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String path;
        try {
            path = URI.create(url.strip()).getRawPath();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (path == null) {
            return Optional.empty();
        }
        Matcher day = ADDRESS_DAY.matcher(path);
        while (day.find()) {
            try {
                LocalDate d = LocalDate.of(Integer.parseInt(day.group(1)), Integer.parseInt(day.group(2)), Integer.parseInt(day.group(3)));
                if (d.getYear() >= 1990) {
                    return Optional.of(PublishedDate.day(d, DateOrigin.METADATA));
                }
            } catch (java.time.DateTimeException e) {
                // 2023/13/45 is an id, not a date: look further
            }
        }
        Matcher month = ADDRESS_MONTH.matcher(path);
        while (month.find()) {
            int m = Integer.parseInt(month.group(2));
            if (m >= 1 && m <= 12) {
                return Optional.of(new PublishedDate(LocalDate.of(Integer.parseInt(month.group(1)), m, 1),
                        DatePrecision.MONTH, DateOrigin.METADATA));
            }
        }
        return Optional.empty();
    }

    /** Chrome writes {@code <!-- saved from url=(0042)https://... -->} at the top of a saved page. */
    private static String savedFromUrl(Document doc, String html) {
        Matcher m = SAVED_FROM.matcher(html.substring(0, Math.min(html.length(), 2000)));
        if (m.find()) {
            return m.group(1);
        }
        for (Node n : doc.childNodes()) {
            if (n instanceof Comment c) {
                Matcher inComment = SAVED_FROM.matcher(c.getData());
                if (inComment.find()) {
                    return inComment.group(1);
                }
            }
        }
        return null;
    }

    /** The page's one {@code <h1>}, if it has exactly one with text (several: a listing, not an article). */
    private static String onlyHeadline(Document doc) {
        List<Element> headings = doc.select("h1").stream().filter(h -> !h.text().isBlank()).toList();
        return headings.size() == 1 ? headings.get(0).text() : null;
    }

    /**
     * "Headline | Site", "Headline - Section - Site", "标题_新华网": the headline alone. From
     * {@code <title>} a short last part goes even when the site's name is unknown; from og:title
     * only a part naming the site.
     */
    private static String withoutSiteSuffix(String title, Page page, boolean fromTitleElement) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String t = title.strip();
        for (int i = 0; i < 3; i++) {
            Matcher m = TITLE_SEPARATOR.matcher(t);
            int lastStart = -1;
            int lastEnd = -1;
            while (m.find()) {
                if (m.start() > 0) {
                    lastStart = m.start();
                    lastEnd = m.end();
                }
            }
            if (lastStart < 0) {
                break;
            }
            String head = t.substring(0, lastStart).strip();
            String tail = t.substring(lastEnd).strip();
            if (head.isEmpty()) {
                break;
            }
            if (namesSite(tail, page)) {
                t = head; // then perhaps a section before it: "Headline - World - Reuters"
                continue;
            }
            // A brand is short and capitalised ("Money Daily", "新华网"); "- analysis" is part of a headline.
            if (fromTitleElement && tail.length() <= 30 && tail.length() * 2 <= head.length()
                    && !Character.isLowerCase(tail.codePointAt(0))) {
                t = head;
            }
            break;
        }
        return t;
    }

    private static boolean namesSite(String part, Page page) {
        String p = part.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        if (p.isEmpty()) {
            return false;
        }
        if (page.siteName != null && p.equals(page.siteName.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", ""))) {
            return true;
        }
        String host = hostOf(page.url);
        return host != null && host.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "").startsWith(p) && p.length() >= 3;
    }

    /**
     * Drops the headline (shown as the title), a "By ..." line and a date/source info line
     * ("2023年06月15日10:21 | 来源：人民日报", "Published June 14, 2023") from the start of the text:
     * they are the clipping's fields, not its text.
     */
    private static List<String> dropHeadlineAndByline(List<String> paragraphs, Page page) {
        List<String> out = new ArrayList<>(paragraphs);
        for (int i = 0; i < Math.min(3, out.size()); i++) {
            String p = out.get(i);
            boolean headline = page.title != null && TitleMaker.oneLine(p).equalsIgnoreCase(TitleMaker.oneLine(page.title));
            boolean byline = p.length() < 80 && BYLINE_PARAGRAPH.matcher(p).matches();
            boolean infoLine = p.length() <= 80 && MetadataDates.findIn(p, DateOrigin.TEXT).isPresent()
                    && (p.contains("来源") || INFO_LINE_WORDS.matcher(p).lookingAt());
            if (headline || byline || infoLine) {
                out.remove(i);
                i--;
            }
        }
        return out;
    }

    private static String firstHttpUrl(String... candidates) {
        for (String c : candidates) {
            if (c == null || c.isBlank()) {
                continue;
            }
            String s = c.strip();
            try {
                URI uri = new URI(s);
                String scheme = uri.getScheme();
                if (scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) && uri.getHost() != null) {
                    return s;
                }
            } catch (URISyntaxException e) {
                // not a usable address; try the next
            }
        }
        return null;
    }

    /** "www.reuters.com" → "reuters.com": the source when a page names none. */
    static String hostOf(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = new URI(url.strip()).getHost();
            if (host == null || host.isBlank()) {
                return null;
            }
            return host.toLowerCase(Locale.ROOT).startsWith("www.") ? host.substring(4) : host;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String notUrl(String s) {
        return s != null && (s.startsWith("http://") || s.startsWith("https://")) ? null : s;
    }

    private static String textOf(Element e) {
        return e == null ? null : e.text();
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = TitleMaker.oneLine(s);
        return t.isEmpty() ? null : t;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        if (i < 0) {
            return j;
        }
        return j < 0 ? i : Math.min(i, j);
    }
}
