package org.clipfile.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.clipfile.archive.DateOrigin;
import org.clipfile.archive.PublishedDate;
import org.clipfile.files.BoundedLines;
import org.jsoup.Jsoup;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads articles from other tools' JSON: an array of objects, JSON Lines, or an object holding
 * such an array (a news API's {@code {"status": "ok", "articles": [...]}}), or one article object.
 * Fields are matched by their common names, ignoring case, {@code _} and {@code -}:
 * <ul>
 * <li>title: title, headline, webTitle</li>
 * <li>text: text, body, content, articleBody, fullText, bodyText (HTML is rendered to text);
 *     summary or description only when there is nothing else</li>
 * <li>date: date, published, publishedAt, pubDate, datePublished, publicationDate, webPublicationDate</li>
 * <li>url: url, link, href, webUrl, canonicalUrl; source: source, publisher, site, siteName,
 *     sourceName, domain ({"name": ...} objects too); author: author, authors, byline, creator;
 *     tags: tags, keywords, categories; notes: notes</li>
 * </ul>
 * One level of nesting ({@code "fields": {"bodyText": ...}}) is looked into. Arrays and JSON
 * Lines are streamed; a top-level object is read whole (API responses are pages, not archives).
 */
final class ForeignJsonReader {
    /** A top-level object (not an array) is read into memory whole: it may be this large. */
    static final long MAX_OBJECT_FILE_BYTES = 16L * 1024 * 1024;
    /** Largest string (an article's text) and JSON Lines line accepted: far above any article. */
    static final int MAX_STRING_CHARS = 8 * 1024 * 1024;
    static final int MAX_LINE_CHARS = MAX_STRING_CHARS + 64 * 1024;

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(64)
                            .maxStringLength(MAX_STRING_CHARS)
                            .build())
                    .build())
            // Records are read one by one from a stream: what follows a record is the next one.
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final List<String> TITLE = List.of("title", "headline", "webtitle");
    private static final List<String> TEXT = List.of("text", "body", "content", "articlebody", "fulltext", "bodytext",
            "article", "contenttext", "plaintext");
    private static final List<String> SUMMARY = List.of("summary", "description", "abstract", "excerpt", "snippet");
    private static final List<String> DATE = List.of("date", "published", "publishedat", "pubdate", "datepublished",
            "publicationdate", "webpublicationdate", "publishdate", "publisheddate", "publishedtime", "firstpublished");
    private static final List<String> URL = List.of("url", "link", "href", "weburl", "canonicalurl", "permalink");
    private static final List<String> SOURCE = List.of("source", "publisher", "site", "sitename", "sourcename",
            "publication", "domain");
    private static final List<String> AUTHOR = List.of("author", "authors", "byline", "creator", "writer");
    private static final List<String> TAGS = List.of("tags", "keywords", "categories", "category", "labels");
    private static final List<String> NOTES = List.of("notes", "note");

    private ForeignJsonReader() {
    }

    /** Why a file cannot be read at all; the message is for the analyst. */
    static final class UnreadableJsonException extends Exception {
        private static final long serialVersionUID = 1L;

        UnreadableJsonException(String message) {
            super(message);
        }
    }

    /** One record: a clipping, or the reason it is not one. {@code where} is "record 3" or "line 7". */
    record Item(String where, ParsedClipping clipping, String problem) {
    }

    /** Which of the file's fields were read as what, and which were left alone. */
    static final class Mapping {
        private final Set<String> mapped = new LinkedHashSet<>();
        private final Set<String> ignored = new TreeSet<>();

        void mapped(String target, String field) {
            mapped.add(target + " ← " + field);
        }

        void ignored(String field) {
            ignored.add(field);
        }

        /** "mapped title ← headline, text ← body; ignored: id, urlToImage" for the import report. */
        String describe() {
            Set<String> ignoredOnly = new TreeSet<>(ignored);
            for (String m : mapped) {
                String field = m.substring(m.indexOf("← ") + 2);
                ignoredOnly.remove(field.contains(".") ? field.substring(0, field.indexOf('.')) : field);
            }
            return "read as another tool's JSON: mapped " + (mapped.isEmpty() ? "nothing" : String.join(", ", mapped))
                    + (ignoredOnly.isEmpty() ? "" : "; ignored " + String.join(", ", ignoredOnly));
        }
    }

    /**
     * Reads every record of {@code file}, giving each to {@code sink}. Call it once with a no-op
     * sink to check the whole file parses before storing anything.
     */
    static Mapping read(Path file, Consumer<Item> sink) throws IOException, UnreadableJsonException {
        Mapping mapping = new Mapping();
        String ext = FileImporter.extension(file);
        if (ext.equals("jsonl") || ext.equals("ndjson")) {
            readLines(file, sink, mapping);
        } else {
            readDocument(file, sink, mapping);
        }
        return mapping;
    }

    private static void readLines(Path file, Consumer<Item> sink, Mapping mapping) throws IOException, UnreadableJsonException {
        long lineNo = 0;
        int records = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = boundedLine(r, lineNo + 1)) != null) {
                lineNo++;
                if (lineNo == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = MAPPER.readTree(line);
                } catch (JacksonException e) {
                    throw new UnreadableJsonException("broken JSON on line " + lineNo + ": " + e.getOriginalMessage());
                }
                records++;
                if (records == 1 && !node.isObject()) {
                    throw new UnreadableJsonException("line " + lineNo + " is not a JSON object: this is not JSON Lines of articles");
                }
                sink.accept(map(node, "line " + lineNo, mapping));
            }
        } catch (MalformedInputException e) {
            throw new UnreadableJsonException("not UTF-8 text (line " + (lineNo + 1) + ")");
        }
        if (records == 0) {
            throw new UnreadableJsonException("no records in the file");
        }
    }

    /** Reads one line, refusing one longer than any article could be before it fills the memory. */
    private static String boundedLine(BufferedReader r, long lineNo) throws IOException, UnreadableJsonException {
        try {
            return BoundedLines.next(r, MAX_LINE_CHARS);
        } catch (BoundedLines.LineTooLongException e) {
            throw new UnreadableJsonException("line " + lineNo + " is longer than " + MAX_LINE_CHARS / (1024 * 1024)
                    + " MB, which no article is");
        }
    }

    private static void readDocument(Path file, Consumer<Item> sink, Mapping mapping) throws IOException, UnreadableJsonException {
        try (InputStream in = Files.newInputStream(file); JsonParser p = MAPPER.createParser(in)) {
            JsonToken first = p.nextToken();
            if (first == JsonToken.START_ARRAY) {
                int index = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    if (p.currentToken() == null) {
                        throw new UnreadableJsonException("the JSON ends in the middle of the list");
                    }
                    index++;
                    JsonNode node = MAPPER.readTree(p);
                    if (index == 1 && !node.isObject()) {
                        throw new UnreadableJsonException("the JSON is a list of values, not of article objects");
                    }
                    sink.accept(map(node, "record " + index, mapping));
                }
                if (index == 0) {
                    throw new UnreadableJsonException("the JSON list is empty");
                }
                if (p.nextToken() != null) {
                    throw new UnreadableJsonException("there is more JSON after the list");
                }
                return;
            }
            if (first != JsonToken.START_OBJECT) {
                throw new UnreadableJsonException("the JSON is not a list of articles or an object holding one");
            }
            if (Files.size(file) > MAX_OBJECT_FILE_BYTES) {
                throw new UnreadableJsonException("a JSON object this large is not read (limit "
                        + MAX_OBJECT_FILE_BYTES / 1048576 + " MB); a JSON list or JSON Lines file can be any size");
            }
            JsonNode root = MAPPER.readTree(p);
            if (p.nextToken() != null) {
                throw new UnreadableJsonException("there is more JSON after the object");
            }
            readObject(root, sink, mapping);
        } catch (JacksonException e) {
            throw new UnreadableJsonException("broken JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        }
    }

    /** {"articles": [...]} (the first list of objects), or one article. */
    private static void readObject(JsonNode root, Consumer<Item> sink, Mapping mapping) throws UnreadableJsonException {
        for (Map.Entry<String, JsonNode> property : root.properties()) {
            JsonNode value = property.getValue();
            if (value.isArray() && !value.isEmpty() && value.get(0).isObject()) {
                int index = 0;
                for (JsonNode node : value.values()) {
                    index++;
                    sink.accept(map(node, property.getKey() + " " + index, mapping));
                }
                root.propertyNames().stream().filter(k -> !k.equals(property.getKey())).forEach(mapping::ignored);
                return;
            }
        }
        if (find(root, TEXT).isPresent() || find(root, SUMMARY).isPresent()) {
            sink.accept(map(root, "the object", mapping));
            return;
        }
        throw new UnreadableJsonException("no articles found: expected a list of objects with a text, body or content field");
    }

    private record Found(String field, JsonNode value) {
    }

    static Item map(JsonNode node, String where, Mapping mapping) {
        if (!node.isObject()) {
            return new Item(where, null, "not a JSON object");
        }
        List<String> notes = new ArrayList<>();
        Optional<Found> text = find(node, TEXT).filter(f -> !string(f.value).isBlank());
        if (text.isEmpty()) {
            text = find(node, SUMMARY).filter(f -> !string(f.value).isBlank());
            text.ifPresent(f -> notes.add("Only a summary was available (" + f.field + ")."));
        }
        if (text.isEmpty()) {
            return new Item(where, null, "no text (looked for text, body, content, articleBody, summary, description)");
        }
        mapping.mapped("text", text.get().field);
        String body = string(text.get().value);
        if (looksLikeHtml(body)) {
            body = HtmlText.text(HtmlText.paragraphs(Jsoup.parseBodyFragment(body).body()));
        }
        body = TextClippingParser.normalise(body);
        if (body.isBlank()) {
            return new Item(where, null, "its text is empty");
        }

        String title = mapString(node, TITLE, "title", mapping);
        String url = mapString(node, URL, "url", mapping);
        String source = find(node, SOURCE).map(f -> {
            mapping.mapped("source", f.field + (f.value.isObject() ? ".name" : ""));
            return name(f.value);
        }).orElse(null);
        String author = find(node, AUTHOR).map(f -> {
            mapping.mapped("author", f.field);
            return name(f.value);
        }).orElse(null);
        List<String> tags = find(node, TAGS).map(f -> {
            mapping.mapped("tags", f.field);
            return tagList(f.value);
        }).orElse(List.of());
        find(node, NOTES).ifPresent(f -> {
            mapping.mapped("notes", f.field);
            notes.add(string(f.value));
        });
        PublishedDate date = null;
        Optional<Found> dateField = find(node, DATE);
        if (dateField.isPresent()) {
            mapping.mapped("date", dateField.get().field);
            String value = string(dateField.get().value);
            date = MetadataDates.parse(value, DateOrigin.METADATA).orElse(null);
            if (date == null && !value.isBlank()) {
                notes.add("Unrecognised date: " + value);
            }
        }
        Optional<Dateline> dateline = new DateRecognizer().findDateline(body);
        dateline.ifPresent(d -> notes.add("Dateline: " + d.place() + " (" + d.source() + ")"));
        if (source == null) {
            source = dateline.map(Dateline::source).orElse(source);
        }
        if (source == null) {
            source = HtmlClippingParser.hostOf(url);
        }
        for (String field : node.propertyNames()) {
            mapping.ignored(field);
        }
        String finalTitle = title != null && !title.isBlank() ? TitleMaker.shorten(title) : titleFromText(body, dateline);
        ParsedClipping clipping = new ParsedClipping(finalTitle, body, date, blankToNull(source), blankToNull(url),
                blankToNull(author), tags, notes.isEmpty() ? null : String.join("\n", notes));
        return new Item(where, clipping, null);
    }

    /** The first sentence, without a dateline: "BEIJING (Reuters) -" is no part of a title. */
    private static String titleFromText(String body, Optional<Dateline> dateline) {
        String article = dateline.map(d -> body.substring(Math.min(d.length(), body.length()))).orElse(body);
        return TitleMaker.fromFirstSentence(article.isBlank() ? body : article);
    }

    private static String mapString(JsonNode node, List<String> names, String target, Mapping mapping) {
        return find(node, names).map(f -> {
            mapping.mapped(target, f.field);
            return string(f.value).strip();
        }).orElse(null);
    }

    /** The first field named one of {@code names} (in that order of preference), at the top or one level down. */
    private static Optional<Found> find(JsonNode node, List<String> names) {
        for (String name : names) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (normalise(e.getKey()).equals(name) && !e.getValue().isNull()) {
                    return Optional.of(new Found(e.getKey(), e.getValue()));
                }
            }
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (e.getValue().isObject() && !SOURCE.contains(normalise(e.getKey())) && !AUTHOR.contains(normalise(e.getKey()))) {
                for (String name : names) {
                    for (Map.Entry<String, JsonNode> inner : e.getValue().properties()) {
                        if (normalise(inner.getKey()).equals(name) && inner.getValue().isValueNode() && !inner.getValue().isNull()) {
                            return Optional.of(new Found(e.getKey() + "." + inner.getKey(), inner.getValue()));
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static String normalise(String key) {
        return key.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
    }

    private static String string(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return "";
        }
        if (v.isValueNode()) {
            return v.asString("");
        }
        return "";
    }

    /** "Reuters", {"name": "Reuters"}, ["A", {"name": "B"}] → "A, B". */
    private static String name(JsonNode v) {
        if (v.isArray()) {
            List<String> names = new ArrayList<>();
            for (JsonNode item : v.values()) {
                String n = name(item);
                if (n != null && !n.isBlank()) {
                    names.add(n);
                }
            }
            return names.isEmpty() ? null : String.join(", ", names);
        }
        if (v.isObject()) {
            JsonNode n = v.path("name");
            return n.isValueNode() ? n.asString("").strip() : null;
        }
        String s = string(v).strip();
        return s.isEmpty() ? null : s;
    }

    private static List<String> tagList(JsonNode v) {
        List<String> tags = new ArrayList<>();
        if (v.isArray()) {
            for (JsonNode item : v.values()) {
                String t = item.isObject() ? name(item) : string(item);
                if (t != null && !t.isBlank()) {
                    tags.add(t.strip());
                }
            }
        } else {
            for (String t : string(v).split("[,;]")) {
                if (!t.isBlank()) {
                    tags.add(t.strip());
                }
            }
        }
        return tags;
    }

    private static boolean looksLikeHtml(String s) {
        return s.contains("</p>") || s.contains("<p>") || s.contains("<br") || s.contains("</div>");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
