package org.clipfile;

/**
 * Starts the window; a separate class so the command line never loads JavaFX. The window class is
 * looked up by name so that {@link Main} links without JavaFX on the class path.
 */
final class WindowLauncher {
    private WindowLauncher() {
    }

    static void launch(String[] args) {
        if (!hasDisplay()) {
            System.err.println("clipfile: there is no display to open the window on (DISPLAY is not set)."
                    + " Use the command line ('clipfile --help'), or 'clipfile screenshot' to render the window to a PNG.");
            System.exit(2);
        }
        call("org.clipfile.ui.ClipfileApp", "launchWindow", args);
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

    /** {@code clipfile screenshot --archive FILE -o window.png [--width W --height H] [--query Q]}. */
    static int screenshot(String[] args) {
        Object status = call("org.clipfile.ui.Screenshot", "run", args);
        return status instanceof Integer i ? i : 1;
    }

    private static Object call(String className, String method, String[] args) {
        try {
            return Class.forName(className).getMethod(method, String[].class).invoke(null, (Object) args);
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            System.err.println("clipfile: the window needs JavaFX, which this build lacks (" + e.getMessage() + ")");
            System.exit(2);
            return 2;
        } catch (java.lang.reflect.InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
