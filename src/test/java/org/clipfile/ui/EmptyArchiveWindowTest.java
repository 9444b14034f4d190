package org.clipfile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Workflows that start on an empty archive: the welcome, paste, import. */
@ExtendWith(ApplicationExtension.class)
class EmptyArchiveWindowTest extends WindowTestSupport {
    static final String PASTED = """
            date 2023-06-14 China's Foreign Minister Qin Gang held a phone call with US Secretary of State Antony Blinken.

            Qin said relations faced new difficulties and challenges, and that the US should stop interfering.
            """;

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    @Test
    void pasteOpensAPrefilledEditorAndADuplicateIsShownNotStored(FxRobot robot) {
        settle();
        assertThat(robot.lookup("#welcome").tryQuery()).isPresent();
        waitUntil(() -> robot.lookup("#timeline-caption").queryAs(Label.class).getText().equals("No dated clippings"),
                "once counted, an empty archive's timeline says so (not 'loading' for ever)");
        fakes.clipboard = PASTED;
        fx(() -> table(robot).requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#capture-editor").tryQuery().isPresent(), "the editor opens");
        assertThat(robot.lookup("#capture-date").queryAs(TextField.class).getText()).isEqualTo("2023-06-14");
        assertThat(robot.lookup("#capture-title").queryAs(TextField.class).getText()).startsWith("China's Foreign Minister Qin Gang");
        robot.clickOn("#capture-tags").write("Diplomacy, China-US/Taiwan");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        settle();
        waitUntil(() -> robot.lookup("#capture-editor").tryQuery().isEmpty(), "the editor closes after saving");
        settle();
        assertThat(titles(robot)).hasSize(1);
        assertThat(titles(robot).get(0)).startsWith("China's Foreign Minister");
        assertThat(treeCell(robot, "#tag-tree", "Diplomacy").getText()).isEqualTo("Diplomacy  (1)");

        // The same text again: the editor says where it already is, and nothing new is stored.
        fx(() -> table(robot).requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#capture-editor").tryQuery().isPresent(), "the editor opens again");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        settle();
        assertThat(robot.lookup("#capture-message").queryAs(Label.class).getText()).contains("Already in the archive as #1");
        assertThat(robot.lookup("#capture-editor").tryQuery()).isPresent();
        robot.clickOn("#capture-show-duplicate");
        settle();
        assertThat(table(robot).getItems()).hasSize(1);
        assertThat(window.get().workspace().browsing().filter().ids()).containsExactly(1L);
    }

    @Test
    void typingAndScrollingInTheWindowCountAsActivityForBackgroundWork(FxRobot robot) {
        settle();
        var activity = shell.activity();
        waitUntil(() -> !activity.busy(), "a quiet window after opening");
        robot.clickOn("#search-field").write("taiwan");
        assertThat(activity.busy()).as("typing").isTrue();
        waitUntil(() -> !activity.busy(), "quiet again after a pause");
        robot.moveTo("#search-field").moveBy(0, 200);
        assertThat(activity.busy()).as("a plain mouse move is not work").isFalse();
        robot.scroll(2, javafx.geometry.VerticalDirection.DOWN);
        assertThat(activity.busy()).as("scrolling").isTrue();

        // Typing a clipping in the capture editor, a window of its own, counts too.
        fakes.clipboard = PASTED;
        fx(() -> table(robot).requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#capture-editor").tryQuery().isPresent(), "the editor opens");
        waitUntil(() -> !activity.busy(), "quiet with the editor open");
        robot.clickOn("#capture-tags").write("Diplomacy");
        assertThat(activity.busy()).as("typing in the capture editor").isTrue();
    }

    @Test
    void importReportsAddedAndRejectedFiles(FxRobot robot) throws Exception {
        settle();
        Path folder = Files.createDirectories(dir.resolve("incoming"));
        Files.writeString(folder.resolve("good-2023-06-14.txt"), PASTED);
        Files.write(folder.resolve("binary.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7, 8, 0});
        Files.write(folder.resolve("empty.txt"), new byte[0]);
        fakes.filesToImport = List.of(folder);
        fx(() -> table(robot).requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        waitUntil(() -> !fakes.reports.isEmpty(), "the import report");
        settle();
        FakeSeams.Report report = fakes.reports.get(0);
        assertThat(report.summary()).startsWith("1 clipping added").contains("2 rejected");
        assertThat(String.join("\n", report.details())).contains("binary.txt").contains("empty.txt");
        assertThat(table(robot).getItems()).hasSize(1);
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText()).startsWith("1 clipping added");
    }

    @Test
    void aLongImportShowsProgressAndCanBeCancelled(FxRobot robot) throws Exception {
        settle();
        Path folder = Files.createDirectories(dir.resolve("many"));
        for (int i = 0; i < 1200; i++) {
            Files.writeString(folder.resolve("clip-" + i + ".txt"), "Clipping number " + i + " about trade talks.\n\nBody " + i + ".");
        }
        fakes.filesToImport = List.of(folder);
        // Another writer (as the command line could be) holds the archive, so the import waits at its
        // first batch and the Cancel below cannot come too late, however fast the machine.
        java.util.concurrent.CountDownLatch holding = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Thread otherWriter = new Thread(() -> {
            try (org.clipfile.archive.Archive other = org.clipfile.archive.Archive.open(archiveFile())) {
                other.write(c -> {
                    holding.countDown();
                    try {
                        release.await(20, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return null;
                });
            }
        });
        otherWriter.start();
        holding.await();
        fx(() -> table(robot).requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.I).release(KeyCode.I, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#operation-cancel").tryQuery().map(n -> n.getParent().isVisible()).orElse(false),
                "the progress bar and Cancel appear");
        waitUntil(() -> robot.lookup("#operation-detail").queryAs(Label.class).getText().contains("/ "), "the count shows");
        robot.clickOn("#operation-cancel");
        release.countDown();
        otherWriter.join();
        waitUntil(() -> !fakes.reports.isEmpty(), "the import report");
        settle();
        FakeSeams.Report report = fakes.reports.get(0);
        assertThat(report.title()).isEqualTo("Import cancelled");
        assertThat(report.summary()).contains("cancelled");
        assertThat(table(robot).getItems().size()).isLessThan(1200);
        assertThat(robot.lookup("#operation-cancel").query().getParent().isVisible()).isFalse();
    }

    @Test
    void welcomeImportsTheSampleClippings(FxRobot robot) {
        settle();
        robot.clickOn("#welcome-import-samples");
        waitUntil(() -> !fakes.reports.isEmpty(), "the sample import report");
        settle();
        assertThat(table(robot).getItems()).hasSize(7);
        assertThat(robot.lookup("#welcome").tryQuery()).isEmpty();
    }
}
