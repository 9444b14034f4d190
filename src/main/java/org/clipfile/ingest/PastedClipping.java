package org.clipfile.ingest;

/**
 * What the window's paste editor calls with the clipboard's contents. Browsers put
 * {@code text/html} beside the plain text when copying from a page; the HTML keeps paragraph
 * breaks, the headline and often the page's address, so it is read first, with the same
 * extraction as a saved page (a whole page pasted loses its navigation and ads; a selection is
 * kept whole). Without usable HTML the plain text is read as a text clipping.
 *
 * <p>Stateless and thread-safe.
 */
public final class PastedClipping {
    private final HtmlClippingParser htmlParser = new HtmlClippingParser();
    private final TextClippingParser textParser = new TextClippingParser();

    /**
     * Reads a paste.
     *
     * @param html      the clipboard's HTML, or null (JavaFX: {@code Clipboard.getHtml()})
     * @param plainText the clipboard's plain text, or null ({@code Clipboard.getString()})
     * @param sourceUrl the page's address if the clipboard names it, else null (Windows' HTML
     *                  clipboard format carries it in its header, which is read too)
     * @throws ClippingParseException if neither holds any text; the message is for the analyst
     */
    public ParsedClipping parse(String html, String plainText, String sourceUrl) throws ClippingParseException {
        if (html != null && !html.isBlank()) {
            try {
                ParsedClipping fromHtml = htmlParser.parsePasted(html, sourceUrl);
                if (plainText == null || plainText.isBlank() || fromHtml.text().length() * 4 >= visibleLength(plainText)
                        || HtmlClippingParser.isWholePage(html)) {
                    return fromHtml; // a whole page's extract is meant to be much shorter than its text
                }
                // A selection whose HTML holds far less than the plain text: a clipboard HTML flavour
                // that lost the content (some editors put only a wrapper there). The plain text is
                // what was copied.
            } catch (ClippingParseException | RuntimeException e) {
                // fall back to the plain text below
            }
        }
        if (plainText == null || plainText.isBlank()) {
            throw new ClippingParseException("The clipboard holds no text.");
        }
        ParsedClipping text = textParser.parse(plainText, null);
        if (text.url() == null && sourceUrl != null && !sourceUrl.isBlank()) {
            return new ParsedClipping(text.title(), text.text(), text.date(), text.source() != null ? text.source()
                    : HtmlClippingParser.hostOf(sourceUrl), sourceUrl, text.author(), text.tags(), text.notes());
        }
        return text;
    }

    private static int visibleLength(String s) {
        return s.replaceAll("\\s+", "").length();
    }
}
