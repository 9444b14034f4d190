package org.clipfile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.clipfile.archive.Clipping;
import org.clipfile.ingest.EncodingDetector;
import org.clipfile.ui.common.EncodingChoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A file whose encoding the detector cannot be sure of: the window asks, shows each reading, imports the chosen one. */
@ExtendWith(ApplicationExtension.class)
class UnsureEncodingWindowTest extends WindowTestSupport {

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    @Test
    void theAnalystPicksTheReadingAndTheChineseTextIsStored(FxRobot robot) throws Exception {
        settle();
        Path folder = Files.createDirectories(dir.resolve("incoming"));
        Path unsure = folder.resolve("ambiguous-short.txt");
        try (var in = getClass().getResourceAsStream("/ingest/encodings/ambiguous-short.txt")) {
            Files.copy(in, unsure);
        }
        Files.writeString(folder.resolve("plain-2023-06-14.txt"), "An ordinary clipping in UTF-8.\n\nIt needs no question.");
        // The premise: the detector is not sure about this file (else there would be nothing to ask).
        assertThat(EncodingDetector.guess(Files.readAllBytes(unsure)).sure()).isFalse();

        fakes.encodingAnswer = "GB18030";
        fakes.filesToImport = List.of(folder);
        fx(() -> table(robot).requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        waitUntil(() -> !fakes.reports.isEmpty(), "the import report");
        settle();

        assertThat(fakes.encodingQuestions).singleElement().satisfies(choices -> {
            assertThat(choices).extracting(c -> c.charset().name()).contains("GB18030", "Big5");
            EncodingChoice gb = choices.stream().filter(c -> c.charset().name().equals("GB18030")).findFirst().orElseThrow();
            assertThat(gb.preview()).contains("价格");
        });
        FakeSeams.Report report = fakes.reports.get(0);
        assertThat(report.summary()).startsWith("2 clippings added").contains("0 rejected");
        assertThat(String.join("\n", report.details())).contains("ambiguous-short.txt").contains("GB18030");
        assertThat(table(robot).getItems()).hasSize(2);
        List<Clipping> stored = List.of(window.get().workspace().services().store().get(1).orElseThrow(),
                window.get().workspace().services().store().get(2).orElseThrow());
        assertThat(stored).anySatisfy(c -> assertThat(c.text()).isEqualTo("价格 2023"));
    }

    @Test
    void skippingTheQuestionStoresNothingOfThatFile(FxRobot robot) throws Exception {
        settle();
        Path unsure = dir.resolve("ambiguous-short.txt");
        try (var in = getClass().getResourceAsStream("/ingest/encodings/ambiguous-short.txt")) {
            Files.copy(in, unsure);
        }
        fakes.encodingAnswer = null;
        fakes.filesToImport = List.of(unsure);
        fx(() -> table(robot).requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        waitUntil(() -> !fakes.reports.isEmpty(), "the import report");
        settle();
        assertThat(fakes.encodingQuestions).hasSize(1);
        assertThat(fakes.reports.get(0).summary()).startsWith("0 clippings added");
        assertThat(String.join("\n", fakes.reports.get(0).details())).contains("Skipped").contains("ambiguous-short.txt");
        assertThat(String.join("\n", fakes.reports.get(0).details())).as("window words, no command-line flags").doesNotContain("--");
        assertThat(table(robot).getItems()).isEmpty();
    }
}
