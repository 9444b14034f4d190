package org.clipfile.links;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a clipping's URL may be handed to the desktop to open. The field is data written by
 * whoever made the file (another tool's JSON, a colleague's export), and the desktop starts
 * whatever program is registered for a scheme ({@code ms-msdt:}, {@code file:}, {@code smb:},
 * {@code javascript:} ...): so only an {@code http} or {@code https} address with a host is ever
 * opened; every other value is shown and can be copied, never opened.
 */
public final class WebAddress {
    private WebAddress() {
    }

    /**
     * The address to open, if {@code value} is a web address: scheme {@code http} or {@code https},
     * a host, no spaces or control characters, parsed the way the desktop would parse it.
     */
    public static Optional<URI> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip();
        if (v.isEmpty() || v.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c)
                || Character.getType(c) == Character.FORMAT)) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(v);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.isOpaque()
                    || uri.getHost() == null || uri.getHost().isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    public static boolean isWebAddress(String value) {
        return parse(value).isPresent();
    }
}
