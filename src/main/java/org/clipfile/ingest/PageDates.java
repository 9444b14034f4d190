package org.clipfile.ingest;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clipfile.archive.DateOrigin;
import org.clipfile.archive.DatePrecision;
import org.clipfile.archive.PublishedDate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.databind.JsonNode;

/**
 * Finds when a saved page was published: its metadata (JSON-LD, Open Graph and article meta
 * tags, Dublin Core, microdata, {@code <time>}, hAtom's {@code abbr title}), then the date shown
 * in the article's byline area, then its address. Modification, crawl, copyright and comment
 * dates are not read. Where a timestamp's day and the day the page shows its reader (byline or
 * address) are one apart, the timestamp was written in another zone (UTC, the server's) near
 * midnight: the publisher's local day, the one shown, is the date. Dates after the page was
 * saved or before the web existed are refused. Stateless.
 */
final class PageDates {
    /** The web began in 1991; nothing was published on it before 1990. */
    private static final LocalDate WEB_BEGAN = LocalDate.of(1990, 1, 1);
    /** Meta names (property, name or itemprop) that carry the publication date, most specific first. */
    private static final List<String> PUBLISHED_META = List.of(
            "article:published_time", "og:published_time", "og:article:published_time", "article:published",
            "datepublished", "article.published", "published_time", "published-date", "publish-date", "publishdate",
            "publish_date", "publication_date", "pubdate", "pub_date", "parsely-pub-date", "sailthru.date",
            "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created", "citation_publication_date",
            "citation_date", "prism.publicationdate", "original-publish-date", "dc.date", "dcterms.date", "date",
            "pdate", "publishtime", "pubtime", "displaydate");
    private static final Pattern TIME_OF_DAY = Pattern.compile("(?:T|\\s)(\\d{1,2}):\\d{2}");
    /** A visible line that gives another date than the publication's. */
    private static final Pattern NOT_PUBLISHED = Pattern.compile(
            "^\\s*(?:last\\s+)?(?:updated|modified|edited|aktualisiert|geändert|mis à jour|modifié|actualizado|actualizada|"
                    + "atualizado|aggiornato|bijgewerkt|zaktualizowano|aktualizováno|обновлено|оновлено|güncellendi|更新)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private PageDates() {
    }

    /** A metadata date, and the hour of day its timestamp gives (-1 without a time). */
    private record Found(PublishedDate date, int hour) {
    }

    /**
     * Whether the reader's day {@code shown} is the timestamp's day moved by a time zone: the day
     * before when the stamp is early (before 08:00, as far as US Pacific time is behind UTC), the day
     * after when it is late (from 14:00, as far as eastern Australia is ahead).
     */
    static boolean isZoneShift(LocalDate stamped, int hour, LocalDate shown) {
        long days = ChronoUnit.DAYS.between(stamped, shown);
        return days == -1 && hour < 8 || days == 1 && hour >= 14;
    }

    /**
     * The page's publication date.
     *
     * @param article the page's JSON-LD article node (or a missing node)
     * @param url     the page's address, or null
     * @param savedOn the day the page was saved (no later date is taken), or null for today
     */
    static Optional<PublishedDate> published(Document doc, JsonNode article, String url, LocalDate savedOn) {
        LocalDate latest = savedOn != null ? savedOn : LocalDate.now().plusDays(1);
        DateOrder order = PageLanguage.dateOrder(doc, article);
        Optional<Found> meta = fromMetadata(doc, article, latest);
        Optional<PublishedDate> shown = visibleDate(doc, order).filter(d -> plausible(d, latest));
        Optional<PublishedDate> address = dateInAddress(url).filter(d -> plausible(d, latest));
        if (meta.isPresent()) {
            Found m = meta.get();
            if (m.hour() >= 0 && m.date().precision() == DatePrecision.DAY) {
                for (Optional<PublishedDate> local : List.of(shown, address)) {
                    if (local.isPresent() && local.get().precision() == DatePrecision.DAY
                            && isZoneShift(m.date().start(), m.hour(), local.get().start())) {
                        return local; // a timestamp in UTC or the server's zone; the reader's day is the date
                    }
                }
            }
            return Optional.of(m.date());
        }
        return shown.or(() -> address);
    }

