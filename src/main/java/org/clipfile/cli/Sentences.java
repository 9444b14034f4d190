package org.clipfile.cli;

/** Every message the command line prints reads the same way: "clipfile: what went wrong", no capital, no full stop. */
final class Sentences {
    private Sentences() {
    }

    /**
     * {@code "The clipping is empty."} becomes {@code "the clipping is empty"}; a word in capitals
     * ({@code "SQLite"}, {@code "JSON"}) or a path at the start is left as it is.
     */
    static String plain(String message) {
        String s = message == null ? "" : message.strip();
        while (s.endsWith(".") && !s.endsWith("..")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.length() >= 2 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))) {
            s = Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }
}
