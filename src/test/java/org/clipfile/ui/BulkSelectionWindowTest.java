package org.clipfile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.clipfile.archive.ClippingStore;
import org.clipfile.testing.TestArchives;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Several clippings selected: the reader says how many and offers the bulk actions, instead of editing the first. */
@ExtendWith(ApplicationExtension.class)
class BulkSelectionWindowTest extends WindowTestSupport {

    @Override
    void seed(ClippingStore store) {
        store.add(TestArchives.clipping("Alpha", "The first clipping.", "2023-01-05"));
        store.add(TestArchives.clipping("Beta", "The second clipping.", "2023-01-06"));
        store.add(TestArchives.clipping("Gamma", "The third clipping.", "2023-01-07"));
    }

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    @Test
    void severalSelectedShowTheBulkActionsWhichApplyToAllOfThem(FxRobot robot) {
        settle();
        fx(() -> table(robot).getSelectionModel().selectIndices(0, 1));
        settle();
        assertThat(window.get().workspace().browsing().selectedIds()).hasSize(2);
        assertThat(shown(robot, "#reader-bulk")).isTrue();
        assertThat(node(robot, "#reader-bulk-count", Label.class).getText()).isEqualTo("2 clippings selected");
        assertThat(shown(robot, "#reader-title")).as("no silent editing of the first").isFalse();

        fakes.textAnswers.add("Bulk/Tagged");
        robot.clickOn("#reader-bulk-tag");
        settle();
        assertThat(treeCell(robot, "#tag-tree", "Bulk").getText()).isEqualTo("Bulk  (2)");

        robot.clickOn("#reader-bulk-delete");
        settle();
        assertThat(table(robot).getItems()).hasSize(1);

        fx(() -> table(robot).getSelectionModel().clearAndSelect(0));
        settle();
        assertThat(shown(robot, "#reader-bulk")).isFalse();
        assertThat(shown(robot, "#reader-title")).isTrue();
    }

    /** Visible on screen: the node and every parent (a hidden pane hides its children without changing theirs). */
    private static boolean shown(FxRobot robot, String query) {
        for (javafx.scene.Node n = robot.lookup(query).query(); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
