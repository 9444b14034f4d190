package org.clipfile.ui.common;

import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * When the analyst last typed, clicked, dragged or scrolled in a window. Background maintenance
 * (the day's backup) asks {@link #busy()} from its own thread and waits for a pause, so on a
 * two-core laptop it does not take the core the window needs while someone is at work in it.
 * Plain mouse moves do not count: reading with a hand on the mouse is a pause.
 */
public final class UserActivity {
    /** A pause this long counts as idle. */
    static final long QUIET_NANOS = 1_500_000_000L;

    private volatile long lastInput = System.nanoTime() - QUIET_NANOS;

    /** Notes every key, click, drag and scroll in {@code scene}, seen before any control handles it. */
    public void watch(Scene scene) {
        scene.addEventFilter(KeyEvent.ANY, e -> touch());
        scene.addEventFilter(ScrollEvent.ANY, e -> touch());
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> touch());
        scene.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> touch());
    }

    /** Input just happened (also for drivers that act on controls directly, as the window benchmark). */
    public void touch() {
        lastInput = System.nanoTime();
    }

    /** Whether there was input within the last {@link #QUIET_NANOS}; safe from any thread. */
    public boolean busy() {
        return System.nanoTime() - lastInput < QUIET_NANOS;
    }
}
