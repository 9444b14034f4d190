package org.clipfile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.RadioButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.clipfile.ui.common.EncodingChoice;
import org.clipfile.ui.common.FxDialogs;
import org.clipfile.ui.common.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The real encoding question: one choice per reading with its preview; the chosen one is the answer. */
@ExtendWith(ApplicationExtension.class)
class EncodingDialogTest {
    private Stage stage;

    /** An owner of its own: the primary stage keeps the size the window walkthroughs expect. */
    @Start
    void start(Stage primary) {
        stage = new Stage();
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void closeOwner() {
        org.testfx.util.WaitForAsyncUtils.asyncFx(stage::close);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theSelectedReadingIsTheAnswer(FxRobot robot) throws Exception {
        FxDialogs dialogs = new FxDialogs(() -> stage, Messages.english());
        List<EncodingChoice> choices = List.of(
                new EncodingChoice("GB18030", Charset.forName("GB18030"), "价格 2023", "价格 2023", 0.9),
                new EncodingChoice("Big5", Charset.forName("Big5"), "歎跡 2023", "歎跡 2023", 0.4));
        CompletableFuture<Optional<Charset>> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(dialogs.chooseEncoding("Which encoding?", "Pick one", choices)));
        WindowTestSupport.waitUntil(() -> robot.lookup(".radio-button").tryQuery().isPresent(), "the question is shown");
        List<RadioButton> buttons = List.copyOf(robot.lookup(".radio-button").queryAllAs(RadioButton.class));
        assertThat(buttons).extracting(RadioButton::getText).containsExactly("GB18030: 价格 2023", "Big5: 歎跡 2023");
        assertThat(buttons.get(0).isSelected()).as("the most plausible reading is preselected").isTrue();
        robot.clickOn(buttons.get(1));
        robot.clickOn("Import this reading");
        assertThat(answer.get(10, TimeUnit.SECONDS)).contains(Charset.forName("Big5"));
    }
}
