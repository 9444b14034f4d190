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
import tools.jackson.databind.JsonNode;

/**
 * Reads a saved web page (or pasted HTML) as a clipping: the article's text without the page's
 * furniture, and its title, published date, source, canonical URL and author from the page's
 * metadata (Open Graph and article meta tags, JSON-LD, {@code <time>}), then from its visible
 * byline and dateline. Nothing is fetched and no script runs: jsoup only parses the string.
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlClippingParser {

    private static final Pattern SAVED_FROM = Pattern.compile("saved from url=\\(\\d+\\)(\\S+)");
    private static final Pattern BY_PREFIX = Pattern.compile("^(?:by|von|par|por)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE_PARAGRAPH = Pattern.compile("(?:By|BY)\\s+\\p{Lu}[\\p{L}.'’-]+(?:[ ,]+(?:and\\s+)?\\p{Lu}[\\p{L}.'’-]+){0,6}");
    private static final Pattern CJK_SOURCE = Pattern.compile("来源[:：]\\s*([^\\s|｜/<>:：]{2,24})");
    private static final Pattern CJK_AUTHOR = Pattern.compile("(?:作者|记者)[:：]?\\s*([\\p{IsHan}·]{2,8})");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»]\\s+|\\s*[|_｜]\\s*|\\s*--\\s*|\\s*——\\s*");
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
        return parse(html, baseUri, fileName, null, false);
    }

    /** Same, for a page saved on {@code savedOn}: a later published date is a mistake, not the date. */
    public ParsedClipping parse(String html, String baseUri, String fileName, LocalDate savedOn) throws ClippingParseException {
        return parse(html, baseUri, fileName, savedOn, false);
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
        return parse(body, url, null, null, true);
    }

    /** The charset a page declares in its first bytes ({@code <meta charset>} or http-equiv), or null. */
    public static String declaredCharset(byte[] bytes) {
        return WebPageDecoder.declaredCharset(bytes);
    }

    private ParsedClipping parse(String html, String baseUri, String fileName, LocalDate savedOn, boolean pasted)
            throws ClippingParseException {
        if (html == null || html.isBlank()) {
            throw new ClippingParseException("The page is empty.");
        }
        Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
        Page page = readMetadata(doc, html, baseUri, savedOn);

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

    private Page readMetadata(Document doc, String html, String baseUri, LocalDate savedOn) {
        Page page = new Page();
        JsonNode article = JsonLd.article(doc);

        page.siteName = firstNonBlank(meta(doc, "og:site_name"), JsonLd.name(article.path("publisher")),
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
                JsonLd.name(article.path("author")),
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

        page.date = PageDates.published(doc, article, page.url, savedOn).orElse(null);
        if (page.source == null || page.author == null) {
            readChineseInfoLine(doc, page);
        }
        return page;
    }

    /** Chinese news pages put "2023-06-14 09:30 来源：新华网 作者：..." in one info line. */
    private static void readChineseInfoLine(Document doc, Page page) {
        List<String> lines = new ArrayList<>();
        String metaSource = meta(doc, "source");
        if (metaSource != null) {
            lines.add(metaSource.contains("来源") ? metaSource : "来源：" + metaSource);
        }
        for (Element e : ArticleArea.of(doc).select(":containsOwn(来源), :containsOwn(作者), :containsOwn(记者)")) {
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
            if (head.isEmpty() || tail.isEmpty()) {
                break; // "Headline |" or "| Site": nothing to drop
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
}
