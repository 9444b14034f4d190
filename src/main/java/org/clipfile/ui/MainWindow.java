package org.clipfile.ui;

import java.time.LocalDate;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.clipfile.archive.ArchiveAddress;
import org.clipfile.search.ClippingFilter;
import org.clipfile.ui.browse.ClippingListViewModel;
import org.clipfile.ui.common.BackgroundOperation;
import org.clipfile.ui.common.Dialogs;
import org.clipfile.ui.common.Messages;
import org.clipfile.ui.common.Seams;
import org.clipfile.ui.common.Theme;
import org.clipfile.ui.common.WindowSettings;
import org.clipfile.ui.checking.CheckViewModel;
import org.clipfile.ui.copying.CopyViewModel;
import org.clipfile.ui.statistics.StatisticsViewModel;
import org.clipfile.ui.exporting.ExportViewModel;
import org.clipfile.ui.importing.ImportViewModel;
import org.clipfile.ui.reader.ReaderViewModel;
import org.clipfile.ui.tags.TagTreeViewModel;
import org.clipfile.ui.timeline.HistogramView;
import org.clipfile.ui.timeline.TimelineViewModel;
import org.clipfile.ui.workspace.ArchiveServices;
import org.clipfile.ui.workspace.Browsing;
import org.clipfile.ui.workspace.WindowSession;
import org.clipfile.ui.workspace.Workspace;

/**
 * The main window's content for one open archive: it makes the view models and puts together the
 * layout ({@link WindowLayout}), the menus ({@link WindowMenus}), the keys ({@link WindowInput})
 * and the commands they share ({@link WindowActions}); it starts and stops the archive's work and
 * saves and restores what the window remembers. It holds no archive logic.
 */
public final class MainWindow {
    public static final String STYLESHEET = MainWindow.class.getResource("clipfile.css").toExternalForm();

    private final Workspace workspace;
    private final Browsing browsing;
    private final WindowSession session;
    private final BorderPane root = new BorderPane();
    private final ClippingListViewModel list;
    private final TagTreeViewModel tags;
    private final TimelineViewModel timeline;
    private final ReaderViewModel reader;
    private final WindowActions actions;
    private final WindowLayout layout;
    private final Timeline poll;
    /** Work registered with {@link #whenFirstPageShown} and not run yet. */
    private int waitingForFirstPage;

    /** What the window asks its application to do: switch archives (a file, or a team archive on a server). */
    public interface ArchiveSwitcher {
        void open(ArchiveAddress archive);

        /** File › Open team archive…: asks for the address, then opens it. */
        void openTeamArchive();

        /** File › Restore from backup…: a backup chosen and confirmed replaces the archive file, which reopens. */
        void restoreFromBackup();

        /** The team archives opened lately, most recent first, without passwords. */
        List<String> recentTeamArchives();
    }

    /**
     * @param theme the application's theme, which View › Dark theme switches (it outlives this
     *              window when another archive is opened)
     */
    public MainWindow(Workspace workspace, Seams seams, Stage stage, ArchiveSwitcher switcher, ObjectProperty<Theme> theme) {
        this.workspace = workspace;
        this.browsing = workspace.browsing();
        this.session = workspace.session();
        Messages m = workspace.messages();
        ArchiveServices services = workspace.services();
        Dialogs dialogs = workspace.dialogs();
        BackgroundOperation operation = new BackgroundOperation();
        list = new ClippingListViewModel(services.search(), browsing, session, m);
        // The count and first page are asked for before the rest of the window is built: the database
        // works on them while this thread builds the panes (a second at a million clippings), and
        // nothing else has been queued in front of them.
        list.reload(true);
        tags = new TagTreeViewModel(services.search(), services.tags(), browsing, workspace.edits(), session, dialogs, m);
        timeline = new TimelineViewModel(services.search(), browsing, session);
        reader = new ReaderViewModel(services.store(), browsing, workspace.edits(), session, dialogs, m);
        ImportViewModel importer = new ImportViewModel(services.importer(), browsing, session, dialogs, m, operation);
        ExportViewModel exporter = new ExportViewModel(services.exporter(), services.archive(), browsing, session, dialogs, m, operation);
        actions = new WindowActions(workspace, seams, stage);
        layout = new WindowLayout(list, tags, timeline, reader, importer, exporter, browsing, actions, m);

        root.getStyleClass().add("main-window");
        CheckViewModel checker = new CheckViewModel(services.archive(), session, dialogs, m, operation);
        CopyViewModel copier = new CopyViewModel(services.archive(), browsing, session, dialogs, m, operation, switcher::recentTeamArchives);
        StatisticsViewModel statistics = new StatisticsViewModel(services.archive(), services.search(), session, dialogs, m);
        root.setTop(new VBox(WindowMenus.build(m, new WindowMenus.Targets(actions, layout, importer, exporter, checker, copier, statistics, reader,
                workspace.edits(), browsing, seams, switcher, theme)), layout.toolbar()));
        root.setCenter(layout.body());
        root.setBottom(StatusBar.build(list, browsing, session, operation, m));
        WindowInput.install(root, layout, actions, browsing, importer);

        poll = new Timeline(new KeyFrame(Duration.seconds(2), e -> session.checkForExternalChanges()));
        poll.setCycleCount(Timeline.INDEFINITE);
    }

