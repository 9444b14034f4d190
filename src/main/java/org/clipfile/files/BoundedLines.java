package org.clipfile.files;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * Reads text line by line, refusing a line once it grows past a limit — before it fills the
 * memory, which {@link BufferedReader#readLine()} would not do for a hostile 50 MB line.
 */
public final class BoundedLines {
    private BoundedLines() {
    }

    /** A line longer than the limit; the caller says what that means for its file. */
    public static final class LineTooLongException extends IOException {
        private static final long serialVersionUID = 1L;

        LineTooLongException(int limit) {
            super("line longer than " + limit + " characters");
        }
    }

    /** The next line without its ending (LF or CRLF), or null at the end of the input. */
    public static String next(BufferedReader r, int maxChars) throws IOException {
        StringBuilder line = new StringBuilder();
        int ch;
        while ((ch = r.read()) != -1) {
            if (ch == '\n') {
                return line.toString();
            }
            if (ch != '\r') {
                line.append((char) ch);
            }
            if (line.length() > maxChars) {
                throw new LineTooLongException(maxChars);
            }
        }
        return line.length() == 0 ? null : line.toString();
    }
}
