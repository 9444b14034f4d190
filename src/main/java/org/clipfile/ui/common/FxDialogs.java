package org.clipfile.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real dialogs: native file choosers and JavaFX alerts, owned by the main window. */
public final class FxDialogs implements Dialogs {
    private final Supplier<Window> owner;
    private final Messages messages;
    private File lastFolder;

    public FxDialogs(Supplier<Window> owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public List<Path> chooseFilesToImport() {
        FileChooser chooser = fileChooser(messages.get("dialog.import.files"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("dialog.filter.clippings"), "*.txt", "*.md", "*.markdown", "*.text", "*.html", "*.htm", "*.json", "*.jsonl"),
                new FileChooser.ExtensionFilter(messages.get("dialog.filter.all"), "*"));
        List<File> files = chooser.showOpenMultipleDialog(owner.get());
        if (files == null || files.isEmpty()) {
            return List.of();
        }
        lastFolder = files.get(0).getParentFile();
        return files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFolderToImport() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("dialog.import.folder"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File dir = chooser.showDialog(owner.get());
        return Optional.ofNullable(dir).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseExportFile(String suggestedName) {
        FileChooser chooser = fileChooser(messages.get("dialog.export"));
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("JSON", "*.json"),
                new FileChooser.ExtensionFilter("JSON Lines", "*.jsonl"));
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseArchiveToOpen() {
        FileChooser chooser = fileChooser(messages.get("dialog.openArchive"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("dialog.filter.archive"), "*.db", "*.clipfile", "*.sqlite"),
                new FileChooser.ExtensionFilter(messages.get("dialog.filter.all"), "*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseNewArchive() {
        FileChooser chooser = fileChooser(messages.get("dialog.newArchive"));
        chooser.setInitialFileName("archive.db");
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseBackupFile(String suggestedName) {
        FileChooser chooser = fileChooser(messages.get("dialog.backup"));
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("dialog.filter.archive"), "*.db"));
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseCopyTarget(String suggestedName) {
        FileChooser chooser = fileChooser(messages.get("dialog.copyTarget"));
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("dialog.filter.archive"), "*.db", "*.clipfile", "*.sqlite"));
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseBackupToRestore(Path backupsFolder) {
        FileChooser chooser = fileChooser(messages.get("dialog.restoreBackup"));
        if (java.nio.file.Files.isDirectory(backupsFolder)) {
            chooser.setInitialDirectory(backupsFolder.toFile());
        }
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("dialog.filter.archive"), "*.db"),
                new FileChooser.ExtensionFilter(messages.get("dialog.filter.all"), "*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    private FileChooser fileChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial, List<String> suggestions) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        ComboBox<String> field = new ComboBox<>();
        field.setEditable(true);
        field.getItems().setAll(suggestions);
        field.getEditor().setText(initial == null ? "" : initial);
        field.setMaxWidth(Double.MAX_VALUE);
        dialog.getDialogPane().setContent(new VBox(8, new Label(prompt), field));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK ? field.getEditor().getText() : null);
        Platform.runLater(field.getEditor()::requestFocus);
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    @Override
    public Optional<String> askTag(String title, String prompt, javafx.collections.ObservableList<String> knownTags) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        TagField tag = new TagField(knownTags, false);
        tag.node().setId("ask-tag-field");
        Label label = new Label(prompt);
        label.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(8, label, tag.node()));
        ButtonType ok = new ButtonType(messages.get("tag.ask.action"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("dialog.cancel"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, cancel);
        keepButtonsWhole(dialog.getDialogPane());
        // Enter in the field picks the suggestion shown; it does not close the dialog half-typed.
        tag.setOnCommit(t -> ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(ok)).fire());
        dialog.setResultConverter(b -> b == ok ? tag.node().getText() : null);
        Platform.runLater(tag.node()::requestFocus);
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    @Override
    public boolean confirm(String title, String message) {
        return confirm(title, message, messages.get("dialog.ok"));
    }

    @Override
    public boolean confirm(String title, String message, String action) {
        ButtonType yes = new ButtonType(action, javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(messages.get("dialog.cancel"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yes, no);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(null);
        keepButtonsWhole(alert.getDialogPane());
        return alert.showAndWait().filter(b -> b == yes).isPresent();
    }

    /** Buttons keep their whole label however narrow the dialog; the message wraps instead. */
    private static void keepButtonsWhole(javafx.scene.control.DialogPane pane) {
        pane.setMinWidth(420);
        for (ButtonType t : pane.getButtonTypes()) {
            javafx.scene.Node b = pane.lookupButton(t);
            if (b instanceof javafx.scene.control.Button button) {
                button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        }
    }

    /** The error with "Copy details": the message, the version and system, and where the log with the stack trace is. */
    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setMinWidth(480);
        String details = title + "\n" + message + "\n\n" + String.join("\n", AboutText.lines(null));
        addCopyButton(alert, messages.get("error.copyDetails"), details);
        alert.show();
    }

    @Override
    public void showWithCopy(String title, String message, String text) {
        Alert alert = new Alert(Alert.AlertType.WARNING, message, ButtonType.OK);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setMinWidth(480);
        addCopyButton(alert, messages.get("error.copyAddress"), text);
        alert.show();
    }

    /** A button that copies {@code text} and leaves the dialog open (an ordinary dialog button would close it). */
    private static void addCopyButton(Alert alert, String label, String text) {
        ButtonType copy = new ButtonType(label, javafx.scene.control.ButtonBar.ButtonData.LEFT);
        alert.getButtonTypes().add(copy);
        javafx.scene.Node button = alert.getDialogPane().lookupButton(copy);
        button.setId("dialog-copy");
        button.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString(text);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
            e.consume();
        });
    }

    @Override
    public void showReport(String title, String summary, List<String> details) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, summary, ButtonType.OK);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        if (!details.isEmpty()) {
            TextArea area = new TextArea(String.join("\n", details));
            area.setEditable(false);
            area.setWrapText(true);
            area.setPrefRowCount(12);
            alert.getDialogPane().setExpandableContent(area);
            alert.getDialogPane().setExpanded(true);
        }
        alert.getDialogPane().setMinWidth(560);
        alert.show();
    }

    @Override
    public Optional<java.nio.charset.Charset> chooseEncoding(String title, String question, List<EncodingChoice> choices) {
        Dialog<java.nio.charset.Charset> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
        VBox options = new VBox(10);
        for (EncodingChoice choice : choices) {
            javafx.scene.control.RadioButton button = new javafx.scene.control.RadioButton(
                    messages.get("encoding.choice", choice.name(), choice.title()));
            button.setUserData(choice.charset());
            button.setToggleGroup(group);
            TextArea preview = new TextArea(choice.preview());
            preview.setEditable(false);
            preview.setWrapText(true);
            preview.setPrefRowCount(4);
            options.getChildren().add(new VBox(4, button, preview));
        }
        if (!group.getToggles().isEmpty()) {
            group.selectToggle(group.getToggles().get(0));
        }
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(options);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(360);
        Label prompt = new Label(question);
        prompt.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(8, prompt, scroll));
        ButtonType importIt = new ButtonType(messages.get("encoding.import"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        ButtonType skip = new ButtonType(messages.get("encoding.skip"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(importIt, skip);
        dialog.getDialogPane().setPrefWidth(620);
        dialog.setResultConverter(b -> b == importIt && group.getSelectedToggle() != null
                ? (java.nio.charset.Charset) group.getSelectedToggle().getUserData() : null);
        return dialog.showAndWait();
    }

    @Override
    public Optional<String> askTeamArchive(String title, String prompt, List<String> recent) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        javafx.scene.control.TextField address = new javafx.scene.control.TextField(recent.isEmpty() ? "" : recent.get(0));
        address.setId("team-address");
        address.setPromptText("postgresql://user@host:5432/database");
        address.setPrefColumnCount(40);
        javafx.scene.control.ListView<String> recentList = new javafx.scene.control.ListView<>(
                javafx.collections.FXCollections.observableArrayList(recent));
        recentList.setId("team-recent");
        recentList.setPrefHeight(Math.min(8, Math.max(1, recent.size())) * 26 + 4);
        recentList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                address.setText(b);
            }
        });
        Label label = new Label(prompt);
        label.setWrapText(true);
        VBox content = new VBox(8, label, address);
        if (!recent.isEmpty()) {
            content.getChildren().addAll(new Label(messages.get("team.open.recent")), recentList);
        }
        dialog.getDialogPane().setContent(content);
        ButtonType open = new ButtonType(messages.get("team.open.action"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("dialog.cancel"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(open, cancel);
        keepButtonsWhole(dialog.getDialogPane());
        recentList.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && recentList.getSelectionModel().getSelectedItem() != null) {
                ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(open)).fire();
            }
        });
        dialog.setResultConverter(b -> b == open ? address.getText() : null);
        Platform.runLater(() -> {
            address.requestFocus();
            address.selectAll();
        });
        return dialog.showAndWait().map(String::strip).filter(t -> !t.isEmpty());
    }

