package org.clipfile.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Gives every window of the application (the main window, the new-clipping editor, help, dialogs)
 * the stylesheet and the chosen {@link Theme}, and switches them all live when the choice changes.
 * Popups (menus, tooltips, suggestions) take their look from the window that owns them.
 */
public final class ThemeSwitcher {
    private final List<String> stylesheets;
    private final ObjectProperty<Theme> theme;
    private final ListChangeListener<Window> newWindows = change -> {
        while (change.next()) {
            change.getRemoved().forEach(this::forget);
            change.getAddedSubList().forEach(this::watch);
        }
    };
    /** One listener for every watched window, so a scene or root swapped in later is styled too. */
    private final ChangeListener<Scene> sceneChanged = (o, old, scene) -> style(scene);
    private final ChangeListener<Parent> rootChanged = (o, old, root) -> styleRoot(root);
    private final List<Window> windows = new ArrayList<>();
    private final List<Scene> scenes = new ArrayList<>();
    private boolean watching;

    public ThemeSwitcher(List<String> stylesheets, Theme initial) {
        this.stylesheets = List.copyOf(stylesheets);
        this.theme = new SimpleObjectProperty<>(initial);
        theme.addListener((o, a, b) -> List.copyOf(windows).forEach(w -> style(w.getScene())));
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public Theme theme() {
        return theme.get();
    }

    /** Styles the windows open now and every window opened from now on, until {@link #stop()}. */
    public void watchAllWindows() {
        if (!watching) {
            watching = true;
            Window.getWindows().forEach(this::watch);
            Window.getWindows().addListener(newWindows);
        }
    }

    /** Lets go of every window: a later window (tests share one stage) is styled by its own switcher alone. */
    public void stop() {
        Window.getWindows().removeListener(newWindows);
        windows.forEach(w -> w.sceneProperty().removeListener(sceneChanged));
        scenes.forEach(s -> s.rootProperty().removeListener(rootChanged));
        windows.clear();
        scenes.clear();
        watching = false;
    }

    private void watch(Window window) {
        if (!(window instanceof Stage)) {
            return; // a popup: its owner's scene styles it
        }
        if (!windows.contains(window)) {
            windows.add(window);
            window.sceneProperty().addListener(sceneChanged);
        }
        style(window.getScene());
    }

    /** A closed window: held no longer. */
    private void forget(Window window) {
        if (windows.remove(window)) {
            window.sceneProperty().removeListener(sceneChanged);
            Scene scene = window.getScene();
            if (scene != null && scenes.remove(scene)) {
                scene.rootProperty().removeListener(rootChanged);
            }
        }
    }

    private void style(Scene scene) {
        if (scene == null) {
            return;
        }
        for (String sheet : stylesheets) {
            if (!scene.getStylesheets().contains(sheet)) {
                scene.getStylesheets().add(sheet);
            }
        }
        if (!scenes.contains(scene)) {
            scenes.add(scene);
            scene.rootProperty().addListener(rootChanged);
        }
        styleRoot(scene.getRoot());
    }

    private void styleRoot(Parent root) {
        if (root == null) {
            return;
        }
        boolean dark = root.getStyleClass().contains(Theme.DARK_STYLE_CLASS);
        if (theme.get() == Theme.DARK && !dark) {
            root.getStyleClass().add(Theme.DARK_STYLE_CLASS);
        } else if (theme.get() != Theme.DARK && dark) {
            root.getStyleClass().remove(Theme.DARK_STYLE_CLASS);
        }
    }
}
