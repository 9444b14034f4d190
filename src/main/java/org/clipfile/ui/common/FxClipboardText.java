package org.clipfile.ui.common;

import java.util.Optional;
import javafx.scene.input.Clipboard;

/** The system clipboard (read on the JavaFX thread, as JavaFX requires). */
public final class FxClipboardText implements ClipboardText {
    @Override
    public Optional<String> text() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        return clipboard.hasString() ? Optional.ofNullable(clipboard.getString()) : Optional.empty();
    }

    @Override
    public Optional<String> html() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        return clipboard.hasHtml() ? Optional.ofNullable(clipboard.getHtml()) : Optional.empty();
    }
}
