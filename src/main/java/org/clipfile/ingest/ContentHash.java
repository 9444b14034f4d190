package org.clipfile.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A fingerprint of a clipping's body for finding duplicates. The text is normalised first so the
 * same article pasted from a browser (curly quotes, non-breaking spaces, em dashes) and imported
 * from a file (straight quotes, hyphens, CRLF) gets the same hash. Hash the body only: titles and
 * dates are often added or corrected by hand.
 */
public final class ContentHash {

    private static final Pattern SINGLE_QUOTES = Pattern.compile("[\\u2018\\u2019\\u201A\\u201B]");
    private static final Pattern DOUBLE_QUOTES = Pattern.compile("[\\u201C\\u201D\\u201E\\u201F]");
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015]");
    private static final Pattern WHITESPACE_RUNS = Pattern.compile("[\\p{javaWhitespace}\\p{Z}]+");

    private ContentHash() {
    }

    /** Lower-case hex SHA-256 (64 characters) of the normalised text; null is treated as empty. */
    public static String of(String text) {
        return sha256Hex(normalise(text == null ? "" : text));
    }

    /** The text exactly as it is hashed; visible for tests and for explaining a duplicate. */
    static String normalise(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = SINGLE_QUOTES.matcher(s).replaceAll("'");
        s = DOUBLE_QUOTES.matcher(s).replaceAll("\"");
        s = DASHES.matcher(s).replaceAll("-");
        s = WHITESPACE_RUNS.matcher(s).replaceAll(" ");
        return s.strip().toLowerCase(Locale.ROOT);
    }

    private static String sha256Hex(String s) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}