    @Override
    public Optional<String> askPassword(String title, String prompt) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        javafx.scene.control.PasswordField password = new javafx.scene.control.PasswordField();
        password.setId("team-password");
        Label label = new Label(prompt);
        label.setWrapText(true);
        label.setMaxWidth(520);
        dialog.getDialogPane().setContent(new VBox(8, label, password));
        ButtonType signIn = new ButtonType(messages.get("team.password.action"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("dialog.cancel"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(signIn, cancel);
        keepButtonsWhole(dialog.getDialogPane());
        // Escape is the cancel button's; the text of the field goes nowhere but the result.
        dialog.setResultConverter(b -> b == signIn ? password.getText() : null);
        Platform.runLater(password::requestFocus);
        return dialog.showAndWait();
    }

    @Override
    public ConflictChoice resolveConflict(EditConflict conflict) {
        Dialog<ConflictChoice> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(messages.get("conflict.title"));
        dialog.setResizable(true);
        Label summary = new Label(conflict.summary());
        summary.setWrapText(true);
        summary.setMaxWidth(820);
        javafx.scene.layout.HBox versions = new javafx.scene.layout.HBox(12,
                version("conflict-theirs", conflict.theirsLabel(), conflict.theirsTitle(), conflict.theirsText()),
                version("conflict-mine", messages.get("conflict.mine"), conflict.mineTitle(), conflict.mineText()));
        VBox content = new VBox(10, summary, versions);
        javafx.scene.layout.VBox.setVgrow(versions, javafx.scene.layout.Priority.ALWAYS);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefSize(860, 520);
        ButtonType mine = new ButtonType(messages.get("conflict.keepMine"), javafx.scene.control.ButtonBar.ButtonData.YES);
        ButtonType theirs = new ButtonType(messages.get("conflict.keepTheirs"), javafx.scene.control.ButtonBar.ButtonData.NO);
        ButtonType merge = new ButtonType(messages.get("conflict.merge"), javafx.scene.control.ButtonBar.ButtonData.OTHER);
        ButtonType editing = new ButtonType(messages.get("conflict.keepEditing"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(mine, theirs, merge, editing);
        keepButtonsWhole(dialog.getDialogPane());
        dialog.setResultConverter(b -> b == mine ? ConflictChoice.KEEP_MINE : b == theirs ? ConflictChoice.KEEP_THEIRS
                : b == merge ? ConflictChoice.MERGE : ConflictChoice.KEEP_EDITING);
        return dialog.showAndWait().orElse(ConflictChoice.KEEP_EDITING);
    }

    /** One side of a conflict: its heading, its title, and its text to scroll through (read-only). */
    private static VBox version(String id, String heading, String title, String text) {
        Label head = new Label(heading);
        head.getStyleClass().add("conflict-heading");
        Label titleLabel = new Label(title);
        titleLabel.setWrapText(true);
        titleLabel.setStyle("-fx-font-weight: bold");
        TextArea body = new TextArea(text);
        body.setId(id);
        body.setEditable(false);
        body.setWrapText(true);
        VBox box = new VBox(6, head, titleLabel, body);
        javafx.scene.layout.VBox.setVgrow(body, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.layout.HBox.setHgrow(box, javafx.scene.layout.Priority.ALWAYS);
        box.setPrefWidth(400);
        return box;
    }
}
