package org.clipfile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.clipfile.archive.ClippingStore;
import org.clipfile.ui.common.Messages;
import org.clipfile.ui.common.SettingsStore;
import org.clipfile.ui.common.Theme;
import org.clipfile.testing.TestArchives;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * View › Dark theme: it switches the whole window at once, is remembered for the next run, and
 * every state the trees, the list and the reader mark stays readable (WCAG 4.5:1) in both themes.
 */
@ExtendWith(ApplicationExtension.class)
class ThemeWindowTest extends WindowTestSupport {
    private static final double READABLE = 4.5;

    @Override
    void seed(ClippingStore store) {
        store.add(TestArchives.clipping("Yellen ends Beijing visit", "Janet Yellen said trade ties were too big to break.",
                "2023-07-09", "China-US/Trade", "Energy"));
        store.add(TestArchives.clipping("Japan restarts reactors", "Utilities in Japan restart reactors as LNG costs stay high.",
                "2023-08-02", "Japan", "Energy"));
        store.add(TestArchives.clipping("日本重启核电站", "日本电力公司重启核电站，因为液化天然气价格居高不下。日本政府表示支持。",
                "2023-08-03", "Japan", "Energy"));
    }

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    /** The stage is shared with the next test classes: they expect the light theme. */
    @AfterEach
    void backToLight() {
        if (shell != null) {
            fx(() -> shell.themeProperty().set(Theme.LIGHT));
        }
    }

