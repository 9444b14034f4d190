package org.clipfile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.clipfile.ui.common.Dialogs.ConflictChoice;
import org.clipfile.ui.common.EditConflict;
import org.clipfile.ui.common.FxDialogs;
import org.clipfile.ui.common.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The real team-archive dialogs: the address with its recent ones, the hidden password, the two versions of an edit. */
@ExtendWith(ApplicationExtension.class)
class TeamDialogsTest {
    private Stage stage;
    private FxDialogs dialogs;

    @Start
    void start(Stage primary) {
        stage = new Stage();
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
        dialogs = new FxDialogs(() -> stage, Messages.english());
    }

    @AfterEach
    void closeOwner() {
        org.testfx.util.WaitForAsyncUtils.asyncFx(stage::close);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    static <T> CompletableFuture<T> ask(Supplier<T> question) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(question.get()));
        return answer;
    }

    @Test
    void theAddressDialogOffersTheRecentArchives(FxRobot robot) throws Exception {
        List<String> recent = List.of("postgresql://anna@db:5432/clippings", "postgresql://anna@db:5432/archive2");
        CompletableFuture<Optional<String>> answer = ask(() -> dialogs.askTeamArchive("Open", "Where?", recent));
        WindowTestSupport.waitUntil(() -> robot.lookup("#team-address").tryQuery().isPresent(), "the dialog is shown");
        TextField address = robot.lookup("#team-address").queryAs(TextField.class);
        assertThat(address.getPromptText()).isEqualTo("postgresql://user@host:5432/database");
        assertThat(address.getText()).as("the most recent one, ready to open").isEqualTo(recent.get(0));
        @SuppressWarnings("unchecked")
        ListView<String> list = robot.lookup("#team-recent").queryAs(ListView.class);
        assertThat(list.getItems()).containsExactlyElementsOf(recent);
        Platform.runLater(() -> list.getSelectionModel().select(1));
        WindowTestSupport.waitUntil(() -> address.getText().equals(recent.get(1)), "picking a recent one fills the address");
        robot.clickOn("Open");
        assertThat(answer.get(10, TimeUnit.SECONDS)).contains(recent.get(1));
    }

    @Test
    void thePasswordIsHiddenAndEscapeCancels(FxRobot robot) throws Exception {
        CompletableFuture<Optional<String>> first = ask(() -> dialogs.askPassword("Password", "The server refused the login"));
        WindowTestSupport.waitUntil(() -> robot.lookup("#team-password").tryQuery().isPresent(), "the prompt is shown");
        assertThat((Object) robot.lookup("#team-password").query()).isInstanceOf(PasswordField.class);
        robot.clickOn("#team-password").write("abc");
        robot.type(KeyCode.ESCAPE);
        assertThat(first.get(10, TimeUnit.SECONDS)).isEmpty();

        CompletableFuture<Optional<String>> second = ask(() -> dialogs.askPassword("Password", "The server refused the login"));
        WindowTestSupport.waitUntil(() -> robot.lookup("#team-password").tryQuery().isPresent(), "the prompt is shown again");
        robot.clickOn("#team-password").write("s3cret");
        robot.clickOn("Sign in");
        assertThat(second.get(10, TimeUnit.SECONDS)).contains("s3cret");
    }

    @Test
    void theConflictShowsBothVersionsAndItsButtonsSayWhatTheyDo(FxRobot robot) throws Exception {
        EditConflict conflict = new EditConflict("ben saved this clipping at 2026-12-07 14:02", "Theirs (ben, 2026-12-07 14:02)",
                "Their title", "Their text", "My title", "My text");
        CompletableFuture<ConflictChoice> merge = ask(() -> dialogs.resolveConflict(conflict));
        WindowTestSupport.waitUntil(() -> robot.lookup("#conflict-theirs").tryQuery().isPresent(), "both versions are shown");
        assertThat(robot.lookup("#conflict-theirs").queryAs(TextArea.class).getText()).isEqualTo("Their text");
        assertThat(robot.lookup("#conflict-mine").queryAs(TextArea.class).getText()).isEqualTo("My text");
        assertThat(robot.lookup("Their title").tryQuery()).isPresent();
        assertThat(robot.lookup("My title").tryQuery()).isPresent();
        robot.clickOn("Merge… (both in the editor)");
        assertThat(merge.get(10, TimeUnit.SECONDS)).isEqualTo(ConflictChoice.MERGE);

        for (var button : List.of("Keep mine (save over theirs)", "Keep theirs (drop my edits)")) {
            CompletableFuture<ConflictChoice> choice = ask(() -> dialogs.resolveConflict(conflict));
            WindowTestSupport.waitUntil(() -> robot.lookup("#conflict-mine").tryQuery().isPresent(), "the question is shown");
            robot.clickOn(button);
            assertThat(choice.get(10, TimeUnit.SECONDS)).isEqualTo(button.startsWith("Keep mine") ? ConflictChoice.KEEP_MINE
                    : ConflictChoice.KEEP_THEIRS);
        }

        CompletableFuture<ConflictChoice> escape = ask(() -> dialogs.resolveConflict(conflict));
        WindowTestSupport.waitUntil(() -> robot.lookup("#conflict-mine").tryQuery().isPresent(), "the question is shown");
        robot.type(KeyCode.ESCAPE);
        assertThat(escape.get(10, TimeUnit.SECONDS)).isEqualTo(ConflictChoice.KEEP_EDITING);
    }
}
