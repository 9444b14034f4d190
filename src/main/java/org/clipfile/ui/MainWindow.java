package org.clipfile.ui;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.clipfile.search.ClippingFilter;
import org.clipfile.ui.browse.ClippingListViewModel;
import org.clipfile.ui.browse.ClippingTable;
import org.clipfile.ui.browse.FilterBar;
import org.clipfile.ui.capture.CaptureViewModel;
import org.clipfile.ui.capture.CaptureWindow;
import org.clipfile.ui.common.BackgroundOperation;
import org.clipfile.ui.common.Dialogs;
import org.clipfile.ui.common.Messages;
import org.clipfile.ui.common.Seams;
import org.clipfile.ui.common.Shortcut;
import org.clipfile.ui.common.WindowSettings;
import org.clipfile.ui.exporting.ExportViewModel;
import org.clipfile.ui.help.HelpWindow;
import org.clipfile.ui.importing.ImportViewModel;
import org.clipfile.ui.reader.ReaderPane;
import org.clipfile.ui.reader.ReaderViewModel;
import org.clipfile.ui.tags.TagTreePane;
import org.clipfile.ui.tags.TagTreeViewModel;
import org.clipfile.ui.timeline.DateTreePane;
import org.clipfile.ui.timeline.HistogramView;
import org.clipfile.ui.timeline.TimelineViewModel;
import org.clipfile.ui.workspace.ArchiveEdits;
import org.clipfile.ui.workspace.ArchiveServices;
import org.clipfile.ui.workspace.Browsing;
import org.clipfile.ui.workspace.WindowSession;
import org.clipfile.ui.workspace.Workspace;

/**
 * The main window's content for one open archive: it builds the panes, binds them to their view
 * models, and wires menus and shortcuts. It holds no archive logic.
 */
public final class MainWindow {
    public static final String STYLESHEET = MainWindow.class.getResource("clipfile.css").toExternalForm();

    private final Workspace workspace;
    private final Browsing browsing;
    private final ArchiveEdits edits;
    private final WindowSession session;
    private final Seams seams;
    private final Messages m;
    private final Stage stage;
    private final BorderPane root = new BorderPane();
    private final ClippingListViewModel list;
    private final TagTreeViewModel tags;
    private final TimelineViewModel timeline;
    private final ReaderViewModel reader;
    private final ImportViewModel importer;
    private final ExportViewModel exporter;
    private final BackgroundOperation operation = new BackgroundOperation();
    private final SplitPane mainSplit = new SplitPane();
    private final SplitPane sideSplit = new SplitPane();
    private final SplitPane centerSplit = new SplitPane();
    private final FilterBar filterBar;
    private final ClippingTable table;
    private final TagTreePane tagPane;
    private final DateTreePane datePane;
    private final ReaderPane readerPane;
    private final HistogramView histogram;
    private final Timeline poll;
    private CaptureWindow capture;

    /** What the window asks its application to do: switch archives. */
    public interface ArchiveSwitcher {
        void open(Path archive);
    }

