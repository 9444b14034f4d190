package org.clipfile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.clipfile.archive.Archive;
import org.clipfile.archive.ArchiveAddress;
import org.clipfile.archive.ClippingStore;
import org.clipfile.ui.browse.RowSlot;
import org.clipfile.ui.common.FxTaskRunner;
import org.clipfile.ui.common.Messages;
import org.clipfile.ui.common.SettingsStore;
import org.clipfile.ui.common.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the real window on a fresh temporary archive with fake OS seams, and waits for its
 * background work; subclasses seed the archive and drive the controls.
 */
abstract class WindowTestSupport {
    @TempDir
    Path dir;

    final FakeSeams fakes = new FakeSeams();
    TaskRunner runner;
    WindowShell shell;
    Stage stage;
    final AtomicReference<MainWindow> window = new AtomicReference<>();

    Path archiveFile() {
        return dir.resolve("archive.db");
    }

    /** The archive the window opens: the temporary file, unless a test opens a team archive. */
    ArchiveAddress archiveAddress() {
        return new ArchiveAddress.File(archiveFile());
    }

    /** Adjusts the shell before it shows the window (a stand-in opener, say). */
    void configure(WindowShell shell) {
    }

    /** Whether the window polls for other processes' changes (off by default: tests stay quiet). */
    boolean watchForChanges() {
        return false;
    }

    /** The runner the window's work goes through (a test may hold some of its lanes back). */
    TaskRunner makeRunner() {
        return new FxTaskRunner("test-worker", 2);
    }

    /** Fills the archive before the window opens it. */
    void seed(ClippingStore store) {
    }

    void startWindow(Stage stage) {
        this.stage = stage;
        ArchiveAddress address = archiveAddress();
        try (Archive archive = address instanceof ArchiveAddress.File f ? Archive.open(f.path())
                : Archive.open(address, Archive.Options.NO_DAILY_BACKUP)) {
            seed(new ClippingStore(archive));
        }
        runner = makeRunner();
        SettingsStore settings = new SettingsStore(dir.resolve("settings.json"));
        shell = new WindowShell(stage, runner, fakes.seams(), Messages.english(), settings, settings.load(), watchForChanges());
        shell.setOnOpened(window::set);
        configure(shell);
        shell.show(address, 1180, 760);
    }

    @AfterEach
    void closeWindow() {
        if (shell != null) {
            WaitForAsyncUtils.asyncFx(() -> {
                shell.close();
                stage.close();
            });
            WaitForAsyncUtils.waitForFxEvents();
        }
        if (runner != null) {
            runner.close();
        }
    }

    /** Waits until the window is open and no background work is pending. */
    void settle() {
        waitUntil(() -> window.get() != null, "the window opens");
        int quiet = 0;
        long deadline = System.currentTimeMillis() + 15_000;
        while (quiet < 3) {
            WaitForAsyncUtils.waitForFxEvents();
            quiet = runner.activeCount() == 0 && !waitingForFirstPage() ? quiet + 1 : 0;
            sleep(30);
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("background work did not finish");
            }
        }
        assertThat(fakes.errors).as("error messages shown").isEmpty();
    }

    /** Whether the window still holds work back until its list's first page is drawn. */
    private boolean waitingForFirstPage() {
        MainWindow w = window.get();
        if (w == null) {
            return false;
        }
        AtomicReference<Boolean> waiting = new AtomicReference<>();
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> waiting.set(w.waitingForFirstPage()));
        return waiting.get();
    }

    static void waitUntil(BooleanSupplier condition, String what) {
        waitUntil(condition, what, () -> null);
    }

    /** As above; a timeout also says what {@code now} shows then (the filter the window holds, say). */
    static void waitUntil(BooleanSupplier condition, String what, java.util.function.Supplier<Object> now) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                try {
                    return condition.getAsBoolean();
                } catch (org.testfx.service.query.EmptyNodeQueryException notYet) {
                    // A window being swapped in has no table until its first layout: not yet.
                    return false;
                }
            });
        } catch (java.util.concurrent.TimeoutException e) {
            Object state = now.get();
            throw new AssertionError("timed out waiting until " + what + (state == null ? "" : " (now: " + state + ")"));
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @SuppressWarnings("unchecked")
    TableView<RowSlot> table(FxRobot robot) {
        return (TableView<RowSlot>) robot.lookup("#clipping-table").query();
    }

    /** Titles of the rows the table shows (after their pages loaded). */
    List<String> titles(FxRobot robot) {
        TableView<RowSlot> table = table(robot);
        return table.getItems().stream().map(s -> s.row() == null ? "…" : s.row().title()).toList();
    }

    /** The visible row cell showing row {@code index} of the table. */
    javafx.scene.control.TableRow<?> row(FxRobot robot, int index) {
        return robot.lookup("#clipping-table .table-row-cell").queryAllAs(javafx.scene.control.TableRow.class).stream()
                .filter(r -> r.getIndex() == index && r.isVisible() && !r.isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("no visible row " + index));
    }

    /**
     * The cell of tree {@code treeId} whose text starts with {@code textStart}, once one is shown:
     * looked up on the JavaFX thread (a layout in progress also fills the flow's hidden measuring
     * cell) and only among cells whose every parent is visible and whose centre lies inside the tree,
     * where a click lands on it.
     */
    TreeCell<?> treeCell(FxRobot robot, String treeId, String textStart) {
        AtomicReference<TreeCell<?>> found = new AtomicReference<>();
        waitUntil(() -> {
            found.set(WaitForAsyncUtils.waitForAsyncFx(5_000, () -> shownTreeCell(robot, treeId, textStart)));
            return found.get() != null;
        }, "a shown tree cell starting with " + textStart);
        return found.get();
    }

    private static TreeCell<?> shownTreeCell(FxRobot robot, String treeId, String textStart) {
        for (Node treeNode : robot.lookup(treeId).queryAll()) {
            if (!(treeNode instanceof TreeView<?> tree) || tree.getScene() == null) {
                continue;
            }
            javafx.geometry.Bounds inside = tree.localToScene(tree.getLayoutBounds());
            for (Node n : tree.lookupAll(".tree-cell")) {
                if (n instanceof TreeCell<?> c && c.getTreeView() == tree && c.getIndex() >= 0 && !c.isEmpty()
                        && c.getText() != null && c.getText().startsWith(textStart) && shownUpTo(c, tree)) {
                    javafx.geometry.Bounds b = c.localToScene(c.getLayoutBounds());
                    if (inside.contains(b.getCenterX(), b.getCenterY())) {
                        return c;
                    }
                }
            }
        }
        return null;
    }

    private static boolean shownUpTo(Node node, Node ancestor) {
        for (Node n = node; n != null && n != ancestor; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    void fx(Runnable r) {
        WaitForAsyncUtils.asyncFx(r);
        WaitForAsyncUtils.waitForFxEvents();
    }

    <T extends Node> T node(FxRobot robot, String query, Class<T> type) {
        return robot.lookup(query).queryAs(type);
    }

    void onWindow(Consumer<MainWindow> c) {
        fx(() -> c.accept(window.get()));
    }
}
