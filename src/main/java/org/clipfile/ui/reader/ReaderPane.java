package org.clipfile.ui.reader;

import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.clipfile.search.Range;
import org.clipfile.text.ReadingText;
import org.clipfile.ui.common.Messages;
import org.clipfile.ui.common.Shortcut;
import org.clipfile.ui.common.TagField;

/**
 * The reader: editable metadata, tags as chips with autocomplete, the text with search hits marked
 * (plain Text nodes: a clipping is never interpreted as markup), and notes.
 */
public final class ReaderPane {
    private final ReaderViewModel model;
    private final Messages m;
    private final VBox root = new VBox(8);
    private final TextFlow textFlow = new TextFlow();
    /** The text with a layer of marker bands behind it, one per search hit. */
    private final VBox textLayer = new VBox();
    private final javafx.scene.Group bands = new javafx.scene.Group();
    private final HBox matchNav = new HBox(4);
    private final Label matchLabel = new Label();
    /** The hits as [start, end) in the shown text, and which one is current. */
    private List<int[]> hits = List.of();
    private int currentHit = -1;
    private final TextArea textArea = new TextArea();
    private final FlowPane tagChips = new FlowPane(6, 4);
    private final TagField tagInput;
    private final TextField tagField;
    private ScrollPane textScroll;

