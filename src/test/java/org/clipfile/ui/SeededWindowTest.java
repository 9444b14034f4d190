package org.clipfile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.clipfile.archive.Archive;
import org.clipfile.archive.ClippingStore;
import org.clipfile.archive.TagStore;
import org.clipfile.search.ClippingFilter;
import org.clipfile.testing.TestArchives;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Workflows on an archive with a few clippings: filter by tag and date, search, tag, export, trash, undo. */
@ExtendWith(ApplicationExtension.class)
class SeededWindowTest extends WindowTestSupport {

    @Override
    void seed(ClippingStore store) {
        store.add(TestArchives.clipping("Qin and Blinken speak by phone",
                "Qin Gang told Blinken that the spy balloon affair had hurt relations.", "2023-06-14", "Diplomacy", "China-US/Taiwan"));
        store.add(TestArchives.clipping("Yellen ends Beijing visit",
                "Janet Yellen said the trade ties between the two economies were too big to break.", "2023-07-09", "China-US/Trade"));
        store.add(TestArchives.clipping("Wang Yi in Washington",
                "Wang Yi met his counterpart in Washington ahead of a summit.", "2023-10-27", "Diplomacy"));
        store.add(TestArchives.clipping("Summit at Woodside",
                "Biden and Xi agreed to restore military contacts at the Woodside summit.", "2023-11-15", "Diplomacy", "China-US/Taiwan"));
        store.add(TestArchives.clipping("An undated note", "A clipping without any date at all.", null));
    }

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    @Test
    void aTagsContextMenuActsOnTheTagItShows(FxRobot robot) {
        settle();
        robot.clickOn(treeCell(robot, "#tag-tree", "China-US"));
        waitUntil(() -> filterTags().equals(List.of("China-US")), "the China-US filter", this::filterTags);
        settle(); // new counts: the cells now show other values
        // Headless Monocle opens no popup on a right-click, so choose the cell's own menu item directly.
        javafx.scene.control.ContextMenu menu = treeCell(robot, "#tag-tree", "Diplomacy").getContextMenu();
        fx(() -> menu.getItems().stream().filter(i -> "Show this topic".equals(i.getText())).findFirst().orElseThrow().fire());
        waitUntil(() -> filterTags().equals(List.of("Diplomacy")), "the Diplomacy filter", this::filterTags);
        settle();
        assertThat(titles(robot)).containsExactlyInAnyOrder("Qin and Blinken speak by phone", "Wang Yi in Washington", "Summit at Woodside");
    }

    @Test
    void clickingATagFiltersTheTableAndCtrlClickAddsATag(FxRobot robot) {
        settle();
        assertThat(table(robot).getItems()).hasSize(5);
        robot.clickOn(treeCell(robot, "#tag-tree", "Diplomacy"));
        settle();
        assertThat(titles(robot)).containsExactlyInAnyOrder("Qin and Blinken speak by phone", "Wang Yi in Washington", "Summit at Woodside");
        assertThat(robot.lookup("#filter-chips .chip").queryAll()).hasSize(1);
        // The topics now count within Diplomacy: click China-US where the tree shows it now.
        treeCell(robot, "#tag-tree", "China-US  (2)");

        // Ctrl-click a second tag: all chosen tags must match...
        robot.clickOn(treeCell(robot, "#tag-tree", "China-US"), MouseButton.PRIMARY);
        // Wait for the filter itself, not just idle workers: the tree is rebuilt after the click.
        waitUntil(() -> filterTags().equals(List.of("China-US")), "the China-US filter", this::filterTags);
        settle();
        robot.press(KeyCode.CONTROL);
        robot.clickOn(treeCell(robot, "#tag-tree", "Diplomacy"));
        robot.release(KeyCode.CONTROL);
        settle();
        assertThat(window.get().workspace().browsing().filter().tags()).containsExactly("China-US", "Diplomacy");
        assertThat(titles(robot)).containsExactlyInAnyOrder("Qin and Blinken speak by phone", "Summit at Woodside");
        // ...or any of them, with the visible switch.
        robot.clickOn("#match-any");
        settle();
        assertThat(table(robot).getItems()).hasSize(4);

        // Esc clears every filter.
        robot.clickOn(table(robot)).type(KeyCode.ESCAPE);
        settle();
        assertThat(table(robot).getItems()).hasSize(5);
        assertThat(robot.lookup("#filter-chips .chip").queryAll()).isEmpty();
    }

