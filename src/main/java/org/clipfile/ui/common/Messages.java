package org.clipfile.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** All UI text, from {@code org/clipfile/ui/messages.properties}. */
public final class Messages {
    private final ResourceBundle bundle;

    public Messages(Locale locale) {
        bundle = ResourceBundle.getBundle("org.clipfile.ui.messages", locale);
    }

    public static Messages english() {
        return new Messages(Locale.ROOT);
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    /**
     * "1 clipping", "21,301 clippings": the one way the window counts clippings, so no message
     * says "1 clippings" or "clipping(s)". Messages take the result as an argument.
     */
    public String clippings(long n) {
        return get("count.clippings", n);
    }
}