    public ReaderPane(ReaderViewModel model, Messages messages, ObservableList<String> knownTags) {
        this.model = model;
        this.m = messages;
        this.tagInput = new TagField(knownTags, false);
        this.tagField = tagInput.node();
        root.setId("reader");
        root.getStyleClass().add("reader");
        root.setPadding(new Insets(10));

        Label empty = new Label(m.get("reader.empty"));
        empty.getStyleClass().add("placeholder-text");

        // A long title wraps instead of running out of a one-line field; Enter moves on (a title has no line breaks).
        TextArea title = new TextArea();
        title.setId("reader-title");
        title.textProperty().bindBidirectional(model.titleProperty());
        title.getStyleClass().add("reader-title");
        title.setWrapText(true);
        title.setPrefRowCount(3);
        title.setMinHeight(Region.USE_PREF_SIZE);
        title.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                e.consume();
                root.lookup("#reader-date").requestFocus();
            } else if (e.getCode() == javafx.scene.input.KeyCode.TAB && !e.isControlDown()) {
                e.consume(); // Tab leaves the field rather than typing a tab into the title
                (e.isShiftDown() ? title : root.lookup("#reader-date")).requestFocus();
            }
        });
        TextField date = field("reader-date", model.dateProperty());
        date.setPromptText(m.get("reader.date.prompt"));
        date.setPrefColumnCount(10);
        Label dateDetail = new Label();
        dateDetail.setId("reader-date-detail");
        dateDetail.getStyleClass().add("muted");
        dateDetail.textProperty().bind(model.dateDetailProperty());
        dateDetail.setTooltip(new Tooltip(m.get("reader.date.detail.hint")));
        dateDetail.setMinWidth(Region.USE_PREF_SIZE);
        date.setMinWidth(Region.USE_PREF_SIZE);
        TextField source = field("reader-source", model.sourceProperty());
        TextField author = field("reader-author", model.authorProperty());
        TextField url = field("reader-url", model.urlProperty());
        Button open = new Button(m.get("reader.openUrl"));
        open.setId("reader-open-url");
        open.disableProperty().bind(model.urlProperty().isEmpty());
        open.setOnAction(e -> model.openUrl());
        HBox.setHgrow(url, Priority.ALWAYS);

        GridPane meta = new GridPane();
        meta.setHgap(8);
        meta.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        meta.getColumnConstraints().addAll(labels, values);
        // Beside the field where there is room; in a narrow reader (a 1024-pixel window) on a line of
        // its own under it, rather than cut off.
        FlowPane dateLine = new FlowPane(8, 2, date, dateDetail);
        dateLine.setId("reader-date-line");
        dateLine.setAlignment(Pos.CENTER_LEFT);
        dateLine.setPrefWrapLength(200);
        meta.addRow(0, label("reader.date"), dateLine);
        meta.addRow(1, label("reader.source"), facet(source, "reader-only-source", "reader.onlySource", model::showOnlyThisSource));
        meta.addRow(2, label("reader.author"), facet(author, "reader-only-author", "reader.onlyAuthor", model::showOnlyThisAuthor));
        meta.addRow(3, label("reader.url"), new HBox(6, url, open));

        tagChips.setId("reader-tags");
        tagChips.getStyleClass().add("chips");
        tagField.setId("reader-tag-field");
        tagField.setPromptText(m.get("reader.tag.prompt"));
        tagField.setPrefColumnCount(14);
        tagInput.setExclude(model.tags()::contains);
        tagInput.setOnCommit(typed -> {
            model.addTag(typed);
            tagField.clear();
        });
        model.tags().addListener((ListChangeListener<String>) c -> showTags());
        meta.addRow(4, label("reader.tags"), tagChips);

        textFlow.setId("reader-text");
        textFlow.getStyleClass().add("reader-text");
        textFlow.setPadding(new Insets(6));
        textLayer.getStyleClass().add("reader-text-layer");
        bands.setManaged(false);
        bands.setMouseTransparent(true);
        textLayer.getChildren().addAll(bands, textFlow);
        // After the flow has laid its lines out at the new size (the size changes before the lines do).
        textFlow.layoutBoundsProperty().addListener((o, a, b) -> javafx.application.Platform.runLater(this::drawBands));
        textScroll = new ScrollPane(textLayer);
        textScroll.setFitToWidth(true);
        textScroll.setFitToHeight(true); // a short text still fills the pane (no grey band under it)
        textScroll.setId("reader-text-scroll");
        textArea.setId("reader-text-area");
        textArea.setWrapText(true);
        textArea.textProperty().bindBidirectional(model.textProperty());
        textArea.setVisible(false);
        StackPane textStack = new StackPane(textScroll, textArea);
        VBox.setVgrow(textStack, Priority.ALWAYS);
        ToggleButton editText = new ToggleButton(m.get("reader.editText"));
        editText.setId("reader-edit-text");
        editText.selectedProperty().addListener((o, a, b) -> {
            textArea.setVisible(b);
            textScroll.setVisible(!b);
            if (b) {
                textArea.requestFocus();
            }
        });
        model.clippingProperty().addListener((o, a, b) -> {
            if (b == null || a == null || a.id() != b.id()) {
                editText.setSelected(false);
            }
        });
        model.textProperty().addListener((o, a, b) -> showText());
        model.titleProperty().addListener((o, a, b) -> showText());
        model.highlightsProperty().addListener((o, a, b) -> showText());

        TextArea notes = new TextArea();
        notes.setId("reader-notes");
        notes.setWrapText(true);
        notes.setPrefRowCount(3);
        notes.setPromptText(m.get("reader.notes.prompt"));
        notes.textProperty().bindBidirectional(model.notesProperty());

        Button save = new Button(m.get("reader.save", Shortcut.SAVE_EDIT.displayKeys()));
        save.setId("reader-save");
        save.getStyleClass().add("accent-button");
        save.disableProperty().bind(model.dirtyProperty().not().or(model.savingProperty()));
        save.setOnAction(e -> model.save());
        Button revert = new Button(m.get("reader.revert"));
        revert.setId("reader-revert");
        revert.disableProperty().bind(model.dirtyProperty().not());
        revert.setOnAction(e -> model.revert());
        Label message = new Label();
        message.setId("reader-message");
        message.getStyleClass().add("reader-message");
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button previous = new Button("▲");
        previous.setId("reader-previous-match");
        previous.setTooltip(new Tooltip(m.get("reader.prevMatch")));
        previous.setOnAction(e -> stepMatch(-1));
        Button next = new Button("▼");
        next.setId("reader-next-match");
        next.setTooltip(new Tooltip(m.get("reader.nextMatch")));
        next.setOnAction(e -> stepMatch(1));
        matchLabel.setId("reader-match");
        matchLabel.getStyleClass().add("muted");
        matchNav.getChildren().setAll(matchLabel, previous, next);
        matchNav.setAlignment(Pos.CENTER_LEFT);
        matchNav.managedProperty().bind(matchNav.visibleProperty());
        HBox textHeader = new HBox(8, label("reader.text"), matchNav, spacer, editText);
        textHeader.setAlignment(Pos.CENTER_LEFT);
        HBox actions = new HBox(8, save, revert, message);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label selectionInfo = new Label();
        selectionInfo.getStyleClass().add("muted");
        selectionInfo.textProperty().bind(model.selectionInfoProperty());
        selectionInfo.managedProperty().bind(selectionInfo.textProperty().isNotEmpty());

        // Who added and last changed it: a team archive's logins (a file archive has none, and shows nothing).
        Label who = new Label();
        who.setId("reader-who");
        who.getStyleClass().add("muted");
        who.textProperty().bind(model.whoProperty());
        who.visibleProperty().bind(model.whoProperty().isNotEmpty());
        who.managedProperty().bind(who.visibleProperty());

        VBox content = new VBox(8, title, who, meta, textHeader, textStack, label("reader.notes"), notes, actions);
        VBox.setVgrow(content, Priority.ALWAYS);
        var several = model.selectedCountProperty().greaterThan(1);
        content.visibleProperty().bind(model.clippingProperty().isNotNull().and(several.not()));
        empty.visibleProperty().bind(model.clippingProperty().isNull().and(several.not()));
        Node bulk = bulkPanel(selectionInfo);
        bulk.visibleProperty().bind(several);
        StackPane stack = new StackPane(content, empty, bulk);
        VBox.setVgrow(stack, Priority.ALWAYS);
        root.getChildren().add(stack);
        root.setOnKeyPressed(e -> {
            if (Shortcut.SAVE_EDIT.combination().match(e)) {
                model.save();
                e.consume();
            } else if (e.getCode() == javafx.scene.input.KeyCode.F3 && !hits.isEmpty()) {
                stepMatch(e.isShiftDown() ? -1 : 1);
                e.consume();
            }
        });
        showTags();
        showText();
    }

    /** What the bulk panel's buttons do; the main window passes its own selection actions. */
    public record BulkActions(Runnable tag, Runnable untag, Runnable delete, Runnable export) {
        static final BulkActions NONE = new BulkActions(() -> { }, () -> { }, () -> { }, () -> { });
    }

    private BulkActions bulkActions = BulkActions.NONE;

    public void setBulkActions(BulkActions actions) {
        bulkActions = actions;
    }

    /** Shown instead of the editor while several clippings are selected: what can be done to all of them. */
    private Node bulkPanel(Label count) {
        count.getStyleClass().setAll("label", "reader-bulk-title");
        count.setId("reader-bulk-count");
        Button tag = new Button(m.get("reader.bulk.tag", Shortcut.TAG_SELECTION.displayKeys()));
        tag.setId("reader-bulk-tag");
        tag.setOnAction(e -> bulkActions.tag().run());
        Button untag = new Button(m.get("reader.bulk.untag", Shortcut.UNTAG_SELECTION.displayKeys()));
        untag.setId("reader-bulk-untag");
        untag.setOnAction(e -> bulkActions.untag().run());
        Button delete = new Button(m.get("reader.bulk.delete"));
        delete.setId("reader-bulk-delete");
        delete.setOnAction(e -> bulkActions.delete().run());
        Button export = new Button(m.get("reader.bulk.export", Shortcut.EXPORT_SELECTION.displayKeys()));
        export.setId("reader-bulk-export");
        export.setOnAction(e -> bulkActions.export().run());
        for (Button b : List.of(tag, untag, delete, export)) {
            b.setMaxWidth(Double.MAX_VALUE);
        }
        Label hint = new Label(m.get("reader.bulk.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        VBox box = new VBox(10, count, tag, untag, delete, export, hint);
        box.setId("reader-bulk");
        box.setAlignment(Pos.TOP_LEFT);
        box.setMaxWidth(320);
        StackPane.setAlignment(box, Pos.TOP_LEFT);
        return box;
    }

    /** A field with a small button that filters the archive by the field's stored value (a facet). */
    private HBox facet(TextField field, String id, String tooltipKey, Runnable filter) {
        Button only = new Button(m.get("reader.only"));
        only.setId(id);
        only.getStyleClass().add("facet-button");
        only.setTooltip(new javafx.scene.control.Tooltip(m.get(tooltipKey)));
        only.setAccessibleText(m.get(tooltipKey));
        only.disableProperty().bind(field.textProperty().isEmpty());
        only.setOnAction(e -> filter.run());
        only.setFocusTraversable(false);
        HBox.setHgrow(field, Priority.ALWAYS);
        return new HBox(6, field, only);
    }

    private TextField field(String id, javafx.beans.property.StringProperty property) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(property);
        return f;
    }

    private Label label(String key) {
        Label l = new Label(m.get(key));
        l.getStyleClass().add("field-label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /**
     * The text as Text nodes, reflowed for reading (the stored text is unchanged), without a first
     * line that repeats the title; search hits in their own style. Never parsed as markup.
     */
    private void showText() {
        ReadingText reading = ReadingText.of(model.textProperty().get(), model.titleProperty().get());
        String text = reading.text();
        int offset = reading.start();
        List<Range> ranges = model.highlightsProperty().get();
        textFlow.getChildren().clear();
        List<int[]> found = new java.util.ArrayList<>();
        int pos = 0;
        for (Range r : ranges) {
            int start = r.start() - offset;
            int end = r.end() - offset;
            if (start < pos || end > text.length()) {
                continue; // in the left-out title line, or ranges of an older version of the text
            }
            if (start > pos) {
                textFlow.getChildren().add(plain(text.substring(pos, start)));
            }
            Text hit = new Text(text.substring(start, end));
            hit.getStyleClass().addAll("reader-body", "search-hit");
            textFlow.getChildren().add(hit);
            found.add(new int[] {start, end});
            pos = end;
        }
        if (pos < text.length()) {
            textFlow.getChildren().add(plain(text.substring(pos)));
        }
        hits = found;
        currentHit = hits.isEmpty() ? -1 : 0;
        matchNav.setVisible(model.hasQuery());
        updateMatchLabel();
        bands.getChildren().clear();
        javafx.application.Platform.runLater(() -> {
            drawBands();
            scrollToCurrentHit();
        });
    }

    private void stepMatch(int step) {
        if (hits.isEmpty()) {
            return;
        }
        currentHit = Math.floorMod(currentHit + step, hits.size());
        updateMatchLabel();
        drawBands();
        scrollToCurrentHit();
    }

    private void updateMatchLabel() {
        matchLabel.setText(hits.isEmpty() ? m.get("reader.noMatch") : m.get("reader.match", currentHit + 1, hits.size()));
        matchNav.getChildren().stream().filter(n -> n instanceof Button).forEach(b -> b.setDisable(hits.size() < 2));
    }

    /** A marker band behind each hit (the current one stronger), from the laid-out text's own shape. */
    private void drawBands() {
        bands.getChildren().clear();
        for (int i = 0; i < hits.size(); i++) {
            javafx.scene.shape.PathElement[] shape = textFlow.rangeShape(hits.get(i)[0], hits.get(i)[1]);
            javafx.scene.shape.Path band = new javafx.scene.shape.Path(shape);
            band.getStyleClass().add(i == currentHit ? "hit-band-current" : "hit-band");
            // Bound, not copied: the layer may lay the text out again after the bands were drawn.
            band.layoutXProperty().bind(textFlow.layoutXProperty());
            band.layoutYProperty().bind(textFlow.layoutYProperty());
            // JavaFX 21's rangeShape leaves out the flow's padding (fixed in later releases).
            band.setTranslateX(textFlow.getInsets().getLeft());
            band.setTranslateY(textFlow.getInsets().getTop());
            bands.getChildren().add(band);
        }
    }

    /** Brings the current hit into view, a third of the way down. */
    private void scrollToCurrentHit() {
        if (textScroll == null) {
            return;
        }
        if (currentHit < 0 || currentHit >= bands.getChildren().size()) {
            textScroll.setVvalue(0);
            return;
        }
        double y = bands.getChildren().get(currentHit).getBoundsInParent().getMinY();
        double content = textLayer.getHeight();
        double viewport = textScroll.getViewportBounds().getHeight();
        if (content > viewport) {
            textScroll.setVvalue(Math.min(1, Math.max(0, y - viewport / 3) / (content - viewport)));
        }
    }

    /** For tests: the hits shown and the current one. */
    public List<int[]> hits() {
        return hits;
    }

    public int currentHit() {
        return currentHit;
    }

    private static Node plain(String s) {
        Text t = new Text(s);
        t.getStyleClass().add("reader-body");
        return t;
    }

    private void showTags() {
        tagChips.getChildren().clear();
        for (String tag : model.tags()) {
            Label name = new Label(tag);
            Button remove = new Button("✕");
            remove.getStyleClass().add("chip-remove");
            remove.setTooltip(new Tooltip(m.get("reader.tag.remove", tag)));
            remove.setOnAction(e -> model.removeTag(tag));
            HBox chip = new HBox(4, name, remove);
            chip.setAlignment(Pos.CENTER_LEFT);
            chip.getStyleClass().addAll("chip", "chip-tag");
            tagChips.getChildren().add(chip);
        }
        tagChips.getChildren().add(tagField);
    }

    /** Focuses the reader's first field (keyboard shortcut). */
    public void focus() {
        root.lookup("#reader-title").requestFocus();
    }

    public VBox node() {
        return root;
    }
}
