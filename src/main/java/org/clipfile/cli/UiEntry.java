package org.clipfile.cli;

import java.lang.reflect.InvocationTargetException;

/**
 * Calls into the window's code by class name, so the command line links and runs without JavaFX
 * (and without a display) until a command really needs the window.
 */
public final class UiEntry {
    public static final String WINDOW = "org.clipfile.ui.ClipfileApp";
    static final String SCREENSHOT = "org.clipfile.ui.Screenshot";
    /** In src/bench: only the window benchmark's command names it. */
    public static final String WINDOW_BENCH = "org.clipfile.ui.WindowBenchmark";

    private UiEntry() {
    }

    /** Calls {@code className.method(String[])}; returns its exit status (0 for a void method). */
    public static int call(String className, String method, String[] args) {
        try {
            Object status = Class.forName(className).getMethod(method, String[].class).invoke(null, (Object) args);
            return status instanceof Integer i ? i : ClipfileCommand.OK;
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            throw new IllegalStateException("the window needs JavaFX, which this build lacks (" + e.getMessage() + ")", e);
        } catch (InvocationTargetException e) {
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
