package org.clipfile.ui.common;

import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.input.InputMethodEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Window;

/**
 * When the analyst last typed, clicked, dragged or scrolled in any window of the application (the
 * main window, a capture editor, a dialog). Background maintenance (the day's backup) asks
 * {@link #busy()} from its own thread and waits for a pause, so on a two-core laptop it does not
 * take the core the window needs while someone is at work in it. Plain mouse moves do not count:
 * reading with a hand on the mouse is a pause.
 */
public final class UserActivity {
    /** A pause this long counts as idle. */
    static final long QUIET_NANOS = 1_500_000_000L;

    private volatile long lastInput = System.nanoTime() - QUIET_NANOS;
    private final ListChangeListener<Window> newWindows = change -> {
        while (change.next()) {
            change.getAddedSubList().forEach(this::watch);
        }
    };
    private boolean watchingAll;

    /** Notes input in every window, open now or opened later, until {@link #stop()}. */
    public void watchAllWindows() {
        if (!watchingAll) {
            watchingAll = true;
            Window.getWindows().forEach(this::watch);
            Window.getWindows().addListener(newWindows);
        }
    }

    /** Stops watching windows opened from now on (the application's window closed). */
    public void stop() {
        Window.getWindows().removeListener(newWindows);
        watchingAll = false;
    }

    private void watch(Window window) {
        if (window.getScene() != null) {
            watch(window.getScene());
        }
        window.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                watch(scene);
            }
        });
    }

    /** Notes every key, text composition, click, drag and scroll in {@code scene}, before any control handles it. */
    public void watch(Scene scene) {
        if (scene.getProperties().putIfAbsent(this, Boolean.TRUE) != null) {
            return; // already watched by this tracker
        }
        scene.addEventFilter(KeyEvent.ANY, e -> touch());
        scene.addEventFilter(InputMethodEvent.ANY, e -> touch()); // Chinese or Japanese typed through an input method
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
