package org.clipfile;

import org.clipfile.cli.UiEntry;

/** Starts the window; a separate class so the command line never loads JavaFX. */
final class WindowLauncher {
    private WindowLauncher() {
    }

    static void launch(String[] args) {
        if (!hasDisplay()) {
            System.err.println("clipfile: there is no display to open the window on (DISPLAY is not set)."
                    + " Use the command line ('clipfile --help'), or 'clipfile screenshot' to render the window to a PNG.");
            System.exit(2);
        }
        try {
            UiEntry.call(UiEntry.WINDOW, "launchWindow", args);
        } catch (IllegalStateException e) {
            System.err.println("clipfile: " + e.getMessage());
            System.exit(1);
        }
    }

    /** On Linux and other X11/Wayland systems a window needs DISPLAY or WAYLAND_DISPLAY (or an explicit glass platform). */
    static boolean hasDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win") || os.contains("mac") || System.getProperty("glass.platform") != null) {
            return true;
        }
        return notBlank(System.getenv("DISPLAY")) || notBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
