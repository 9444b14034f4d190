package org.clipfile.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A page's JSON-LD ({@code <script type="application/ld+json">}): the node that describes the
 * article, searched through arrays and {@code @graph}. Sites wrap it in CDATA or comments and
 * ship broken JSON; what cannot be read is ignored.
 */
final class JsonLd {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> ARTICLE_TYPES = List.of(
            "newsarticle", "article", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
            "opinionnewsarticle", "backgroundnewsarticle", "liveblogposting", "scholarlyarticle",
            "techarticle", "report", "socialmediaposting", "posting", "webpage", "medicalwebpage", "aboutpage");

    private JsonLd() {
    }

    /** The page's article node (NewsArticle, BlogPosting, ...; else a node with a headline or datePublished), or a missing node. */
    static JsonNode article(Document doc) {
        JsonNode fallback = null;
        JsonNode page = null;
        for (JsonNode node : nodes(doc)) {
            if (isType(node.path("@type"), ARTICLE_TYPES.subList(0, ARTICLE_TYPES.size() - 3))) {
                return node;
            }
            if (page == null && isType(node.path("@type"), ARTICLE_TYPES) && node.has("datePublished")) {
                page = node;
            }
            if (fallback == null && (node.has("headline") || node.has("datePublished"))) {
                fallback = node;
            }
        }
        return page != null ? page : fallback != null ? fallback : JSON.missingNode();
    }

    /** Every object in the page's JSON-LD, outermost first. */
    static List<JsonNode> nodes(Document doc) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            String json = script.data().replace("<![CDATA[", "").replace("]]>", "")
                    .replace("<!--", "").replace("-->", "").strip();
            int start = indexOfAny(json, '{', '[');
            int end = Math.max(json.lastIndexOf('}'), json.lastIndexOf(']'));
            if (start < 0 || end <= start) {
                continue;
            }
            try {
                collect(JSON.readTree(json.substring(start, end + 1)), nodes, 0);
            } catch (JacksonException e) {
                // sites ship broken JSON-LD; the meta tags still count
            }
        }
        return nodes;
    }

    /** A string field, or null. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isArray() && !value.isEmpty()) {
            value = value.get(0);
        }
        return value.isString() ? value.stringValue() : null;
    }

    /** A person or organisation's name: a string, {"name": ...}, or a list of them. */
    static String name(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (node.isString()) {
            return node.stringValue();
        }
        if (node.isArray()) {
            List<String> names = new ArrayList<>();
            for (JsonNode item : node.values()) {
                String name = name(item);
                if (name != null && !name.isBlank() && !names.contains(name)) {
                    names.add(name);
                }
            }
            return names.isEmpty() ? null : String.join(", ", names);
        }
        JsonNode name = node.path("name");
        return name.isString() ? name.stringValue() : null;
    }

    private static void collect(JsonNode node, List<JsonNode> out, int depth) {
        if (depth > 4 || node == null) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode item : node.values()) {
                collect(item, out, depth + 1);
            }
        } else if (node.isObject()) {
            out.add(node);
            collect(node.path("@graph"), out, depth + 1);
        }
    }

    private static boolean isType(JsonNode type, List<String> types) {
        if (type.isArray()) {
            for (JsonNode t : type.values()) {
                if (isType(t, types)) {
                    return true;
                }
            }
            return false;
        }
        return type.isString() && types.contains(type.stringValue().toLowerCase(Locale.ROOT));
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
