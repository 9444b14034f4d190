package org.clipfile.ui.help;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.clipfile.ui.common.Messages;
import org.clipfile.ui.common.Shortcut;

/** The search language by example, then every keyboard shortcut (straight from {@link Shortcut}). */
public final class HelpWindow {
    private final Stage stage = new Stage();

    public HelpWindow(Messages m, Window owner, java.util.List<String> stylesheets) {
        stage.initOwner(owner);
        stage.setTitle(m.get("help.title"));
        GridPane grid = new GridPane();
        grid.setId("help-shortcuts");
        grid.setHgap(16);
        grid.setVgap(4);
        int row = 0;
        for (Shortcut s : Shortcut.values()) {
            Label keys = new Label(s.displayKeys());
            keys.getStyleClass().add("keycap");
            // The keys are never cut ("Ctrl+S..."); a long description wraps instead.
            keys.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label does = new Label(m.get(s.messageKey()));
            does.setWrapText(true);
            grid.addRow(row++, keys, does);
        }
        Label other = new Label(m.get("help.other"));
        other.setWrapText(true);
        Label search = new Label(m.get("help.search"));
        search.setWrapText(true);
        // The search language as examples, the same as the README's "Searching" table.
        GridPane syntax = new GridPane();
        syntax.setId("help-search-syntax");
        syntax.setHgap(16);
        syntax.setVgap(4);
        for (int i = 1; !m.get("help.syntax." + i + ".type").equals("help.syntax." + i + ".type"); i++) {
            Label typed = new Label(m.get("help.syntax." + i + ".type"));
            typed.getStyleClass().add("keycap");
            typed.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label finds = new Label(m.get("help.syntax." + i + ".finds"));
            finds.setWrapText(true);
            syntax.addRow(i - 1, typed, finds);
        }
        Label searchTitle = new Label(m.get("help.searchTitle"));
        searchTitle.getStyleClass().add("help-heading");
        Label shortcutsTitle = new Label(m.get("help.shortcuts"));
        shortcutsTitle.getStyleClass().add("help-heading");
        VBox box = new VBox(12, searchTitle, search, syntax, shortcutsTitle, grid, other);
        box.setPadding(new Insets(16));
        box.getStyleClass().add("help");
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        Scene scene = new Scene(scroll, 620, 640);
        scene.getStylesheets().addAll(stylesheets);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
    }

    public void show() {
        stage.show();
        stage.toFront();
    }
}
