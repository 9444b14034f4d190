package org.clipfile.ui.common;

import java.util.Optional;

/** The system clipboard's text, behind a seam. */
@FunctionalInterface
public interface ClipboardText {
    Optional<String> text();
}
