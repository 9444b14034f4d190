package org.clipfile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.clipfile.bench.SampleArchive;
import org.clipfile.work.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The caption over the timeline (how many dated clippings, the span, the bars' size) is read
 * whole at the narrow size, 1024x700, also with the breadcrumbs of a zoom beside it.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineCaptionWindowTest extends WindowTestSupport {
    private static Path sample;

    @BeforeAll
    static void buildSample() throws Exception {
        Path folder = Files.createTempDirectory("clipfile-caption-test");
        sample = folder.resolve("sample.db");
        SampleArchive.build(sample, 4_000, 1987, 0.05, Progress.NONE);
        folder.toFile().deleteOnExit();
        sample.toFile().deleteOnExit();
    }

    @Start
    void start(Stage stage) throws Exception {
        Files.copy(sample, archiveFile());
        startWindow(stage);
    }

    /** The stage outlives the test class: give the next tests the size they expect. */
    @AfterEach
    void restoreSize() {
        fx(() -> {
            stage.setWidth(1180);
            stage.setHeight(760);
        });
    }

    private void resize(int width, int height) {
        fx(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        settle();
    }

    private Label caption(FxRobot robot) {
        return node(robot, "#timeline-caption", Label.class);
    }

    /** What the label really draws: its skin's text, which JavaFX cuts with an ellipsis when it does not fit. */
    private String drawn(FxRobot robot) {
        return ((Text) caption(robot).lookup(".text")).getText();
    }

    @Test
    void theCaptionIsWholeAt1024(FxRobot robot) {
        resize(1024, 700);
        assertThat(drawn(robot)).as("the whole archive").isEqualTo(caption(robot).getText())
                .doesNotContain("…").contains("1987–2023").contains("by year");

        fx(() -> window.get().workspace().browsing().setDates(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)));
        settle();
        assertThat(drawn(robot)).as("a year, with its breadcrumb").isEqualTo(caption(robot).getText())
                .doesNotContain("…").contains("2020").contains("by ");

        fx(() -> window.get().workspace().browsing().setDates(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 3, 31)));
        settle();
        assertThat(drawn(robot)).as("a month, with two breadcrumbs").isEqualTo(caption(robot).getText())
                .doesNotContain("…").contains("by ");

        // Back out: the breadcrumbs are rebuilt as wide as before, and the caption fits again.
        fx(() -> window.get().workspace().browsing().clearFilters());
        settle();
        assertThat(drawn(robot)).as("back to the whole archive").isEqualTo(caption(robot).getText())
                .doesNotContain("…").contains("1987–2023").contains("by year");
    }

    @Test
    void aWideWindowGetsTheLongWordingAndANarrowOneKeepsItInTheTooltip(FxRobot robot) {
        resize(1400, 900);
        assertThat(drawn(robot)).isEqualTo(caption(robot).getText()).contains(" dated · 1987–2023 · by year");

        resize(1024, 700);
        assertThat(caption(robot).getTooltip().getText()).contains(" dated · 1987–2023 · by year");
    }
}