    public MainWindow(Workspace workspace, Seams seams, Stage stage, ArchiveSwitcher switcher) {
        this.workspace = workspace;
        this.seams = seams;
        this.browsing = workspace.browsing();
        this.edits = workspace.edits();
        this.session = workspace.session();
        this.m = workspace.messages();
        this.stage = stage;
        ArchiveServices services = workspace.services();
        Dialogs dialogs = workspace.dialogs();
        list = new ClippingListViewModel(services.search(), browsing, session, m);
        tags = new TagTreeViewModel(services.search(), services.tags(), browsing, edits, session, dialogs, m);
        timeline = new TimelineViewModel(services.search(), browsing, session);
        reader = new ReaderViewModel(services.store(), browsing, edits, session, m);
        importer = new ImportViewModel(services.importer(), browsing, session, dialogs, m, operation);
        exporter = new ExportViewModel(services.exporter(), browsing, session, dialogs, m, operation);

        filterBar = new FilterBar(browsing, m);
        table = new ClippingTable(list, browsing, m, welcome(), noMatches());
        tagPane = new TagTreePane(tags, m);
        datePane = new DateTreePane(timeline, m.get("dates.undated"));
        readerPane = new ReaderPane(reader, m, tags.allTagPaths());
        readerPane.setBulkActions(new ReaderPane.BulkActions(this::tagSelection, this::untagSelection, this::deleteSelection,
                exporter::exportSelection));
        histogram = new HistogramView(timeline, m);

        root.getStyleClass().add("main-window");
        root.setTop(new VBox(menuBar(switcher), toolbar()));
        root.setCenter(body());
        root.setBottom(StatusBar.build(list, browsing, session, operation, m));
        setUpDragAndDrop();
        root.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        // Esc clears every filter from every pane: a filter, because the trees and the table keep
        // Esc for themselves (cancelling an edit) and would never pass it on. The timeline and the
        // dates tree give Esc a finer meaning (one zoom step out, drop the dates only) and fall
        // back to clearing everything themselves, so Esc from inside them is theirs.
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !e.isShortcutDown()
                    && !isWithin(e.getTarget(), histogram.node()) && !isWithin(e.getTarget(), datePane.node())) {
                browsing.clearFilters();
                e.consume();
            }
        });
        // Keyboard flow: Down from the search box goes to the results, Enter on a result to the reader.
        filterBar.searchField().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !table.node().getItems().isEmpty()) {
                table.node().requestFocus();
                if (table.node().getSelectionModel().isEmpty()) {
                    table.node().getSelectionModel().select(0);
                }
                e.consume();
            }
        });
        table.node().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !browsing.selectedIds().isEmpty()) {
                readerPane.focus();
                e.consume();
            }
        });

        poll = new Timeline(new KeyFrame(Duration.seconds(2), e -> session.checkForExternalChanges()));
        poll.setCycleCount(Timeline.INDEFINITE);
    }

    /** Loads everything for the first time and starts watching for other processes' changes. */
    public void start(boolean watchForChanges) {
        list.reload(true);
        tags.reload();
        timeline.reload();
        if (watchForChanges) {
            session.checkForExternalChanges();
            poll.play();
        }
    }

    /**
     * Runs {@code r} once the list shows its first result (count and first page). The work after
     * opening waits for it: the day's backup copies the whole file and, started at once, made the
     * first page of a large archive wait seconds for the disk.
     */
    public void whenFirstPageShown(Runnable r) {
        if (!list.loadingProperty().get() && list.countProperty().get() > 0) { // (a failed first count ends the loading too)
            r.run();
            return;
        }
        javafx.beans.value.ChangeListener<Boolean> once = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (!now) {
                    list.loadingProperty().removeListener(this);
                    r.run();
                }
            }
        };
        list.loadingProperty().addListener(once);
    }

    public void stop() {
        poll.stop();
        if (reader.dirtyProperty().get()) {
            reader.save();
        }
        closeCapture();
    }

    /** Stops watching without saving anything: the archive is damaged and about to be replaced. */
    public void abandon() {
        poll.stop();
        closeCapture();
    }

    /** A new-clipping editor belongs to this window's archive: it must not outlive it and save into a closed one. */
    private void closeCapture() {
        if (capture != null && capture.stage().isShowing()) {
            capture.stage().close();
        }
        capture = null;
    }

    public Parent root() {
        return root;
    }

    public Workspace workspace() {
        return workspace;
    }

    // ---- layout -----------------------------------------------------------------------------

    private Node body() {
        VBox topics = titled(m.get("topics.title"), tagPane.node());
        VBox dates = titled(m.get("dates.title"), datePane.node());
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

    private Node toolbar() {
        Button newClipping = new Button(m.get("toolbar.new"));
        newClipping.setId("new-clipping");
        newClipping.getStyleClass().add("accent-button");
        newClipping.setOnAction(e -> openCapture(""));
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
        restore.setOnAction(e -> edits.restore(List.copyOf(browsing.selectedIds())));
        Button emptyTrash = new Button(m.get("toolbar.emptyTrash"));
        emptyTrash.setId("empty-trash");
        // An empty trash offers nothing to empty.
        emptyTrash.visibleProperty().bind(trash.selectedProperty().and(list.countProperty().greaterThan(0)));
        emptyTrash.managedProperty().bind(emptyTrash.visibleProperty());
        emptyTrash.setOnAction(e -> edits.emptyTrash());
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
        paste.setOnAction(e -> pasteClipping());
        Button importFiles = new Button(m.get("welcome.import"));
        importFiles.setOnAction(e -> importer.chooseFolder());
        for (Button b : List.of(samples, paste, importFiles)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(8, 8, samples, paste, importFiles);
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

    // ---- menus and keys ---------------------------------------------------------------------

    private MenuBar menuBar(ArchiveSwitcher switcher) {
        Menu file = new Menu(m.get("menu.file"));
        MenuItem pasteNote = item("menu.paste", null, this::pasteClipping);
        pasteNote.setText(m.get("menu.paste") + "    (" + Shortcut.PASTE_CLIPPING.displayKeys() + ")");
        file.getItems().addAll(
                item("menu.new", Shortcut.NEW_CLIPPING, () -> openCapture("")),
                pasteNote,
                new SeparatorMenuItem(),
                item("menu.importFiles", Shortcut.IMPORT_FILES, importer::chooseFiles),
                item("menu.importFolder", Shortcut.IMPORT_FOLDER, importer::chooseFolder),
                item("menu.importSamples", null, importer::importSamples),
                item("menu.export", Shortcut.EXPORT, exporter::exportFilter),
                item("menu.exportSelection", Shortcut.EXPORT_SELECTION, exporter::exportSelection),
                new SeparatorMenuItem(),
                item("menu.openArchive", Shortcut.OPEN_ARCHIVE, () -> seams.dialogs().chooseArchiveToOpen().ifPresent(switcher::open)),
                item("menu.newArchive", null, () -> seams.dialogs().chooseNewArchive().ifPresent(switcher::open)),
                new SeparatorMenuItem(),
                item("menu.quit", Shortcut.QUIT, Platform::exit)); // the application's stop() saves settings and closes the archive
        MenuItem undo = item("menu.undo", Shortcut.UNDO, edits::undo);
        undo.disableProperty().bind(edits.undoStack().canUndoProperty().not());
        edits.undoStack().nextDescriptionProperty().addListener((o, a, b) ->
                undo.setText(b.isEmpty() ? m.get("menu.undo") : m.get("menu.undoWhat", b)));
        Menu edit = new Menu(m.get("menu.edit"));
        edit.getItems().addAll(undo, new SeparatorMenuItem(),
                item("menu.tag", Shortcut.TAG_SELECTION, this::tagSelection),
                item("menu.untag", Shortcut.UNTAG_SELECTION, this::untagSelection),
                new SeparatorMenuItem(),
                item("menu.delete", null, this::deleteSelection),
                item("menu.restore", Shortcut.RESTORE, () -> edits.restore(List.copyOf(browsing.selectedIds()))),
                item("menu.emptyTrash", null, edits::emptyTrash),
                new SeparatorMenuItem(),
                item("menu.save", null, reader::save));
        CheckMenuItem showTrash = new CheckMenuItem(m.get("menu.showTrash"));
        showTrash.setAccelerator(Shortcut.SHOW_TRASH.combination());
        showTrash.setOnAction(e -> browsing.setTrash(showTrash.isSelected()));
        browsing.filterProperty().addListener((o, a, b) -> showTrash.setSelected(b.trash()));
        Menu view = new Menu(m.get("menu.view"));
        view.getItems().addAll(
                item("menu.find", Shortcut.FIND, this::focusSearch),
                item("menu.clear", null, browsing::clearFilters),
                showTrash,
                new SeparatorMenuItem(),
                item("menu.focusTable", Shortcut.FOCUS_TABLE, () -> table.node().requestFocus()),
                item("menu.focusTopics", Shortcut.FOCUS_TOPICS, () -> tagPane.node().requestFocus()),
                item("menu.focusDates", Shortcut.FOCUS_DATES, () -> datePane.node().requestFocus()),
                item("menu.focusReader", Shortcut.FOCUS_READER, readerPane::focus));
        Menu help = new Menu(m.get("menu.help"));
        help.getItems().addAll(item("menu.shortcuts", Shortcut.HELP, this::showHelp), item("menu.about", null, this::showAbout));
        MenuBar bar = new MenuBar(file, edit, view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private MenuItem item(String key, Shortcut shortcut, Runnable action) {
        MenuItem item = new MenuItem(m.get(key));
        item.setId(key.replace('.', '-'));
        if (shortcut != null) {
            item.setAccelerator(shortcut.combination());
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    /** Keys handled for the whole window, after the focused control had its chance. */
    private void onKey(KeyEvent e) {
        boolean inText = root.getScene() != null && root.getScene().getFocusOwner() instanceof TextInputControl;
        if (Shortcut.PASTE_CLIPPING.combination().match(e) && !inText) {
            pasteClipping();
            e.consume();
        } else if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) && !inText
                && root.getScene().getFocusOwner() == table.node()) {
            deleteSelection();
            e.consume();
        }
    }

    private void focusSearch() {
        filterBar.searchField().requestFocus();
        filterBar.searchField().selectAll();
    }

    private void deleteSelection() {
        List<Long> ids = List.copyOf(browsing.selectedIds());
        if (browsing.filter().trash()) {
            return; // in the trash, Delete does nothing; Empty trash is the only hard delete
        }
        edits.moveToTrash(ids);
    }

    private void tagSelection() {
        if (browsing.selectedIds().isEmpty()) {
            session.statusProperty().set(m.get("status.selectFirst"));
            return;
        }
        List<Long> ids = List.copyOf(browsing.selectedIds());
        seams.dialogs().askTag(m.get("tag.add.title"), m.get("tag.add.prompt", m.clippings(ids.size())), browsing.knownTags())
                .ifPresent(t -> edits.tagTyped(ids, t));
    }

    private void untagSelection() {
        if (browsing.selectedIds().isEmpty()) {
            session.statusProperty().set(m.get("status.selectFirst"));
            return;
        }
        List<Long> ids = List.copyOf(browsing.selectedIds());
        seams.dialogs().askTag(m.get("tag.remove.title"), m.get("tag.remove.prompt", m.clippings(ids.size())), browsing.knownTags())
                .ifPresent(t -> edits.untag(ids, t));
    }

    /** Opens the editor pre-filled from the clipboard: its HTML flavour if a browser put one there, else its text. */
    public void pasteClipping() {
        openCapture(seams.clipboard().html().orElse(null), seams.clipboard().text().orElse(""));
    }

    private void openCapture(String text) {
        openCapture(null, text);
    }

    private void openCapture(String html, String text) {
        if (capture != null && capture.stage().isShowing()) {
            capture.stage().toFront();
            return;
        }
        CaptureViewModel model = new CaptureViewModel(workspace.services().store(), workspace.browsing(), workspace.edits(),
                workspace.session(), workspace.dialogs(), m);
        if (!text.isBlank() || (html != null && !html.isBlank())) {
            model.fillFrom(html, text);
        }
        capture = new CaptureWindow(model, m, stage, List.of(STYLESHEET));
        capture.show();
    }

    /** Help › About: the version, and where the archive, its backups, the settings and the log are. */
    private void showAbout() {
        seams.dialogs().showReport(m.get("about.title"), m.get("about.summary", org.clipfile.ui.common.AboutText.version()),
                org.clipfile.ui.common.AboutText.lines(workspace.services().archive().file()));
    }

    private void showHelp() {
        new HelpWindow(m, stage, List.of(STYLESHEET)).show();
    }

    private void setUpDragAndDrop() {
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

    // ---- settings ---------------------------------------------------------------------------

    public void apply(WindowSettings s) {
        setDividers(mainSplit, s.mainDividers());
        setDividers(sideSplit, s.sideDividers());
        setDividers(centerSplit, s.centerDividers());
        ClippingFilter f = ClippingFilter.ALL.withQuery(s.query()).withTags(s.tags(), s.anyTag());
        try {
            f = f.withDates(s.from() == null ? null : LocalDate.parse(s.from()), s.to() == null ? null : LocalDate.parse(s.to()));
        } catch (RuntimeException e) {
            // a hand-edited date: leave the range out
        }
        browsing.setFilter(s.undatedOnly() ? f.withUndatedOnly(true) : f);
    }

    private static void setDividers(SplitPane pane, List<Double> positions) {
        if (positions.size() == pane.getDividers().size()) {
            pane.setDividerPositions(positions.stream().mapToDouble(Double::doubleValue).toArray());
        }
    }

    public WindowSettings capture(double width, double height) {
        ClippingFilter f = browsing.filter();
        return new WindowSettings(WindowSettings.FORMAT, WindowSettings.VERSION, width, height,
                positions(mainSplit), positions(sideSplit), positions(centerSplit), f.query(), f.tags(), f.anyTag(),
                f.from() == null ? null : f.from().toString(), f.to() == null ? null : f.to().toString(), f.undatedOnly());
    }

    private static List<Double> positions(SplitPane pane) {
        List<Double> out = new ArrayList<>();
        for (double d : pane.getDividerPositions()) {
            out.add(d);
        }
        return out;
    }

    /** For tests and screenshots. */
    private static boolean isWithin(Object target, javafx.scene.Node pane) {
        for (javafx.scene.Node n = target instanceof javafx.scene.Node node ? node : null; n != null; n = n.getParent()) {
            if (n == pane) {
                return true;
            }
        }
        return false;
    }

    public HistogramView histogram() {
        return histogram;
    }

    public void onEachScene(Consumer<Scene> c) {
        if (root.getScene() != null) {
            c.accept(root.getScene());
        }
    }
}