    private CheckMenuItem darkThemeItem(FxRobot robot) {
        return (CheckMenuItem) robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream()).filter(i -> "menu-darkTheme".equals(i.getId()))
                .findFirst().orElseThrow();
    }

    private boolean dark() {
        return stage.getScene().getRoot().getStyleClass().contains(Theme.DARK_STYLE_CLASS);
    }

    private double surfaceLuminance(FxRobot robot) {
        return Contrast.luminance(Contrast.background(node(robot, "#tag-tree", Region.class)));
    }

    @Test
    void theDarkThemeSwitchesLiveAndIsThereAgainAfterARestart(FxRobot robot) throws Exception {
        settle();
        assertThat(dark()).isFalse();
        assertThat(darkThemeItem(robot).isSelected()).isFalse();
        assertThat(surfaceLuminance(robot)).as("light surface").isGreaterThan(0.8);

        fx(() -> darkThemeItem(robot).setSelected(true)); // what View › Dark theme does
        assertThat(dark()).isTrue();
        assertThat(surfaceLuminance(robot)).as("dark surface").isLessThan(0.05);
        Color rowText = (Color) node(robot, "#clipping-table .table-row-cell .table-cell", TableCell.class).getTextFill();
        assertThat(Contrast.luminance(rowText)).as("light text on the dark list").isGreaterThan(0.5);

        fx(() -> shell.close()); // what quitting does
        assertThat(Files.readString(dir.resolve("settings.json"))).containsPattern("\"theme\"\\s*:\\s*\"dark\"");

        window.set(null);
        fx(() -> {
            stage.close();
            stage = new Stage();
            SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
            shell = new WindowShell(stage, runner, fakes.seams(), Messages.english(), store, store.load(), false);
            shell.setOnOpened(window::set);
            shell.show(new org.clipfile.archive.ArchiveAddress.File(archiveFile()));
        });
        settle();
        assertThat(dark()).as("dark again after a restart").isTrue();
        assertThat(darkThemeItem(robot).isSelected()).isTrue();
        assertThat(surfaceLuminance(robot)).isLessThan(0.05);

        fx(() -> darkThemeItem(robot).setSelected(false));
        assertThat(dark()).isFalse();
        assertThat(surfaceLuminance(robot)).isGreaterThan(0.8);
    }

    @Test
    void anActiveSelectedTopicAndTheOtherMarkedStatesAreReadableInBothThemes(FxRobot robot) {
        settle();
        for (Theme theme : Theme.values()) {
            fx(() -> shell.themeProperty().set(theme));
            fx(() -> window.get().workspace().browsing().clearFilters());
            settle();
            robot.clickOn(treeCell(robot, "#tag-tree", "Energy"));
            settle();
            robot.press(KeyCode.CONTROL).clickOn(treeCell(robot, "#tag-tree", "Japan")).release(KeyCode.CONTROL);
            settle();
            assertThat(window.get().workspace().browsing().filter().tags()).containsExactly("Energy", "Japan");
            TreeCell<?> japan = treeCell(robot, "#tag-tree", "Japan");
            assertThat(japan.getStyleClass()).contains("active-tag");
            assertThat(japan.isSelected()).isTrue();
            assertThat(cellContrast(japan)).as("%s: topic selected, active and focused", theme).isGreaterThanOrEqualTo(READABLE);

            robot.clickOn(row(robot, 0));
            settle();
            assertThat(cellContrast(treeCell(robot, "#tag-tree", "Japan"))).as("%s: topic selected and active, list focused", theme)
                    .isGreaterThanOrEqualTo(READABLE);
            assertThat(cellContrast(treeCell(robot, "#tag-tree", "Energy"))).as("%s: topic active only", theme)
                    .isGreaterThanOrEqualTo(READABLE);
            javafx.scene.control.TableRow<?> selectedRow = row(robot, 0);
            assertThat(selectedRow.isSelected()).isTrue();
            TableCell<?, ?> selectedCell = (TableCell<?, ?>) selectedRow.lookup(".table-cell");
            assertThat(Contrast.ratio(selectedCell.getTextFill(), Contrast.background(selectedRow)))
                    .as("%s: selected row of the focused list", theme).isGreaterThanOrEqualTo(READABLE);

            robot.clickOn(treeCell(robot, "#date-tree", "2023"));
            settle();
            TreeCell<?> year = treeCell(robot, "#date-tree", "2023");
            assertThat(cellContrast(year)).as("%s: date selected and focused", theme).isGreaterThanOrEqualTo(READABLE);
            robot.clickOn(row(robot, 0));
            settle();
            assertThat(cellContrast(treeCell(robot, "#date-tree", "2023"))).as("%s: date selected, list focused", theme)
                    .isGreaterThanOrEqualTo(READABLE);

            Label caption = node(robot, "#timeline-caption", Label.class);
            assertThat(Contrast.ratio(caption.getTextFill(), Contrast.background(node(robot, "#histogram", Region.class))))
                    .as("%s: timeline caption", theme).isGreaterThanOrEqualTo(READABLE);
        }
    }

    @Test
    void searchHitsStandOutInBothThemesAlsoInChinese(FxRobot robot) {
        settle();
        for (Theme theme : Theme.values()) {
            fx(() -> shell.themeProperty().set(theme));
            fx(() -> window.get().workspace().browsing().setQuery("日本"));
            settle();
            waitUntil(() -> titles(robot).equals(List.of("日本重启核电站")), "the Chinese clipping is found");
            robot.clickOn(row(robot, 0));
            settle();
            waitUntil(() -> robot.lookup(".hit-band").tryQuery().isPresent(), "the hits are marked");
            Text hit = robot.lookup(".search-hit").queryAs(Text.class);
            assertThat(hit.getText()).isEqualTo("日本");
            Shape band = robot.lookup(".hit-band").queryAs(Shape.class);
            Shape current = robot.lookup(".hit-band-current").queryAs(Shape.class);
            Region page = robot.lookup(".reader-text-layer").queryAs(Region.class);
            assertThat(Contrast.ratio(hit.getFill(), band.getFill())).as("%s: hit text on its band", theme).isGreaterThanOrEqualTo(READABLE);
            assertThat(Contrast.ratio(hit.getFill(), current.getFill())).as("%s: hit text on the current band", theme)
                    .isGreaterThanOrEqualTo(READABLE);
            // A marker stands out by its colour more than by its lightness (yellow on white): measured as a colour distance.
            assertThat(Contrast.distance(band.getFill(), Contrast.background(page))).as("%s: the band stands out of the page", theme)
                    .isGreaterThan(0.3);
            assertThat(Contrast.distance(current.getFill(), band.getFill())).as("%s: the current hit stands out of the others", theme)
                    .isGreaterThan(0.3);
            Text plain = robot.lookup(".reader-body").match(n -> !n.getStyleClass().contains("search-hit")).queryAs(Text.class);
            assertThat(Contrast.ratio(plain.getFill(), Contrast.background(page))).as("%s: the text", theme)
                    .isGreaterThanOrEqualTo(READABLE);
        }
    }

    private static double cellContrast(TreeCell<?> cell) {
        return Contrast.ratio(cell.getTextFill(), Contrast.background(cell));
    }
}