    private static Optional<Found> fromMetadata(Document doc, JsonNode article, LocalDate latest) {
        List<String> values = new ArrayList<>();
        values.add(JsonLd.text(article, "datePublished"));
        for (String name : PUBLISHED_META) {
            values.addAll(metas(doc, name));
        }
        for (Element e : doc.select("[itemprop=datePublished]")) {
            values.add(firstNonBlank(e.attr("content"), e.attr("datetime"), e.text()));
        }
        for (Element e : doc.select("time[pubdate]")) {
            values.add(firstNonBlank(e.attr("datetime"), e.text()));
        }
        for (Element e : doc.select(".published[title], .dtstart[title], .dt-published[datetime]")) {
            values.add(firstNonBlank(e.attr("datetime"), e.attr("title")));
        }
        for (String value : values) {
            Optional<Found> found = read(value, latest);
            if (found.isPresent()) {
                return found;
            }
        }
        for (Element time : ArticleArea.of(doc).select("time[datetime]")) {
            if (!ArticleArea.inOtherStory(time) && !NOT_PUBLISHED.matcher(time.parent() == null ? "" : time.parent().text()).find()) {
                Optional<Found> found = read(time.attr("datetime"), latest);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Found> read(String value, LocalDate latest) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return MetadataDates.parse(value, DateOrigin.METADATA)
                .filter(d -> plausible(d, latest))
                .map(d -> new Found(d, hourOf(value)));
    }

    private static int hourOf(String value) {
        Matcher m = TIME_OF_DAY.matcher(value);
        if (!m.find()) {
            return -1;
        }
        int hour = Integer.parseInt(m.group(1));
        return hour < 12 && value.toLowerCase(java.util.Locale.ROOT).matches(".*\\d\\s*p\\.?m\\b.*") ? hour + 12 : hour;
    }

    /** A date written in the page's byline or date line, e.g. "Published June 14, 2023", "31. Mai 2012": TEXT. */
    static Optional<PublishedDate> visibleDate(Document doc, DateOrder order) {
        for (Element e : ArticleArea.of(doc).select("[class], [id], time")) {
            if (!(e.normalName().equals("time") || hasDateWord(e)) || ArticleArea.inOtherStory(e) || inFactTable(e)) {
                continue;
            }
            String text = e.text();
            if (text.length() <= 200 && !NOT_PUBLISHED.matcher(text).find()) {
                Optional<PublishedDate> date = MetadataDates.findIn(text, DateOrigin.TEXT, order);
                if (date.isPresent() && date.get().precision() == DatePrecision.DAY) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Inside a table with header cells (an encyclopedia's infobox, a data table): a date there is a
     * fact about the subject ("Founded February 28, 1998"), not when the page was published. A
     * layout table, as old news sites used, has no header cells.
     */
    private static boolean inFactTable(Element e) {
        Element table = e.closest("table");
        return table != null && !table.select("th").isEmpty();
    }

    private static boolean hasDateWord(Element e) {
        return ArticleArea.hasWord(e, "date", "time", "published", "publish", "pubdate", "pubtime", "timestamp", "dateline",
                "meta", "info", "byline", "posted", "datum", "fecha", "data", "dated", "created");
    }

    static boolean plausible(PublishedDate date, LocalDate latest) {
        return !date.start().isBefore(WEB_BEGAN) && !date.start().isAfter(latest);
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
            } catch (DateTimeException e) {
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

    private static List<String> metas(Document doc, String key) {
        List<String> values = new ArrayList<>();
        for (Element m : doc.select("meta[content]")) {
            for (String k : (m.attr("property") + " " + m.attr("name") + " " + m.attr("itemprop")).split("\\s+")) {
                if (k.equalsIgnoreCase(key)) {
                    values.add(m.attr("content"));
                    break;
                }
            }
        }
        return values;
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