    private List<String> filterTags() {
        return window.get().workspace().browsing().filter().tags();
    }

    @Test
    void taggingFromTheKeyboardThenUndo(FxRobot robot) {
        settle();
        robot.clickOn(row(robot, 0));
        settle();
        long id = window.get().workspace().browsing().selectedIds().get(0);
        fakes.textAnswers.add("Watch list");
        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        settle();
        assertThat(tagsOf(id)).contains("Watch list");
        robot.clickOn(treeCell(robot, "#tag-tree", "Watch list"));
        settle();
        assertThat(table(robot).getItems()).hasSize(1);

        robot.clickOn(table(robot)).press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        settle();
        assertThat(tagsOf(id)).doesNotContain("Watch list");
        assertThat(table(robot).getItems()).isEmpty();
    }

    @Test
    void theTimelineNamesEachMonthOnceUnderItsFirstWeekShownAlsoAfterAFold(FxRobot robot) {
        settle();
        assertThat(window.get().histogram().layout().unit()).isEqualTo(org.clipfile.ui.timeline.Granularity.WEEK);
        List<String> shown = new java.util.ArrayList<>();
        fx(() -> robot.lookup(".histogram-axis").queryAllAs(Text.class).stream()
                .filter(t -> t.isVisible() && !t.getStyleClass().contains("histogram-context"))
                .sorted(java.util.Comparator.comparingDouble(Text::getX))
                .forEach(t -> shown.add(t.getText())));
        assertThat(shown).containsExactly("Jun", "Jul", "Oct", "Nov");
    }

