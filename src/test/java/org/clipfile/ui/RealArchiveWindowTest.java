package org.clipfile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.clipfile.archive.ClippingStore;
import org.clipfile.archive.DateOrigin;
import org.clipfile.archive.NewClipping;
import org.clipfile.archive.PublishedDate;
import org.clipfile.search.ClippingFilter;
import org.clipfile.testing.TestArchives;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The points of the "window on a real archive" review: trees, list, reader, tag input and words. */
@ExtendWith(ApplicationExtension.class)
class RealArchiveWindowTest extends WindowTestSupport {
    static final String WIRE_TITLE = "Qin tells Blinken U.S. must stop interfering in China's internal affairs before the visit";
    static final String WIRE = WIRE_TITLE + "\n\n"
            + "WASHINGTON, June 14 (Reuters) - Chinese Foreign Minister Qin Gang told\n"
            + "U.S. Secretary of State Antony Blinken in a phone call on Wednesday that\n"
            + "Washington should stop interfering in China's internal affairs, and the\n"
            + "two discussed the balloon and the planned visit by Blinken to Beijing.\n\n"
            + "Blinken is expected to travel to Beijing later this month, the first\n"
            + "visit by a U.S. secretary of state in five years, after the balloon trip\n"
            + "was put off in February over the flight of a suspected spy balloon.\n";

    @Override
    void seed(ClippingStore store) {
        store.add(new NewClipping(WIRE_TITLE, WIRE, "", PublishedDate.day(java.time.LocalDate.of(2023, 6, 14), DateOrigin.USER),
                "Reuters", null, "Michael Martina", List.of("China-US/Taiwan", "Diplomacy"), null, null));
        store.add(TestArchives.clipping("Yellen ends Beijing visit", "Janet Yellen said trade ties were too big to break.", "2023-07-09",
                "China-US/Trade", "Energy"));
        store.add(TestArchives.clipping("Japan restarts reactors", "Utilities in Japan restart reactors as LNG costs stay high.",
                "2023-08-02", "Japan", "Energy"));
    }

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    // ---- trees --------------------------------------------------------------------------------

    @Test
    void anActiveTopicThatIsAlsoSelectedStaysReadableFocusedOrNot(FxRobot robot) {
        settle();
        robot.clickOn(treeCell(robot, "#tag-tree", "Energy"));
        settle();
        robot.press(KeyCode.CONTROL).clickOn(treeCell(robot, "#tag-tree", "Japan")).release(KeyCode.CONTROL);
        settle();
        assertThat(window.get().workspace().browsing().filter().tags()).containsExactly("Energy", "Japan");
        TreeCell<?> japan = treeCell(robot, "#tag-tree", "Japan");
        assertThat(japan.getStyleClass()).contains("active-tag");
        assertThat(japan.isSelected()).isTrue();
        assertThat(contrast(japan)).as("selected, active and focused").isGreaterThan(4.5);
        fx(() -> table(robot).requestFocus());
        assertThat(contrast(treeCell(robot, "#tag-tree", "Japan"))).as("selected, active, not focused").isGreaterThan(4.5);
        assertThat(contrast(treeCell(robot, "#tag-tree", "Energy"))).as("active only").isGreaterThan(4.5);
    }

