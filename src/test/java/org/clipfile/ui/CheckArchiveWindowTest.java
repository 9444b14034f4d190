package org.clipfile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import org.clipfile.archive.ClippingStore;
import org.clipfile.testing.TestArchives;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * File › Check archive does what {@code clipfile check} does: an implied tag lost from the file (the
 * parent topic no longer counts the clipping) is found, rebuilt and reported in the window's words,
 * and the topics show the repaired count.
 */
@ExtendWith(ApplicationExtension.class)
class CheckArchiveWindowTest extends WindowTestSupport {
    @Override
    void seed(ClippingStore store) {
        store.add(TestArchives.clipping("Strait talks", "Officials met in Taipei.", "2023-03-01", "China-US/Taiwan"));
        // The damage: the implied "China-US" row of that clipping is gone (as a crash in an old version might leave it).
        store.archive().write(c -> {
            try (var s = c.createStatement()) {
                s.executeUpdate("DELETE FROM clipping_tag WHERE explicit = 0");
            }
            return null;
        });
    }

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    @Test
    void aLostImpliedTagIsFoundRepairedAndCountedAgain(FxRobot robot) {
        settle();
        assertThat(treeCell(robot, "#tag-tree", "China-US").getText()).isEqualTo("China-US  (0)");
        fx(TeamArchiveWindowTest.menuItem(robot, "menu-check")::fire);
        waitUntil(() -> !fakes.reports.isEmpty(), "the check's report");
        settle();
        FakeSeams.Report report = fakes.reports.get(0);
        assertThat(report.title()).isEqualTo("Check archive");
        assertThat(report.summary()).isEqualTo("Repaired what was wrong; 1 clipping.");
        assertThat(report.details()).anySatisfy(line -> assertThat(line).startsWith("Repaired: tag tree and implied tags: 1 implied tag(s) missing"));
        assertThat(report.details()).contains("OK: database file (integrity_check)");
        assertThat(String.join("\n", report.details())).as("window words").doesNotContain("PROBLEM").doesNotContain("--");
        waitUntil(() -> treeCell(robot, "#tag-tree", "China-US").getText().equals("China-US  (1)"), "the topics count the clipping again");
    }
}
