package org.clipfile.bench.capture;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * How the capture-quality scorer cuts text into comparable pieces: segments (paragraphs, lines)
 * and 4-word shingles. Both sides of a comparison go through the same normalisation, so only the
 * choice of text is measured, never its layout.
 */
final class TextSegments {

    /**
     * Elements that begin and end a segment of the expected article. Table rows are one segment;
     * each line of preformatted text is one, as a stored clipping keeps those lines.
     */
    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "div", "dl", "dt",
            "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
            "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tr", "ul", "caption", "br");

    private TextSegments() {
    }

    /** The expected article's segments: the text of each block element, and each {@code <br>}-separated line. */
    static List<String> ofHtml(String html) {
        Element body = Jsoup.parse(html).body();
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        body.traverse(new NodeVisitor() {
            private int preDepth;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    if (preDepth == 0) {
                        current.append(t.getWholeText());
                        return;
                    }
                    // preformatted text keeps its lines, and a stored clipping keeps them as lines
                    String[] lines = t.getWholeText().split("\n", -1);
                    for (int i = 0; i < lines.length; i++) {
                        if (i > 0) {
                            flush();
                        }
                        current.append(lines[i]);
                    }
                } else if (node instanceof Element e) {
                    if (e.normalName().equals("pre")) {
                        preDepth++;
                    }
                    if (BLOCKS.contains(e.normalName())) {
                        flush();
                    } else if (e.normalName().equals("td") || e.normalName().equals("th")) {
                        current.append(' ');
                    } else if (e.normalName().equals("img") || e.normalName().equals("script") || e.normalName().equals("style")) {
                        current.append(' ');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush();
                }
                if (node instanceof Element e && e.normalName().equals("pre")) {
                    preDepth--;
                }
            }

            private void flush() {
                String n = normalise(current.toString());
                if (hasWordCharacter(n)) {
                    lines.add(n);
                }
                current.setLength(0);
            }
        });
        String rest = normalise(current.toString());
        if (hasWordCharacter(rest)) {
            lines.add(rest);
        }
        return lines;
    }

    /** A stored clipping's segments: its title is not among them, each non-blank line of its text is one. */
    static List<String> ofText(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            String n = normalise(line);
            if (hasWordCharacter(n)) {
                lines.add(n);
            }
        }
        return lines;
    }

    /** NFKC, lower case, zero-width characters dropped, every run of white space one space. */
    static String normalise(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace("\u200B", "").replace("\u00AD", "").replace("\u200E", "").replace("\u200F", "");
        return n.replaceAll("[\\s\\u00A0\\u3000]+", " ").strip();
    }

    private static boolean hasWordCharacter(String s) {
        return s.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /**
     * The multiset of 4-token shingles of {@code text}. Tokens are runs of letters and digits;
     * each Han, kana or Thai character is a token of its own, as those scripts do not space words.
     */
    static Map<String, Integer> shingles(String text) {
        List<String> tokens = tokens(normalise(text));
        Map<String, Integer> out = new HashMap<>();
        if (tokens.isEmpty()) {
            return out;
        }
        if (tokens.size() < 4) {
            out.merge(String.join(" ", tokens), 1, Integer::sum);
            return out;
        }
        for (int i = 0; i + 4 <= tokens.size(); i++) {
            out.merge(String.join(" ", tokens.subList(i, i + 4)), 1, Integer::sum);
        }
        return out;
    }

    static List<String> tokens(String s) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (isUnspacedScript(cp)) {
                if (word.length() > 0) {
                    tokens.add(word.toString());
                    word.setLength(0);
                }
                tokens.add(new String(Character.toChars(cp)));
            } else if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
                word.appendCodePoint(cp);
            } else if (word.length() > 0) {
                tokens.add(word.toString());
                word.setLength(0);
            }
        });
        if (word.length() > 0) {
            tokens.add(word.toString());
        }
        return tokens;
    }

    private static boolean isUnspacedScript(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI;
    }

    /** How many items the two multisets share, counting repeats. */
    static <T> int overlap(Map<T, Integer> a, Map<T, Integer> b) {
        int shared = 0;
        for (Map.Entry<T, Integer> e : a.entrySet()) {
            shared += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
        }
        return shared;
    }

    static Map<String, Integer> counts(List<String> items) {
        Map<String, Integer> out = new HashMap<>();
        items.forEach(i -> out.merge(i, 1, Integer::sum));
        return out;
    }
}
