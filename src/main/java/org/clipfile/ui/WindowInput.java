package org.clipfile.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import org.clipfile.ui.common.Shortcut;
import org.clipfile.ui.importing.ImportViewModel;
import org.clipfile.ui.workspace.Browsing;

/**
 * Keys and dropped files for the whole window, beyond the menus' accelerators: Esc clears the
 * filters, the keyboard flow from search to list to reader, paste and delete outside text fields,
 * and files dropped anywhere are imported.
 */
final class WindowInput {
    private final Parent root;
    private final WindowLayout layout;
    private final WindowActions actions;
    private final Browsing browsing;

    private WindowInput(Parent root, WindowLayout layout, WindowActions actions, Browsing browsing) {
        this.root = root;
        this.layout = layout;
        this.actions = actions;
        this.browsing = browsing;
    }

    static void install(Parent root, WindowLayout layout, WindowActions actions, Browsing browsing, ImportViewModel importer) {
        WindowInput input = new WindowInput(root, layout, actions, browsing);
        root.addEventHandler(KeyEvent.KEY_PRESSED, input::onKey);
        root.addEventFilter(KeyEvent.KEY_PRESSED, input::escapeClearsFilters);
        input.keyboardFlow();
        acceptDroppedFiles(root, importer);
    }

    /**
     * Esc clears every filter from every pane: a filter, because the trees and the table keep Esc
     * for themselves (cancelling an edit) and would never pass it on. The timeline and the dates
     * tree give Esc a finer meaning (one zoom step out, drop the dates only) and fall back to
     * clearing everything themselves, so Esc from inside them is theirs.
     */
    private void escapeClearsFilters(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE && !e.isShortcutDown()
                && !isWithin(e.getTarget(), layout.histogram().node()) && !isWithin(e.getTarget(), layout.datePane().node())) {
            browsing.clearFilters();
            e.consume();
        }
    }

    /** Down from the search box goes to the results, Enter on a result to the reader. */
    private void keyboardFlow() {
        TableView<?> table = layout.table().node();
        layout.filterBar().searchField().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !table.getItems().isEmpty()) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty()) {
                    table.getSelectionModel().select(0);
                }
                e.consume();
            }
        });
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !browsing.selectedIds().isEmpty()) {
                layout.focusReader();
                e.consume();
            }
        });
    }

    /** Keys handled for the whole window, after the focused control had its chance. */
    private void onKey(KeyEvent e) {
        boolean inText = root.getScene() != null && root.getScene().getFocusOwner() instanceof TextInputControl;
        if (Shortcut.PASTE_CLIPPING.combination().match(e) && !inText) {
            actions.pasteClipping();
            e.consume();
        } else if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) && !inText
                && root.getScene().getFocusOwner() == layout.table().node()) {
            actions.deleteSelection();
            e.consume();
        }
    }

    private static boolean isWithin(Object target, Node pane) {
        for (Node n = target instanceof Node node ? node : null; n != null; n = n.getParent()) {
            if (n == pane) {
                return true;
            }
        }
        return false;
    }

    private static void acceptDroppedFiles(Parent root, ImportViewModel importer) {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        root.setOnDragDropped(e -> {
            if (e.getDragboard().hasFiles()) {
                List<Path> paths = new ArrayList<>();
                for (File f : e.getDragboard().getFiles()) {
                    paths.add(f.toPath());
                }
                e.setDropCompleted(true);
                e.consume();
                Platform.runLater(() -> importer.importPaths(paths));
            }
        });
    }
}
