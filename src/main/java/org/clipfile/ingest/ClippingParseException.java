package org.clipfile.ingest;

/**
 * The input cannot become a clipping (for example it has no text). Checked, because it is an
 * expected outcome of user input: callers must show {@link #getMessage()} to the analyst.
 */
public final class ClippingParseException extends Exception {

    private static final long serialVersionUID = 1L;

    public ClippingParseException(String userMessage) {
        super(userMessage);
    }
}
