package org.clipfile.ui.common;

import java.util.Optional;

/** The system clipboard's text, behind a seam. */
@FunctionalInterface
public interface ClipboardText {
    Optional<String> text();

    /**
     * The clipboard's {@code text/html} flavour, which browsers add when copying from a page: it
     * keeps the headline, date and address that the plain text loses.
     */
    default Optional<String> html() {
        return Optional.empty();
    }
}