    /** WCAG contrast between a cell's text colour and its background colour. */
    private static double contrast(TreeCell<?> cell) {
        Color text = (Color) cell.getTextFill();
        var fills = cell.getBackground().getFills();
        Color back = (Color) fills.get(fills.size() - 1).getFill();
        double a = luminance(text) + 0.05;
        double b = luminance(back) + 0.05;
        return Math.max(a, b) / Math.min(a, b);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    @Test
    void theExpandArrowOnlyExpandsAndClearAllLeavesNoHighlightNorTrash(FxRobot robot) {
        settle();
        TreeCell<?> chinaUs = treeCell(robot, "#tag-tree", "China-US");
        robot.clickOn(chinaUs.getDisclosureNode());
        settle();
        assertThat(window.get().workspace().browsing().filter().tags()).as("the arrow applies no filter").isEmpty();
        assertThat(treeCell(robot, "#tag-tree", "Taiwan").isVisible()).isTrue();

        robot.clickOn(treeCell(robot, "#tag-tree", "Diplomacy"));
        settle();
        robot.clickOn("#show-trash");
        settle();
        robot.clickOn("#clear-filters");
        settle();
        assertThat(window.get().workspace().browsing().filter()).isEqualTo(ClippingFilter.ALL);
        assertThat(robot.lookup("#tag-tree .tree-cell").queryAllAs(TreeCell.class))
                .noneMatch(c -> c.getStyleClass().contains("active-tag") || c.isSelected());
        assertThat(treeCell(robot, "#tag-tree", "Taiwan").isVisible()).as("expansion kept across refreshes").isTrue();
        assertThat(table(robot).getItems()).hasSize(3);
    }

    @Test
    void escapeClearsTheFilterFromEveryPane(FxRobot robot) {
        settle();
        for (String pane : List.of("#tag-tree", "#date-tree", "#clipping-table", "#search-field", "#reader-notes")) {
            robot.clickOn(treeCell(robot, "#tag-tree", "Energy"));
            settle();
            assertThat(window.get().workspace().browsing().filter().tags()).isNotEmpty();
            if (pane.equals("#reader-notes")) {
                robot.clickOn(row(robot, 0));
                settle();
            }
            fx(() -> robot.lookup(pane).query().requestFocus());
            robot.type(KeyCode.ESCAPE);
            settle();
            assertThat(window.get().workspace().browsing().filter()).as("Esc in " + pane).isEqualTo(ClippingFilter.ALL);
        }
    }

    @Test
    void undoingATaggingThatMadeANewTopicTakesTheTopicAwayAgain(FxRobot robot) {
        settle();
        fx(() -> table(robot).getSelectionModel().selectAll());
        settle();
        fakes.textAnswers.add("Markets/Asia");
        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        settle();
        assertThat(fakes.confirmations).as("a new topic is confirmed first").anyMatch(c -> c.startsWith("New topic"));
        assertThat(treeCell(robot, "#tag-tree", "Markets").getText()).contains("(3)");
        fx(() -> window.get().workspace().edits().undo());
        settle();
        assertThat(robot.lookup("#tag-tree .tree-cell").queryAllAs(TreeCell.class))
                .noneMatch(c -> c.getText() != null && c.getText().startsWith("Markets"));
        assertThat(window.get().workspace().services().tags().find("Markets")).isEmpty();
    }

    @Test
    void aTypoInCtrlTIsNotMadeIntoATopicWhenTheAnalystSaysNo(FxRobot robot) {
        settle();
        robot.clickOn(row(robot, 0));
        settle();
        long id = window.get().workspace().browsing().selectedIds().get(0);
        fakes.confirmAnswer = false;
        fakes.textAnswers.add("Enrgy");
        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        settle();
        assertThat(window.get().workspace().services().tags().tagsOf(id)).doesNotContain("Enrgy");
        assertThat(window.get().workspace().services().tags().find("Enrgy")).isEmpty();
        fakes.textAnswers.add("energy"); // an existing topic (any case) needs no question
        int asked = fakes.confirmations.size();
        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        settle();
        assertThat(fakes.confirmations).hasSize(asked);
        assertThat(window.get().workspace().services().tags().tagsOf(id)).contains("Energy");
    }

    @Test
    void theNewClippingEditorCompletesTagsAndAsksBeforeANewOne(FxRobot robot) {
        settle();
        robot.clickOn("#new-clipping");
        waitUntil(() -> robot.lookup("#capture-editor").tryQuery().isPresent(), "the editor opens");
        robot.clickOn("#capture-tags").write("Energy, dipl");
        waitUntil(() -> robot.lookup(".context-menu .menu-item").tryQuery().isPresent(), "suggestions appear");
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        assertThat(node(robot, "#capture-tags", TextField.class).getText()).isEqualTo("Energy, Diplomacy");
        fx(() -> node(robot, "#capture-tags", TextField.class).setText("Energy, Enrgy"));
        fx(() -> node(robot, "#capture-text", javafx.scene.control.TextArea.class).setText("A new clipping about energy prices."));
        fakes.confirmAnswer = false;
        robot.clickOn("#capture-save");
        settle();
        assertThat(fakes.confirmations).anyMatch(c -> c.contains("There is no topic Enrgy"));
        assertThat(window.get().workspace().services().search().count(ClippingFilter.ALL)).as("nothing saved").isEqualTo(3);
        assertThat(node(robot, "#capture-message", Label.class).getText()).startsWith("Not saved");
        fakes.confirmAnswer = true;
        robot.clickOn("#capture-save");
        waitUntil(() -> robot.lookup("#capture-editor").tryQuery().isEmpty(), "saved and closed");
        settle();
        assertThat(window.get().workspace().services().tags().find("Enrgy")).isPresent();
    }

    // ---- list ---------------------------------------------------------------------------------

    @Test
    void theListSaysItsOrderAndANewSearchDropsAHeaderSort(FxRobot robot) {
        settle();
        assertThat(node(robot, "#sort-order", Label.class).getText()).isEqualTo("newest first");
        assertThat(node(robot, "#status-count", Label.class).getText()).isEqualTo("3 clippings");
        robot.clickOn("#search-field").write("blinken");
        settle();
        waitUntil(() -> table(robot).getItems().size() == 1, "the search");
        assertThat(node(robot, "#sort-order", Label.class).getText()).isEqualTo("by relevance");
        assertThat(node(robot, "#status-count", Label.class).getText()).isEqualTo("1 clipping");
        robot.clickOn(robot.lookup(".column-header .label").queryAllAs(Label.class).stream()
                .filter(l -> "Date".equals(l.getText())).findFirst().orElseThrow());
        settle();
        assertThat(node(robot, "#sort-order", Label.class).getText()).isNotEqualTo("by relevance");
        robot.doubleClickOn("#search-field").write("yellen");
        settle();
        waitUntil(() -> "by relevance".equals(node(robot, "#sort-order", Label.class).getText()), "relevance again");
        assertThat(table(robot).getSortOrder()).as("no header arrow lingers").isEmpty();
    }

    @Test
    void aCutTitleHasItsFullTextAsATooltipAndEmptyColumnsHide(FxRobot robot) {
        settle();
        double width = stage.getWidth();
        fx(() -> stage.setWidth(1024));
        try {
            narrowTable(robot);
        } finally {
            fx(() -> stage.setWidth(width)); // the primary stage is shared with the other window tests
        }
    }

    private void narrowTable(FxRobot robot) {
        settle();
        var cell = robot.lookup("#clipping-table .table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .filter(c -> WIRE_TITLE.equals(c.getText())).findFirst().orElseThrow();
        waitUntil(() -> cell.getTooltip() != null, "a tooltip on the cut title");
        assertThat(cell.getTooltip().getText()).isEqualTo(WIRE_TITLE);
        TableView<?> table = table(robot);
        TableColumn<?, ?> source = table.getColumns().stream().filter(c -> "Source".equals(c.getText())).findFirst().orElseThrow();
        assertThat(source.isVisible()).isTrue();
        // Only one clipping has a source: shown alone, the others' list has no Source column.
        fx(() -> window.get().workspace().browsing().setQuery("yellen"));
        settle();
        assertThat(source.isVisible()).isFalse();
    }

    @Test
    void theEmptyTrashSaysSoAndAPhraseChipShowsItsQuotesOnce(FxRobot robot) {
        settle();
        robot.clickOn("#show-trash");
        settle();
        assertThat(robot.lookup("#trash-empty").tryQuery()).isPresent();
        assertThat(((Label) robot.lookup("#trash-empty").query()).getText()).isEqualTo("The trash is empty.");
        assertThat(node(robot, "#status-count", Label.class).getText()).isEqualTo("0 clippings in the trash");
        assertThat(node(robot, "#empty-trash", Button.class).isVisible()).as("nothing to empty").isFalse();
        fx(() -> window.get().workspace().browsing().clearFilters());
        fx(() -> window.get().workspace().browsing().setQuery("\"trade ties\""));
        settle();
        assertThat(robot.lookup(".chip-query .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Search: \"trade ties\"");
    }

    // ---- reader -------------------------------------------------------------------------------

    @Test
    void theReaderReflowsWireCopyShowsTheAuthorAndSteppsThroughMatches(FxRobot robot) {
        settle();
        robot.clickOn("#search-field").write("balloon");
        waitUntil(() -> table(robot).getItems().size() == 1, "the search");
        settle();
        robot.clickOn(row(robot, 0));
        settle();
        TextFlow flow = node(robot, "#reader-text", TextFlow.class);
        String shown = flow.getChildren().stream().map(n -> ((Text) n).getText()).reduce("", String::concat);
        assertThat(shown).as("the title is not repeated").doesNotStartWith(WIRE_TITLE).startsWith("WASHINGTON");
        assertThat(shown).as("wire line breaks reflowed").contains("Qin Gang told U.S. Secretary").contains("that Washington should");
        assertThat(shown).contains("Beijing.\n\nBlinken"); // the paragraph break stays
        assertThat(window.get().workspace().services().store().get(1).orElseThrow().text()).isEqualTo(WIRE); // stored text unchanged
        assertThat(node(robot, "#reader-author", TextField.class).getText()).isEqualTo("Michael Martina");
        assertThat(node(robot, "#reader-match", Label.class).getText()).isEqualTo("Match 1 of 3");
        assertThat(robot.lookup(".hit-band-current").queryAll()).hasSize(1);
        assertThat(robot.lookup(".hit-band").queryAll()).hasSize(2);
        robot.clickOn("#reader-next-match");
        assertThat(node(robot, "#reader-match", Label.class).getText()).isEqualTo("Match 2 of 3");
        robot.clickOn("#reader-previous-match").clickOn("#reader-previous-match");
        assertThat(node(robot, "#reader-match", Label.class).getText()).isEqualTo("Match 3 of 3");

        // The author is edited and saved through the same path as the other fields.
        robot.doubleClickOn("#reader-author");
        fx(() -> node(robot, "#reader-author", TextField.class).setText("M. Martina"));
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        settle();
        assertThat(window.get().workspace().services().store().get(1).orElseThrow().author()).isEqualTo("M. Martina");

        // The author is a facet: only this author's clippings, shown as a chip that takes it away again.
        robot.clickOn("#clear-filters");
        settle();
        robot.clickOn(row(robot, 2)); // the oldest of the three: the wire story, newest first
        settle();
        assertThat(node(robot, "#reader-author", TextField.class).getText()).isEqualTo("M. Martina");
        robot.clickOn("#reader-only-author");
        settle();
        assertThat(window.get().workspace().browsing().filter().author()).isEqualTo("M. Martina");
        waitUntil(() -> table(robot).getItems().size() == 1, "only this author's clippings");
        assertThat(window.get().workspace().browsing().chips()).anySatisfy(c -> assertThat(c.label()).isEqualTo("Author: M. Martina"));
        robot.type(KeyCode.ESCAPE);
        settle();
        assertThat(window.get().workspace().browsing().filter().author()).isNull();
    }

    @Test
    void notesSavedOnMovingToAnotherClippingAreAnnounced(FxRobot robot) {
        settle();
        robot.clickOn(row(robot, 0));
        settle();
        long first = window.get().workspace().browsing().selectedIds().get(0);
        robot.clickOn("#reader-notes").write("ask the desk");
        robot.clickOn(row(robot, 1));
        settle();
        assertThat(window.get().workspace().services().store().get(first).orElseThrow().notes()).isEqualTo("ask the desk");
        assertThat(node(robot, "#status-message", Label.class).getText())
                .startsWith("Saved your edits to").contains("before moving to another clipping");
    }

    // ---- dialogs and words --------------------------------------------------------------------

    @Test
    void pastingAStoredClippingSaysSoWithWholeButtonsAndEscapeCloses(FxRobot robot) {
        settle();
        fakes.clipboard = WIRE;
        fx(() -> table(robot).requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#capture-editor").tryQuery().isPresent(), "the editor opens");
        fx(() -> robot.lookup("#capture-editor").query().getScene().getWindow().setWidth(900));
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitUntil(() -> node(robot, "#capture-message", Label.class).getText().startsWith("Already in the archive"), "the duplicate");
        WaitForFx.pulse();
        for (String id : List.of("#capture-show-duplicate", "#capture-cancel", "#capture-save")) {
            Button b = node(robot, id, Button.class);
            if (b.isVisible()) {
                assertThat(b.getWidth()).as(id + " is not cut").isGreaterThanOrEqualTo(b.prefWidth(-1) - 0.5);
                assertThat(b.getTooltip()).as(id + " tooltip").isNotNull();
            }
        }
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#capture-editor").tryQuery().isEmpty(), "Escape closes the editor");
        assertThat(fakes.confirmations).as("nothing to lose: no question").isEmpty();
    }

    @Test
    void helpExplainsTheSearchSyntax(FxRobot robot) {
        settle();
        fx(() -> table(robot).requestFocus());
        robot.type(KeyCode.F1);
        waitUntil(() -> robot.lookup("#help-search-syntax").tryQuery().isPresent(), "help opens");
        List<String> texts = robot.lookup("#help-search-syntax .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertThat(texts).contains("\"new difficulties\"", "chin*", "blinken -balloon");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void inTheNarrowestWindowTheReadersDateLineIsWholeAndInWords(FxRobot robot) {
        settle();
        double width = stage.getWidth();
        double height = stage.getHeight();
        fx(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
        });
        try {
            robot.clickOn(row(robot, 2)); // the wire story, its date typed in
            settle();
            Label detail = node(robot, "#reader-date-detail", Label.class);
            assertThat(detail.getText()).isEqualTo("exact day, typed in");
            assertThat(detail.getWidth()).as("not cut to \"…\"").isGreaterThanOrEqualTo(detail.prefWidth(-1) - 0.5);
            javafx.geometry.Bounds inReader = robot.lookup("#reader").query().sceneToLocal(detail.localToScene(detail.getLayoutBounds()));
            assertThat(inReader.getMaxX()).as("inside the reader").isLessThanOrEqualTo(robot.lookup("#reader").query().getLayoutBounds().getMaxX());
        } finally {
            fx(() -> {
                stage.setWidth(width); // the primary stage is shared with the other window tests
                stage.setHeight(height);
            });
        }
    }

    @Test
    void helpShowsEveryShortcutsKeysWhole(FxRobot robot) {
        settle();
        fx(() -> table(robot).requestFocus());
        robot.type(KeyCode.F1);
        waitUntil(() -> robot.lookup("#help-shortcuts").tryQuery().isPresent(), "help opens");
        WaitForFx.pulse();
        List<Label> keys = robot.lookup("#help-shortcuts .keycap").queryAllAs(Label.class).stream().toList();
        assertThat(keys).isNotEmpty();
        assertThat(keys).allSatisfy(k -> assertThat(k.getWidth()).as(k.getText() + " is not cut")
                .isGreaterThanOrEqualTo(k.prefWidth(-1) - 0.5));
        robot.type(KeyCode.ESCAPE);
    }

    /** Lets one more pulse lay out what just changed. */
    private static final class WaitForFx {
        static void pulse() {
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        }
    }
}
