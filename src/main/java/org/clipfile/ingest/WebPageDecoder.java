package org.clipfile.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a saved web page the way a browser does, so a page never asks which encoding it is in:
 * a byte-order mark, else the charset the transport named (an MHTML part's header), else the one
 * the page declares in its first bytes ({@code <meta charset>}, {@code http-equiv} or an XML
 * declaration), else UTF-8 if the bytes are valid UTF-8 (what browsers' own saving writes), else
 * a sure detection (an undeclared GB18030 or Shift_JIS page), else windows-1252, the web's
 * default. Bytes that do not fit the chosen charset become U+FFFD, as in a browser.
 *
 * <p>One departure from browsers: a page declaring a legacy charset whose bytes are valid UTF-8
 * with multi-byte characters is read as UTF-8. Legacy text practically never forms valid UTF-8 by
 * accident, while pages re-saved as UTF-8 often keep their old declaration.
 */
final class WebPageDecoder {
    /** How far the declaration is looked for; browsers look at 1024 bytes, saved pages put comments first. */
    private static final int PRESCAN_BYTES = 8192;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\s[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s*<\\?xml[^>]*\\bencoding\\s*=\\s*[\"']([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

    /** The basis of a reading of bytes that are not text at all (NULs, control characters): not a page. */
    static final String BINARY = "binary";

    /** The page's text, the charset it was read in and why (for a note). */
    record Decoded(String text, Charset charset, String basis) {
        boolean isPlainUnicode() {
            return charset.equals(StandardCharsets.UTF_8) || charset.name().startsWith("UTF-16");
        }
    }

    private WebPageDecoder() {
    }

    /**
     * Decodes {@code bytes}.
     *
     * @param transport a charset named outside the page (MHTML part header), or null
     * @param fallback  the encoding the analyst chose for files that name none, or null
     */
    static Decoded decode(byte[] bytes, String transport, Charset fallback) {
        if (TextDecoder.startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(lenient(bytes, 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, EncodingDetector.BASIS_BOM);
        }
        if (TextDecoder.startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(lenient(bytes, 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, EncodingDetector.BASIS_BOM);
        }
        if (TextDecoder.startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(lenient(bytes, 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, EncodingDetector.BASIS_BOM);
        }
        Optional<EncodingGuess> utf16 = EncodingDetector.utf16WithoutBom(bytes);
        if (utf16.isPresent()) {
            return new Decoded(utf16.get().text(), utf16.get().charset(), utf16.get().basis());
        }
        if (TextDecoder.looksBinary(bytes)) {
            return new Decoded("", StandardCharsets.ISO_8859_1, BINARY);
        }
        String utf8 = EncodingDetector.tryDecode(bytes, StandardCharsets.UTF_8);
        String declaredName = transport != null && !transport.isBlank() ? transport : declaredCharset(bytes);
        Optional<Charset> declared = EncodingDetector.charsetFor(declaredName).map(WebPageDecoder::asciiCompatible);
        if (declared.isPresent()) {
            Charset charset = declared.get();
            if (utf8 != null && !charset.equals(StandardCharsets.UTF_8) && hasMultiByte(bytes)) {
                return new Decoded(utf8, StandardCharsets.UTF_8, EncodingDetector.BASIS_UTF8);
            }
            String basis = "declared in the file (" + declaredName.strip() + ")";
            return new Decoded(lenient(bytes, 0, charset), charset, charset.equals(StandardCharsets.UTF_8) ? EncodingDetector.BASIS_UTF8 : basis);
        }
        if (utf8 != null) {
            return new Decoded(utf8, StandardCharsets.UTF_8, EncodingDetector.BASIS_UTF8);
        }
        if (fallback != null) {
            return new Decoded(lenient(bytes, 0, fallback), fallback, "the encoding chosen for files that name none");
        }
        try {
            EncodingGuess guess = EncodingDetector.guess(bytes, null);
            if (guess.sure()) {
                return new Decoded(guess.text(), guess.charset(), guess.basis());
            }
        } catch (TextDecoder.UndecodableException e) {
            // no legacy reading fits strictly: the web's default below still shows the page
        }
        Charset web = Charset.forName("windows-1252");
        return new Decoded(lenient(bytes, 0, web), web, "no charset declared: the web's default");
    }

    /** The charset a page declares in its first bytes ({@code <meta charset>}, http-equiv, XML declaration), or null. */
    static String declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find()) {
            return m.group(1);
        }
        Matcher xml = XML_ENCODING.matcher(head);
        return xml.find() ? xml.group(1) : null;
    }

    /** A page that says UTF-16 but has no BOM was read that far as ASCII: browsers take it as UTF-8. */
    private static Charset asciiCompatible(Charset charset) {
        return charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32") ? StandardCharsets.UTF_8 : charset;
    }

    private static boolean hasMultiByte(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    /** Decoded as a browser does: what is not valid in the charset becomes U+FFFD (String's own decoding). */
    private static String lenient(byte[] bytes, int offset, Charset charset) {
        return new String(bytes, offset, bytes.length - offset, charset);
    }
}
