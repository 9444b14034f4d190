package org.clipfile.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.clipfile.ui.browse.ClippingListViewModel;
import org.clipfile.ui.browse.ClippingTable;
import org.clipfile.ui.browse.FilterBar;
import org.clipfile.ui.common.Messages;
import org.clipfile.ui.common.Shortcut;
import org.clipfile.ui.exporting.ExportViewModel;
import org.clipfile.ui.importing.ImportViewModel;
import org.clipfile.ui.reader.ReaderPane;
import org.clipfile.ui.reader.ReaderViewModel;
import org.clipfile.ui.tags.TagTreePane;
import org.clipfile.ui.tags.TagTreeViewModel;
import org.clipfile.ui.timeline.DateTreePane;
import org.clipfile.ui.timeline.HistogramView;
import org.clipfile.ui.timeline.TimelineViewModel;
import org.clipfile.ui.workspace.Browsing;

/**
 * The window's panes and where they sit: the toolbar, the topics and dates on the left, the
 * timeline over the list in the middle, the reader on the right, in split panes whose dividers the
 * window remembers. Also moves the focus between the panes.
 */
final class WindowLayout {
    private final Messages m;
    private final Browsing browsing;
    private final ClippingListViewModel list;
    private final ImportViewModel importer;
    private final WindowActions actions;
    private final SplitPane mainSplit = new SplitPane();
    private final SplitPane sideSplit = new SplitPane();
    private final SplitPane centerSplit = new SplitPane();
    private final FilterBar filterBar;
    private final ClippingTable table;
    private final TagTreePane tagPane;
    private final DateTreePane datePane;
    private final ReaderPane readerPane;
    private final HistogramView histogram;

    WindowLayout(ClippingListViewModel list, TagTreeViewModel tags, TimelineViewModel timeline, ReaderViewModel reader,
            ImportViewModel importer, ExportViewModel exporter, Browsing browsing, WindowActions actions, Messages m) {
        this.m = m;
        this.browsing = browsing;
        this.list = list;
        this.importer = importer;
        this.actions = actions;
        filterBar = new FilterBar(browsing, m);
        table = new ClippingTable(list, browsing, m, welcome(), noMatches());
        tagPane = new TagTreePane(tags, m);
        datePane = new DateTreePane(timeline, m.get("dates.undated"), m.get("timeline.loading"));
        readerPane = new ReaderPane(reader, m, tags.allTagPaths());
        readerPane.setBulkActions(new ReaderPane.BulkActions(actions::tagSelection, actions::untagSelection,
                actions::deleteSelection, exporter::exportSelection));
        histogram = new HistogramView(timeline, m);
    }

    FilterBar filterBar() {
        return filterBar;
    }

    ClippingTable table() {
        return table;
    }

    DateTreePane datePane() {
        return datePane;
    }

    ReaderPane readerPane() {
        return readerPane;
    }

    HistogramView histogram() {
        return histogram;
    }

    void focusSearch() {
        filterBar.searchField().requestFocus();
        filterBar.searchField().selectAll();
    }

    void focusTable() {
        table.node().requestFocus();
    }

    void focusTopics() {
        tagPane.node().requestFocus();
    }

    void focusDates() {
        datePane.node().requestFocus();
    }

    void focusReader() {
        readerPane.focus();
    }

    Node body() {
        VBox topics = titled(m.get("topics.title"), tagPane.view());
        VBox dates = titled(m.get("dates.title"), datePane.view());
        sideSplit.setOrientation(Orientation.VERTICAL);
        sideSplit.getItems().addAll(topics, dates);
        sideSplit.setDividerPositions(0.55);

        centerSplit.setOrientation(Orientation.VERTICAL);
        centerSplit.getItems().addAll(histogram.node(), table.node());
        centerSplit.setDividerPositions(0.22);

        mainSplit.getItems().addAll(sideSplit, centerSplit, readerPane.node());
        // The list gets the most room: long titles are what the analyst scans (the reader wraps its text).
        mainSplit.setDividerPositions(0.17, 0.66);
        SplitPane.setResizableWithParent(sideSplit, false);
        return mainSplit;
    }

