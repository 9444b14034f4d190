package org.clipfile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.EnumMap;
import java.util.concurrent.CountDownLatch;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.clipfile.archive.ClippingStore;
import org.clipfile.testing.TestArchives;
import org.clipfile.ui.common.FxTaskRunner;
import org.clipfile.ui.common.Job;
import org.clipfile.ui.common.TaskHandle;
import org.clipfile.ui.common.TaskListener;
import org.clipfile.ui.common.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Opening an archive: the list's first page comes first and never waits for the other panes, which
 * say they are counting until their data arrives. The slow work of a large archive (the topics'
 * and the timeline's counts, the in-memory facets, the day's backup) is stood in for by lanes of the
 * runner held back until the test lets them go.
 */
@ExtendWith(ApplicationExtension.class)
class WindowOpeningTest extends WindowTestSupport {
    /** Every lane but LONG (which opens the archive) waits at its gate until the test opens it. */
    private final Map<TaskRunner.Lane, CountDownLatch> gates = new EnumMap<>(TaskRunner.Lane.class);
    /** Every job asked of the runner, as "LANE name", in order. */
    private final List<String> asked = java.util.Collections.synchronizedList(new ArrayList<>());

    @Override
    void seed(ClippingStore store) {
        store.add(TestArchives.clipping("Yellen ends Beijing visit", "Trade ties are too big to break.", "2023-07-09", "China-US/Trade"));
        store.add(TestArchives.clipping("Japan restarts reactors", "Utilities restart reactors.", "2023-08-02", "Japan", "Energy"));
        store.add(TestArchives.clipping("Qin calls Blinken", "A phone call before the visit.", "2023-06-14", "China-US"));
    }

    @Override
    TaskRunner makeRunner() {
        return new Gated(new FxTaskRunner("test-worker", 2));
    }

    @Start
    void start(Stage stage) {
        for (TaskRunner.Lane lane : EnumSet.of(TaskRunner.Lane.INTERACTIVE, TaskRunner.Lane.SUMMARY, TaskRunner.Lane.HOUSEKEEPING)) {
            gates.put(lane, new CountDownLatch(1));
        }
        startWindow(stage);
    }

    private void release(TaskRunner.Lane... lanes) {
        for (TaskRunner.Lane lane : lanes) {
            gates.get(lane).countDown();
        }
    }

    @AfterEach
    void letGo() {
        gates.values().forEach(CountDownLatch::countDown); // a failed test must not leave jobs waiting
    }

    /** Holds each job until its lane's gate opens; records every job asked. */
    private final class Gated implements TaskRunner {
        private final TaskRunner real;

        Gated(TaskRunner real) {
            this.real = real;
        }

        @Override
        public <T> TaskHandle run(Lane lane, String name, Job<T> job, TaskListener<T> listener) {
            asked.add(lane + " " + name);
            CountDownLatch gate = gates.get(lane);
            return real.run(lane, name, p -> {
                if (gate != null) {
                    gate.await();
                }
                return job.run(p);
            }, listener);
        }

        @Override
        public int activeCount() {
            return real.activeCount();
        }

        @Override
        public void close() {
            letGo();
            real.close();
        }
    }

    @Test
    void theListShowsItsFirstPageWhileTheOtherPanesSayTheyAreCounting(FxRobot robot) {
        release(TaskRunner.Lane.INTERACTIVE);
        waitUntil(() -> window.get() != null && titles(robot).contains("Japan restarts reactors"), "the list's first page");
        assertThat(titles(robot)).containsExactly("Japan restarts reactors", "Yellen ends Beijing visit", "Qin calls Blinken");
        assertThat(asked).as("the facets are being built, held back").contains("HOUSEKEEPING Preparing counts");

        Label topics = node(robot, "#tag-tree-loading", Label.class);
        Label dates = node(robot, "#date-tree-loading", Label.class);
        assertThat(topics.isVisible()).isTrue();
        assertThat(topics.getText()).isEqualTo("Counting topics…");
        assertThat(dates.isVisible()).isTrue();
        assertThat(dates.getText()).isEqualTo("Counting dates…");
        assertThat(node(robot, "#timeline-caption", Label.class).getText()).isEqualTo("Counting dates…");
        assertThat(robot.lookup("#tag-tree .tree-cell").queryAllAs(javafx.scene.control.TreeCell.class))
                .allSatisfy(c -> assertThat(c.getText()).isNull());

        release(TaskRunner.Lane.SUMMARY, TaskRunner.Lane.HOUSEKEEPING);
        settle();
        assertThat(node(robot, "#tag-tree-loading", Label.class).isVisible()).isFalse();
        assertThat(node(robot, "#date-tree-loading", Label.class).isVisible()).isFalse();
        assertThat(treeCell(robot, "#tag-tree", "China-US").getText()).isEqualTo("China-US  (2)");
        assertThat(treeCell(robot, "#date-tree", "2023").getText()).contains("(3)");
        assertThat(node(robot, "#timeline-caption", Label.class).getText()).doesNotContain("Counting");
    }

    @Test
    void theOtherPanesAskOnlyOnceTheListHasItsFirstPage(FxRobot robot) {
        waitUntil(() -> window.get() != null, "the window opens");
        waitUntil(() -> asked.contains("INTERACTIVE Counting clippings"), "the list asks for its first page");
        assertThat(asked).as("nothing but the list's count before its first page")
                .noneMatch(a -> a.endsWith("Loading topics") || a.endsWith("Loading the timeline") || a.startsWith("HOUSEKEEPING"));
        assertThat(node(robot, "#tag-tree-loading", Label.class).isVisible()).isTrue();

        release(TaskRunner.Lane.INTERACTIVE, TaskRunner.Lane.SUMMARY, TaskRunner.Lane.HOUSEKEEPING);
        settle();
        List<String> order = List.copyOf(asked);
        assertThat(order).contains("SUMMARY Loading topics", "SUMMARY Loading the timeline");
        assertThat(order.indexOf("INTERACTIVE Counting clippings")).isLessThan(order.indexOf("SUMMARY Loading topics"));
        assertThat(titles(robot)).hasSize(3);
        assertThat(node(robot, "#tag-tree-loading", Label.class).isVisible()).isFalse();
    }
}
