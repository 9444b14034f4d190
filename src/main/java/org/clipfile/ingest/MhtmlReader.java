package org.clipfile.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the page out of a {@code .mhtml} / {@code .mht} file (a browser's "single file" save):
 * a MIME multipart message whose first {@code text/html} part is the page, in quoted-printable,
 * base64 or plain 8-bit. Images and stylesheets in the other parts are ignored. Small enough to
 * need no mail library; anything it does not understand is refused with the reason.
 */
final class MhtmlReader {
    private static final Pattern PARAM = Pattern.compile(";\\s*([A-Za-z-]+)\\s*=\\s*(?:\"([^\"]*)\"|([^;\\s]+))");

    private MhtmlReader() {
    }

    /**
     * The page part.
     *
     * @param html     its bytes after the transfer encoding is undone
     * @param charset  the charset the part's header names, or null
     * @param location the page's address (Content-Location or Snapshot-Content-Location), or null
     */
    record Page(byte[] html, String charset, String location) {
    }

    /** Why an MHTML file cannot be read; the message is for the analyst. */
    static final class MhtmlException extends Exception {
        private static final long serialVersionUID = 1L;

        MhtmlException(String message) {
            super(message);
        }
    }

    static Page read(byte[] bytes) throws MhtmlException {
        // ISO-8859-1 maps each byte to one char, so offsets and 8-bit bodies survive unchanged.
        String all = new String(bytes, StandardCharsets.ISO_8859_1);
        Part message = Part.parse(all);
        String type = message.type();
        String snapshotLocation = message.headers.get("snapshot-content-location");
        if (type.startsWith("text/html")) {
            return page(message, snapshotLocation);
        }
        if (!type.startsWith("multipart/")) {
            throw new MhtmlException("not an MHTML page (its content type is " + (type.isEmpty() ? "missing" : type) + ")");
        }
        String boundary = param(message.headers.getOrDefault("content-type", ""), "boundary");
        if (boundary == null || boundary.isEmpty()) {
            throw new MhtmlException("broken MHTML: the multipart message has no boundary");
        }
        String delimiter = "--" + boundary;
        int pos = message.body.indexOf(delimiter);
        while (pos >= 0) {
            int start = pos + delimiter.length();
            if (message.body.startsWith("--", start)) {
                break; // the closing delimiter
            }
            int next = message.body.indexOf(delimiter, start);
            String raw = message.body.substring(start, next < 0 ? message.body.length() : next);
            Part part = Part.parse(stripTrailingNewline(stripLeadingNewline(raw)));
            if (part.type().startsWith("text/html")) {
                return page(part, snapshotLocation);
            }
            pos = next;
        }
        throw new MhtmlException("the MHTML file holds no HTML page");
    }

    private static Page page(Part part, String fallbackLocation) throws MhtmlException {
        String encoding = part.headers.getOrDefault("content-transfer-encoding", "8bit").strip().toLowerCase(Locale.ROOT);
        byte[] body = switch (encoding) {
            case "quoted-printable" -> quotedPrintable(part.body);
            case "base64" -> base64(part.body);
            case "7bit", "8bit", "binary" -> part.body.getBytes(StandardCharsets.ISO_8859_1);
            default -> throw new MhtmlException("the page part uses a transfer encoding Clipfile cannot read (" + encoding + ")");
        };
        String location = part.headers.getOrDefault("content-location", fallbackLocation);
        return new Page(body, param(part.headers.getOrDefault("content-type", ""), "charset"), location);
    }

    private static byte[] quotedPrintable(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '=' && i + 1 < s.length()) {
                if (s.charAt(i + 1) == '\n') {
                    i += 1; // soft line break
                    continue;
                }
                if (s.charAt(i + 1) == '\r' && i + 2 < s.length() && s.charAt(i + 2) == '\n') {
                    i += 2;
                    continue;
                }
                if (i + 2 < s.length()) {
                    int hi = Character.digit(s.charAt(i + 1), 16);
                    int lo = Character.digit(s.charAt(i + 2), 16);
                    if (hi >= 0 && lo >= 0) {
                        out.write(hi * 16 + lo);
                        i += 2;
                        continue;
                    }
                }
            }
            out.write(c & 0xFF);
        }
        return out.toByteArray();
    }

    private static byte[] base64(String s) throws MhtmlException {
        try {
            return Base64.getMimeDecoder().decode(s.strip());
        } catch (IllegalArgumentException e) {
            throw new MhtmlException("broken MHTML: the page's base64 is damaged");
        }
    }

    private static String param(String headerValue, String name) {
        Matcher m = PARAM.matcher(headerValue);
        while (m.find()) {
            if (m.group(1).equalsIgnoreCase(name)) {
                return m.group(2) != null ? m.group(2) : m.group(3);
            }
        }
        return null;
    }

    /** The line break before a delimiter belongs to the delimiter, not to the part. */
    private static String stripTrailingNewline(String s) {
        if (s.endsWith("\r\n")) {
            return s.substring(0, s.length() - 2);
        }
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    private static String stripLeadingNewline(String s) {
        if (s.startsWith("\r\n")) {
            return s.substring(2);
        }
        return s.startsWith("\n") ? s.substring(1) : s;
    }

    /** Headers (lower-case names, folded lines joined) and the body after the first blank line. */
    private record Part(Map<String, String> headers, String body) {
        String type() {
            return headers.getOrDefault("content-type", "").strip().toLowerCase(Locale.ROOT);
        }

        static Part parse(String s) {
            Map<String, String> headers = new LinkedHashMap<>();
            int pos = 0;
            String lastName = null;
            while (pos < s.length()) {
                int eol = s.indexOf('\n', pos);
                if (eol < 0) {
                    eol = s.length();
                }
                String line = s.substring(pos, eol).replace("\r", "");
                pos = eol + 1;
                if (line.isEmpty()) {
                    break;
                }
                if ((line.startsWith(" ") || line.startsWith("\t")) && lastName != null) {
                    headers.merge(lastName, " " + line.strip(), String::concat);
                    continue;
                }
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    continue;
                }
                lastName = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                headers.putIfAbsent(lastName, line.substring(colon + 1).strip());
            }
            return new Part(headers, pos >= s.length() ? "" : s.substring(pos));
        }
    }
}
