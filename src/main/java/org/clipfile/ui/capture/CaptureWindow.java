package org.clipfile.ui.capture;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.clipfile.ui.common.Messages;
import org.clipfile.ui.common.Shortcut;

/** The editor for a new or pasted clipping; Ctrl+Enter saves, Esc closes. */
public final class CaptureWindow {
    private final Stage stage = new Stage();
    private final CaptureViewModel model;

    public CaptureWindow(CaptureViewModel model, Messages m, Window owner, java.util.List<String> stylesheets) {
        this.model = model;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(m.get("capture.title"));

        TextField title = bound(new TextField(), "capture-title", model.titleProperty());
        TextField date = bound(new TextField(), "capture-date", model.dateProperty());
        date.setPromptText(m.get("capture.date.prompt"));
        TextField source = bound(new TextField(), "capture-source", model.sourceProperty());
        TextField author = bound(new TextField(), "capture-author", model.authorProperty());
        TextField url = bound(new TextField(), "capture-url", model.urlProperty());
        org.clipfile.ui.common.TagField tagInput = new org.clipfile.ui.common.TagField(model.knownTags(), true);
        TextField tags = bound(tagInput.node(), "capture-tags", model.tagsProperty());
        tags.setPromptText(m.get("capture.tags.prompt"));
        TextArea text = new TextArea();
        text.setId("capture-text");
        text.setWrapText(true);
        text.textProperty().bindBidirectional(model.textProperty());
        TextArea notes = new TextArea();
        notes.setId("capture-notes");
        notes.setPrefRowCount(2);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(model.notesProperty());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), values);
        grid.addRow(0, new Label(m.get("capture.field.title")), title);
        grid.addRow(1, new Label(m.get("capture.field.date")), date);
        grid.addRow(2, new Label(m.get("capture.field.source")), source);
        grid.addRow(3, new Label(m.get("capture.field.author")), author);
        grid.addRow(4, new Label(m.get("capture.field.url")), url);
        grid.addRow(5, new Label(m.get("capture.field.tags")), tags);

        Label message = new Label();
        message.setId("capture-message");
        message.setWrapText(true);
        message.getStyleClass().add("reader-message");
        message.textProperty().bind(model.messageProperty());
        Button showDuplicate = new Button(m.get("capture.showDuplicate"));
        showDuplicate.setId("capture-show-duplicate");
        showDuplicate.visibleProperty().bind(model.duplicateOfProperty().greaterThanOrEqualTo(0));
        showDuplicate.managedProperty().bind(showDuplicate.visibleProperty());
        showDuplicate.setOnAction(e -> {
            model.showDuplicate();
            stage.close();
        });
        Button save = new Button(m.get("capture.save", Shortcut.SAVE_NEW_CLIPPING.displayKeys()));
        save.setId("capture-save");
        save.getStyleClass().add("accent-button");
        save.disableProperty().bind(model.canSaveProperty().not());
        save.setOnAction(e -> model.save(stage::close));
        Button cancel = new Button(m.get("capture.cancel"));
        cancel.setId("capture-cancel");
        cancel.setOnAction(e -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // The message has its own line: a long one ("Already in the archive as …") wraps there and
        // never squeezes the buttons down to "…".
        showDuplicate.setTooltip(new javafx.scene.control.Tooltip(m.get("capture.showDuplicate.tip")));
        cancel.setTooltip(new javafx.scene.control.Tooltip(m.get("capture.cancel.tip")));
        save.setTooltip(new javafx.scene.control.Tooltip(m.get("capture.save.tip")));
        for (Button b : java.util.List.of(showDuplicate, cancel, save)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        message.setMaxWidth(Double.MAX_VALUE);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        HBox buttons = new HBox(8, showDuplicate, spacer, cancel, save);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox footer = new VBox(6, message, buttons);

        VBox.setVgrow(text, Priority.ALWAYS);
        VBox root = new VBox(8, grid, new Label(m.get("capture.field.text")), text, new Label(m.get("capture.field.notes")), notes, footer);
        root.setId("capture-editor");
        root.getStyleClass().add("capture");
        root.setPadding(new Insets(12));
        Scene scene = new Scene(root, 720, 620);
        scene.getStylesheets().addAll(stylesheets);
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (Shortcut.SAVE_NEW_CLIPPING.combination().match(e)) {
                model.save(stage::close);
                e.consume();
            } else if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE && !e.isConsumed()) {
                // Esc closes like Cancel: at once when nothing would be lost (empty, saved, or already
                // in the archive), otherwise after asking; typed text is never thrown away by a stray key.
                e.consume();
                if (model.canDiscardSilently() || model.confirmDiscard()) {
                    stage.close();
                }
            }
        });
        stage.setScene(scene);
        stage.setOnShown(e -> text.requestFocus());
        // Closing the editor with unsaved text asks first: what was typed is not thrown away silently.
        stage.setOnCloseRequest(e -> {
            if (!model.canDiscardSilently() && !model.confirmDiscard()) {
                e.consume();
            }
        });
        cancel.setOnAction(e -> {
            if (model.canDiscardSilently() || model.confirmDiscard()) {
                stage.close();
            }
        });
    }

    private static <T extends javafx.scene.control.TextInputControl> T bound(T field, String id, javafx.beans.property.StringProperty p) {
        field.setId(id);
        field.textProperty().bindBidirectional(p);
        return field;
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }
}