    /**
     * Loads the other panes for the first time, once the list shows its first page (which it asked
     * for when it was made), and starts watching for other processes' changes. At a million
     * clippings the timeline's and the topics' counts take seconds of a core that the list and
     * the window's first layout need more; until theirs arrive each pane says it is counting.
     */
    public void start(boolean watchForChanges) {
        whenFirstPageShown(() -> {
            tags.reload();
            timeline.reload();
        });
        if (watchForChanges) {
            session.checkForExternalChanges();
            poll.play();
        }
    }

    /**
     * Runs {@code r} once the list shows its first result (count and first page): after the frame
     * that draws it. The work after opening waits for it: the day's backup copies the whole file
     * and, started at once, made the first page of a large archive wait seconds for the disk; the
     * facets, the topics and the timeline, started as the rows arrived, took the core the JavaFX
     * thread needed to lay them out (half a second of a first page's delay at a million clippings).
     */
    public void whenFirstPageShown(Runnable r) {
        if (!list.loadingProperty().get() && list.countProperty().get() > 0) { // (a failed first count ends the loading too)
            r.run();
            return;
        }
        waitingForFirstPage++;
        ChangeListener<Boolean> once = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (!now) {
                    list.loadingProperty().removeListener(this);
                    afterNextFrame(() -> {
                        waitingForFirstPage--;
                        r.run();
                    });
                }
            }
        };
        list.loadingProperty().addListener(once);
    }

    /** Runs {@code r} at the start of the pulse after next: the coming frame has been laid out and drawn by then. */
    private static void afterNextFrame(Runnable r) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    r.run();
                }
            }
        }.start();
    }

    /**
     * Whether work is still waiting for the list's first page to be drawn (it is not on the runner
     * yet): the screenshot command and the tests wait for it as for the runner's jobs.
     */
    boolean waitingForFirstPage() {
        return waitingForFirstPage > 0;
    }

    public void stop() {
        poll.stop();
        if (reader.dirtyProperty().get()) {
            reader.save();
        }
        actions.closeCapture();
    }

    /** Stops watching without saving anything: the archive is damaged and about to be replaced. */
    public void abandon() {
        poll.stop();
        actions.closeCapture();
    }

    /** Opens the editor pre-filled from the clipboard: its HTML flavour if a browser put one there, else its text. */
    public void pasteClipping() {
        actions.pasteClipping();
    }

    /** Help › Keyboard shortcuts and search (F1); the screenshot command pictures it too. */
    void showHelp() {
        actions.showHelp();
    }

    public Parent root() {
        return root;
    }

    public Workspace workspace() {
        return workspace;
    }

    /** For tests: the timeline, to find its bars on screen. */
    public HistogramView histogram() {
        return layout.histogram();
    }

    // ---- settings ---------------------------------------------------------------------------

    /** Restores the split dividers remembered from the last run (the filter is set before the window is made: {@link #savedFilter}). */
    public void apply(WindowSettings s) {
        layout.setDividers(s.mainDividers(), s.sideDividers(), s.centerDividers());
    }

    /**
     * The filter remembered from the last run. The shell sets it on the workspace before making
     * the window, so the list's first count is the one for this filter (not one for everything,
     * thrown away a moment later).
     */
    public static ClippingFilter savedFilter(WindowSettings s) {
        ClippingFilter f = ClippingFilter.ALL.withQuery(s.query()).withTags(s.tags(), s.anyTag());
        try {
            f = f.withDates(s.from() == null ? null : LocalDate.parse(s.from()), s.to() == null ? null : LocalDate.parse(s.to()));
        } catch (RuntimeException e) {
            // a hand-edited date: leave the range out
        }
        return s.undatedOnly() ? f.withUndatedOnly(true) : f;
    }

    /** What to remember of this window, in {@code theme}. */
    public WindowSettings capture(double width, double height, Theme theme) {
        ClippingFilter f = browsing.filter();
        List<List<Double>> dividers = layout.dividers();
        return new WindowSettings(WindowSettings.FORMAT, WindowSettings.VERSION, width, height,
                dividers.get(0), dividers.get(1), dividers.get(2), f.query(), f.tags(), f.anyTag(),
                f.from() == null ? null : f.from().toString(), f.to() == null ? null : f.to().toString(), f.undatedOnly(),
                theme.settingName());
    }
}