    private static VBox titled(String title, Node content) {
        Label header = new Label(title);
        header.getStyleClass().add("pane-title");
        VBox box = new VBox(header, content);
        VBox.setVgrow(content, Priority.ALWAYS);
        box.getStyleClass().add("side-section");
        return box;
    }

    Node toolbar() {
        Button newClipping = new Button(m.get("toolbar.new"));
        newClipping.setId("new-clipping");
        newClipping.getStyleClass().add("accent-button");
        newClipping.setOnAction(e -> actions.newClipping());
        Button importButton = new Button(m.get("toolbar.import"));
        importButton.setId("toolbar-import");
        importButton.setOnAction(e -> importer.chooseFiles());
        ToggleButton trash = new ToggleButton(m.get("toolbar.trash"));
        trash.setId("show-trash");
        trash.selectedProperty().addListener((o, a, b) -> browsing.setTrash(b));
        browsing.filterProperty().addListener((o, a, b) -> trash.setSelected(b.trash()));
        Button restore = new Button(m.get("toolbar.restore"));
        restore.setId("restore-selection");
        restore.visibleProperty().bind(trash.selectedProperty());
        restore.managedProperty().bind(restore.visibleProperty());
        restore.setOnAction(e -> actions.restoreSelection());
        Button emptyTrash = new Button(m.get("toolbar.emptyTrash"));
        emptyTrash.setId("empty-trash");
        // An empty trash offers nothing to empty.
        emptyTrash.visibleProperty().bind(trash.selectedProperty().and(list.countProperty().greaterThan(0)));
        emptyTrash.managedProperty().bind(emptyTrash.visibleProperty());
        emptyTrash.setOnAction(e -> actions.emptyTrash());
        HBox.setHgrow(filterBar.node(), Priority.ALWAYS);
        HBox bar = new HBox(8, newClipping, importButton, filterBar.node(), restore, emptyTrash, trash);
        bar.setAlignment(Pos.TOP_LEFT);
        bar.setPadding(new Insets(8));
        bar.getStyleClass().add("toolbar");
        return bar;
    }

    private Node welcome() {
        Label title = new Label(m.get("welcome.title"));
        title.getStyleClass().add("welcome-title");
        Label text = new Label(m.get("welcome.text", Shortcut.PASTE_CLIPPING.displayKeys()));
        text.setWrapText(true);
        text.setMaxWidth(460);
        Button samples = new Button(m.get("welcome.samples"));
        samples.setId("welcome-import-samples");
        samples.getStyleClass().add("accent-button");
        samples.setOnAction(e -> importer.importSamples());
        Button paste = new Button(m.get("welcome.paste"));
        paste.setId("welcome-paste");
        paste.setOnAction(e -> actions.pasteClipping());
        Button importFiles = new Button(m.get("welcome.import"));
        importFiles.setOnAction(e -> importer.chooseFolder());
        for (Button b : List.of(samples, paste, importFiles)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        FlowPane buttons = new FlowPane(8, 8, samples, paste, importFiles);
        buttons.setAlignment(Pos.CENTER);
        buttons.setPrefWrapLength(300);
        VBox box = new VBox(12, title, text, buttons);
        box.setId("welcome");
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("welcome");
        return box;
    }

    private Node noMatches() {
        Label none = new Label(m.get("table.noMatches", Shortcut.CLEAR_FILTERS.displayKeys()));
        none.getStyleClass().add("placeholder-text");
        return none;
    }

    /** The divider positions of the main, side and centre splits, as the settings keep them. */
    List<List<Double>> dividers() {
        return List.of(positions(mainSplit), positions(sideSplit), positions(centerSplit));
    }

    void setDividers(List<Double> main, List<Double> side, List<Double> center) {
        setDividers(mainSplit, main);
        setDividers(sideSplit, side);
        setDividers(centerSplit, center);
    }

    private static void setDividers(SplitPane pane, List<Double> positions) {
        if (positions.size() == pane.getDividers().size()) {
            pane.setDividerPositions(positions.stream().mapToDouble(Double::doubleValue).toArray());
        }
    }

    private static List<Double> positions(SplitPane pane) {
        List<Double> out = new ArrayList<>();
        for (double d : pane.getDividerPositions()) {
            out.add(d);
        }
        return out;
    }
}
