package org.clipfile.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Renders HTML as a clipping's plain text: one paragraph per block element, paragraphs separated
 * by a blank line, {@code <br>} as a line break, whitespace collapsed as a browser shows it.
 * Package-private helper of the HTML parsers.
 */
final class HtmlText {

    /** Elements that start and end a paragraph of their own. */
    static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "div", "dl", "dt",
            "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
            "hgroup", "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
            "thead", "tfoot", "tr", "ul", "caption");
    /** Cells: a row's cells stay on one line, separated by a tab-like gap. */
    private static final Set<String> CELLS = Set.of("td", "th");

    private HtmlText() {
    }

    /** The paragraphs of {@code roots}, in order, each collapsed to single spaces (line breaks kept). */
    static List<String> paragraphs(List<Element> roots) {
        Renderer renderer = new Renderer();
        for (Element root : roots) {
            renderer.traverse(root);
            renderer.endParagraph();
        }
        return renderer.paragraphs;
    }

    static List<String> paragraphs(Element root) {
        return paragraphs(List.of(root));
    }

    /** Paragraphs joined by blank lines. */
    static String text(List<String> paragraphs) {
        return String.join("\n\n", paragraphs);
    }

    /** A block element, unless its own style makes it inline (as a browser lays it out). */
    static boolean isBlock(Element e) {
        if (!BLOCKS.contains(e.normalName())) {
            return false;
        }
        String style = e.attr("style");
        return style.isEmpty() || !INLINE_STYLE.matcher(style).find();
    }

    private static final java.util.regex.Pattern INLINE_STYLE = java.util.regex.Pattern.compile(
            "display\\s*:\\s*(?:-webkit-)?inline", java.util.regex.Pattern.CASE_INSENSITIVE);

    private static final class Renderer implements NodeVisitor {
        final List<String> paragraphs = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private int preDepth;
        /** Inside an element styled inline, nested blocks are laid out within its line. */
        private int inlineDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                if (preDepth > 0) {
                    current.append(text.getWholeText().replace('\u00A0', ' '));
                } else {
                    appendCollapsed(text.getWholeText());
                }
            } else if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("br")) {
                    trimTrailingSpace();
                    current.append('\n');
                } else if (BLOCKS.contains(tag) && (inlineDepth > 0 || !isBlock(e))) {
                    inlineDepth++;
                } else if (isBlock(e)) {
                    endParagraph();
                    if (tag.equals("pre")) {
                        preDepth++;
                    }
                } else if (CELLS.contains(tag) && current.length() > 0 && current.charAt(current.length() - 1) != '\n') {
                    current.append("  ");
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName()) && inlineDepth > 0) {
                inlineDepth--;
            } else if (node instanceof Element e && isBlock(e)) {
                if (e.normalName().equals("pre")) {
                    preDepth--;
                }
                endParagraph();
            }
        }

        private void appendCollapsed(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                boolean space = Character.isWhitespace(c) || c == '\u00A0';
                if (space) {
                    if (current.length() > 0 && current.charAt(current.length() - 1) != ' '
                            && current.charAt(current.length() - 1) != '\n') {
                        current.append(' ');
                    }
                } else if (c != '\u200B' && c != '\u00AD') { // zero-width space and soft hyphen are layout hints
                    current.append(c);
                }
            }
        }

        private void trimTrailingSpace() {
            while (current.length() > 0 && current.charAt(current.length() - 1) == ' ') {
                current.setLength(current.length() - 1);
            }
        }

        void endParagraph() {
            String paragraph = cleanLines(current.toString());
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph);
            }
            current.setLength(0);
        }

        /** Strips each line; a run of blank lines ({@code <br><br>}) becomes one paragraph break. */
        private static String cleanLines(String s) {
            StringBuilder out = new StringBuilder();
            boolean blankBefore = false;
            for (String line : s.split("\n")) {
                String stripped = line.strip();
                if (stripped.isEmpty()) {
                    blankBefore = out.length() > 0;
                    continue;
                }
                if (out.length() > 0) {
                    out.append(blankBefore ? "\n\n" : "\n");
                }
                out.append(stripped);
                blankBefore = false;
            }
            return out.toString().strip();
        }
    }
}
