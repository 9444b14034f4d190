package org.clipfile.ui.common;

/** The operating-system seams the window needs; the application passes real ones, tests fakes. */
public record Seams(Dialogs dialogs, ClipboardText clipboard, Browser browser) {
}