    @Test
    void draggingAcrossHistogramBarsSetsADateRange(FxRobot robot) {
        settle();
        // June..November 2023 fits week by week; the empty weeks between the stories are folded.
        var layout = window.get().histogram().layout();
        assertThat(layout.unit()).isEqualTo(org.clipfile.ui.timeline.Granularity.WEEK);
        assertThat(layout.buckets()).filteredOn(b -> b.count() > 0).extracting(b -> b.start().toString())
                .containsExactly("2023-06-12", "2023-07-03", "2023-10-23", "2023-11-13");
        int june = indexOfWeek(layout, "2023-06-12");
        int july = indexOfWeek(layout, "2023-07-03");
        Point2D from = window.get().histogram().barCenterOnScreen(june);
        Point2D to = window.get().histogram().barCenterOnScreen(july);
        robot.drag(from, MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        settle();
        ClippingFilter f = window.get().workspace().browsing().filter();
        assertThat(f.from()).isEqualTo(LocalDate.of(2023, 6, 12));
        assertThat(f.to()).isEqualTo(LocalDate.of(2023, 7, 9));
        assertThat(titles(robot)).containsExactlyInAnyOrder("Qin and Blinken speak by phone", "Yellen ends Beijing visit");
        // Those four weeks are shown day by day.
        layout = window.get().histogram().layout();
        assertThat(layout.unit()).isEqualTo(org.clipfile.ui.timeline.Granularity.DAY);
        assertThat(layout.buckets()).filteredOn(b -> b.count() > 0).extracting(b -> b.start().toString())
                .containsExactly("2023-06-14", "2023-07-09");

        // The undated clippings are one click away in the date tree.
        robot.clickOn(treeCell(robot, "#date-tree", "Undated"));
        settle();
        assertThat(titles(robot)).containsExactly("An undated note");
    }

    private static int indexOfWeek(org.clipfile.ui.timeline.TimelineScale.Layout layout, String monday) {
        for (int i = 0; i < layout.buckets().size(); i++) {
            if (layout.buckets().get(i).start().toString().equals(monday)) {
                return i;
            }
        }
        throw new AssertionError("no week of " + monday);
    }

    @Test
    void searchAsYouTypeFiltersAndHighlightsInTheReader(FxRobot robot) {
        settle();
        robot.clickOn("#search-field").write("balloon");
        settle();
        waitUntil(() -> table(robot).getItems().size() == 1, "the search narrows the table");
        settle();
        assertThat(titles(robot)).containsExactly("Qin and Blinken speak by phone");
        assertThat(robot.lookup(".chip-query").queryAll()).hasSize(1);

        robot.clickOn(row(robot, 0));
        settle();
        assertThat(robot.lookup("#reader-title").queryAs(TextInputControl.class).getText()).isEqualTo("Qin and Blinken speak by phone");
        assertThat(robot.lookup("#reader-who").queryAs(javafx.scene.control.Label.class).isVisible())
                .as("a file archive has no logins to name").isFalse();
        TextFlow text = robot.lookup("#reader-text").queryAs(TextFlow.class);
        List<String> hits = text.getChildren().stream().filter(n -> n.getStyleClass().contains("search-hit"))
                .map(n -> ((Text) n).getText()).toList();
        assertThat(hits).containsExactly("balloon");
    }

    @Test
    void editingInTheReaderSavesAndUndoRestores(FxRobot robot) throws Exception {
        settle();
        robot.clickOn(row(robot, 0));
        settle();
        long id = window.get().workspace().browsing().selectedIds().get(0);
        TextInputControl title = robot.lookup("#reader-title").queryAs(TextInputControl.class);
        String before = title.getText();
        robot.doubleClickOn(title);
        fx(() -> title.setText("A better title"));
        robot.clickOn("#reader-notes").write("check the transcript");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        settle();
        try (Archive a = Archive.open(archiveFile())) {
            var c = new ClippingStore(a).get(id).orElseThrow();
            assertThat(c.title()).isEqualTo("A better title");
            assertThat(c.notes()).isEqualTo("check the transcript");
        }
        assertThat(titles(robot)).contains("A better title");

        robot.clickOn(table(robot)).press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        settle();
        try (Archive a = Archive.open(archiveFile())) {
            assertThat(new ClippingStore(a).get(id).orElseThrow().title()).isEqualTo(before);
        }
    }

    @Test
    void exportWritesTheCurrentFilter(FxRobot robot) throws Exception {
        settle();
        robot.clickOn(treeCell(robot, "#tag-tree", "Diplomacy"));
        settle();
        Path target = dir.resolve("out/diplomacy.jsonl");
        fakes.exportTarget = target;
        robot.clickOn(table(robot)).press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        settle();
        waitUntil(() -> Files.exists(target), "the export is written");
        List<String> lines = Files.readAllLines(target, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        assertThat(String.join("\n", lines)).contains("Summit at Woodside").doesNotContain("Yellen");
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText()).contains("Exported 3");
    }

    @Test
    void deleteMovesToTrashWhereItCanBeRestored(FxRobot robot) {
        settle();
        robot.clickOn(row(robot, 0));
        settle();
        String title = titles(robot).get(0);
        robot.type(KeyCode.DELETE);
        settle();
        assertThat(titles(robot)).hasSize(4).doesNotContain(title);

        robot.clickOn("#show-trash");
        settle();
        assertThat(titles(robot)).containsExactly(title);
        robot.clickOn(row(robot, 0));
        settle();
        robot.clickOn("#restore-selection");
        settle();
        assertThat(table(robot).getItems()).isEmpty();

        robot.clickOn("#show-trash");
        settle();
        assertThat(titles(robot)).hasSize(5).contains(title);

        // Delete again, and undo it.
        robot.clickOn(row(robot, 0)).type(KeyCode.DELETE);
        settle();
        assertThat(table(robot).getItems()).hasSize(4);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        settle();
        assertThat(table(robot).getItems()).hasSize(5);
    }

    @Test
    void draggingClippingsOntoATagTagsThem(FxRobot robot) {
        settle();
        assertThat(titles(robot).get(2)).isEqualTo("Yellen ends Beijing visit");
        robot.clickOn(row(robot, 2));
        settle();
        long id = window.get().workspace().browsing().selectedIds().get(0);
        robot.drag(row(robot, 2), MouseButton.PRIMARY).dropTo(treeCell(robot, "#tag-tree", "Diplomacy"));
        settle();
        assertThat(tagsOf(id)).contains("Diplomacy");
        assertThat(treeCell(robot, "#tag-tree", "Diplomacy").getText()).isEqualTo("Diplomacy  (4)");
    }

    @Test
    void readerTagChipsAutocompleteFromExistingTags(FxRobot robot) {
        settle();
        robot.clickOn(row(robot, 2)); // Yellen, tagged China-US/Trade only
        settle();
        long id = window.get().workspace().browsing().selectedIds().get(0);
        robot.clickOn("#reader-tag-field").write("dipl");
        // The suggestions pop up under the field; Down picks the first, Enter adds it.
        waitUntil(() -> robot.lookup(".context-menu .menu-item").tryQuery().isPresent(), "suggestions appear");
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        settle();
        assertThat(tagsOf(id)).containsExactlyInAnyOrder("China-US/Trade", "Diplomacy");
        assertThat(robot.lookup("#reader-tags .chip-tag").queryAll()).hasSize(2);
    }

    @Test
    void theKeyboardAloneSearchesSelectsReadsAndTags(FxRobot robot) {
        settle();
        fx(() -> table(robot).requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        assertThat(robot.lookup("#search-field").queryAs(TextField.class).isFocused()).isTrue();
        robot.write("yellen");
        waitUntil(() -> table(robot).getItems().size() == 1, "the search narrows the table");
        settle();
        robot.type(KeyCode.DOWN);
        settle();
        assertThat(table(robot).isFocused()).isTrue();
        long id = window.get().workspace().browsing().selectedIds().get(0);
        fakes.textAnswers.add("Economy");
        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        settle();
        assertThat(tagsOf(id)).contains("Economy");
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#reader-title").queryAs(TextInputControl.class).isFocused()).isTrue();
        robot.type(KeyCode.ESCAPE);
        settle();
        assertThat(table(robot).getItems()).hasSize(5);
    }

    @Test
    void draggingATagOntoAnotherMergesThem(FxRobot robot) {
        settle();
        robot.clickOn(treeCell(robot, "#tag-tree", "China-US"));
        robot.type(KeyCode.RIGHT); // expand it
        settle();
        fakes.confirmAnswer = true;
        robot.drag(treeCell(robot, "#tag-tree", "Trade"), MouseButton.PRIMARY).dropTo(treeCell(robot, "#tag-tree", "Diplomacy"));
        settle();
        try (Archive a = Archive.open(archiveFile())) {
            assertThat(new TagStore(a).find("China-US/Trade")).isEmpty();
        }
        fx(() -> window.get().workspace().browsing().clearFilters());
        settle();
        assertThat(treeCell(robot, "#tag-tree", "Diplomacy").getText()).isEqualTo("Diplomacy  (4)");
    }

    @Test
    void helpListsEveryShortcut(FxRobot robot) {
        settle();
        robot.clickOn(table(robot)).type(KeyCode.F1);
        waitUntil(() -> robot.lookup("#help-shortcuts").tryQuery().isPresent(), "the help window opens");
        javafx.scene.layout.GridPane grid = robot.lookup("#help-shortcuts").queryAs(javafx.scene.layout.GridPane.class);
        assertThat(grid.getChildren()).hasSize(2 * org.clipfile.ui.common.Shortcut.values().length);
    }

    @Test
    void theLastFilterAndWindowSizeAreRememberedAcrossRuns(FxRobot robot) throws Exception {
        settle();
        robot.clickOn(treeCell(robot, "#tag-tree", "Diplomacy"));
        robot.clickOn("#search-field").write("summit");
        settle();
        waitUntil(() -> "summit".equals(window.get().workspace().browsing().filter().query()), "the query applies");
        // The stage is shared with the other window tests, some of which resize it: set the size this test checks.
        fx(() -> stage.setWidth(1180));
        waitUntil(() -> stage.getWidth() == 1180.0, "the window is 1180 wide");
        fx(() -> shell.close()); // what quitting does
        String saved = Files.readString(dir.resolve("settings.json"));
        assertThat(saved).contains("clipfile-window-settings").contains("summit").contains("Diplomacy");

        window.set(null);
        fx(() -> {
            stage.close();
            stage = new Stage();
            org.clipfile.ui.common.SettingsStore store = new org.clipfile.ui.common.SettingsStore(dir.resolve("settings.json"));
            shell = new WindowShell(stage, runner, fakes.seams(), org.clipfile.ui.common.Messages.english(), store, store.load(), false);
            shell.setOnOpened(window::set);
            shell.show(new org.clipfile.archive.ArchiveAddress.File(archiveFile()));
        });
        settle();
        assertThat(window.get().workspace().browsing().filter().query()).isEqualTo("summit");
        assertThat(window.get().workspace().browsing().filter().tags()).containsExactly("Diplomacy");
        assertThat(robot.lookup("#search-field").queryAs(TextField.class).getText()).isEqualTo("summit");
        assertThat(titles(robot)).containsExactlyInAnyOrder("Summit at Woodside", "Wang Yi in Washington");
        assertThat(stage.getWidth()).isEqualTo(1180.0);
    }

    private List<String> tagsOf(long id) {
        try (Archive a = Archive.open(archiveFile())) {
            return new TagStore(a).tagsOf(id);
        }
    }
}
