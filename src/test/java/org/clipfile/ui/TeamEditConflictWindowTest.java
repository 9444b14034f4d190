package org.clipfile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.clipfile.archive.Archive;
import org.clipfile.archive.ArchiveAddress;
import org.clipfile.archive.Clipping;
import org.clipfile.archive.ClippingEdit;
import org.clipfile.archive.ClippingStore;
import org.clipfile.testing.PostgresExtension;
import org.clipfile.testing.PostgresServer;
import org.clipfile.testing.TestArchives;
import org.clipfile.ui.common.Dialogs.ConflictChoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Two analysts, one clipping, on a real team archive: ben (a second {@link Archive} on the same
 * database) saves while the window's reader holds unsaved edits; the window's save shows both
 * versions, and each answer does what its button says.
 */
@ExtendWith({PostgresExtension.class, ApplicationExtension.class})
class TeamEditConflictWindowTest extends WindowTestSupport {
    static final String THEIR_TITLE = "Talks resume in Geneva";
    static final String THEIR_TEXT = "Ben's version: the delegations met for six hours.";
    static final String MY_TITLE = "Talks resume, briefly";
    static final String MY_TEXT = "Anna's version: the meeting ended early.";
    final PostgresServer server;
    final ArchiveAddress.Server team;
    long id;

    TeamEditConflictWindowTest(PostgresServer server) {
        this.server = server;
        this.team = server.newDatabase();
        server.admin("postgres", "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ben')"
                + " THEN CREATE ROLE ben LOGIN SUPERUSER; END IF; END $$");
    }

    @Override
    ArchiveAddress archiveAddress() {
        return team;
    }

    @Override
    void seed(ClippingStore store) {
        id = store.add(TestArchives.clipping("Talks resume", "The delegations met again.", "2023-01-05", "Diplomacy")).id();
    }

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    /** The window's reader holds unsaved edits of the clipping; then ben saves his version of it. */
    void editWhileBenSaves(FxRobot robot) {
        settle();
        fx(() -> table(robot).getSelectionModel().select(0));
        waitUntil(() -> "Talks resume".equals(area(robot, "#reader-title").getText()), "the reader shows the clipping");
        fx(() -> {
            area(robot, "#reader-title").setText(MY_TITLE);
            area(robot, "#reader-text-area").setText(MY_TEXT);
        });
        try (Archive ben = Archive.open(server.address(team.database(), "ben"), Archive.Options.NO_DAILY_BACKUP)) {
            ClippingStore store = new ClippingStore(ben);
            Clipping now = store.get(id).orElseThrow();
            store.update(id, new ClippingEdit(THEIR_TITLE, THEIR_TEXT, now.notes(), now.date(), now.source(), now.url(), now.author()));
        }
    }

    void save(FxRobot robot) {
        fx(() -> node(robot, "#reader-save", Button.class).fire());
        settle();
    }

    Clipping stored() {
        try (Archive a = Archive.open(team, Archive.Options.NO_DAILY_BACKUP)) {
            return new ClippingStore(a).get(id).orElseThrow();
        }
    }

    TextArea area(FxRobot robot, String query) {
        return node(robot, query, TextArea.class);
    }

    String readerMessage(FxRobot robot) {
        return node(robot, "#reader-message", Label.class).getText();
    }

    @Test
    void keepMineSavesOverTheirsAndUndoBringsTheirsBack(FxRobot robot) {
        editWhileBenSaves(robot);
        fakes.conflictAnswers.add(ConflictChoice.KEEP_MINE);
        save(robot);
        assertThat(fakes.conflicts).hasSize(1);
        var shown = fakes.conflicts.get(0);
        assertThat(shown.summary()).startsWith("ben saved this clipping at");
        assertThat(shown.theirsLabel()).contains("ben");
        assertThat(shown.theirsTitle()).isEqualTo(THEIR_TITLE);
        assertThat(shown.theirsText()).isEqualTo(THEIR_TEXT);
        assertThat(shown.mineTitle()).isEqualTo(MY_TITLE);
        assertThat(shown.mineText()).isEqualTo(MY_TEXT);
        assertThat(stored().text()).isEqualTo(MY_TEXT);
        assertThat(stored().title()).isEqualTo(MY_TITLE);
        assertThat(readerMessage(robot)).isEqualTo("Saved.");
        assertThat(node(robot, "#reader-who", Label.class).getText()).isEqualTo("Added by postgres · last changed by postgres");

        onWindow(w -> w.workspace().edits().undo());
        settle();
        assertThat(stored().text()).as("undo puts ben's version back").isEqualTo(THEIR_TEXT);
        waitUntil(() -> THEIR_TEXT.equals(area(robot, "#reader-text-area").getText()), "the reader shows the undone version");
    }

    @Test
    void keepTheirsDropsTheEditsAndShowsTheirs(FxRobot robot) {
        editWhileBenSaves(robot);
        fakes.conflictAnswers.add(ConflictChoice.KEEP_THEIRS);
        save(robot);
        assertThat(fakes.conflicts).hasSize(1);
        assertThat(stored().text()).isEqualTo(THEIR_TEXT);
        assertThat(area(robot, "#reader-text-area").getText()).isEqualTo(THEIR_TEXT);
        assertThat(area(robot, "#reader-title").getText()).isEqualTo(THEIR_TITLE);
        assertThat(node(robot, "#reader-save", Button.class).isDisabled()).as("nothing left unsaved").isTrue();
        assertThat(node(robot, "#reader-who", Label.class).getText()).isEqualTo("Added by postgres · last changed by ben");
        assertThat(readerMessage(robot)).contains("your edits were dropped");
    }

    @Test
    void mergePutsBothTextsInTheEditorToBeSaved(FxRobot robot) {
        editWhileBenSaves(robot);
        fakes.conflictAnswers.add(ConflictChoice.MERGE);
        save(robot);
        String merged = area(robot, "#reader-text-area").getText();
        assertThat(merged).startsWith(THEIR_TEXT).endsWith(MY_TEXT);
        String separator = merged.substring(THEIR_TEXT.length(), merged.length() - MY_TEXT.length()).strip();
        assertThat(separator).contains("above: the version ben saved at").contains("below: your edit");
        assertThat(area(robot, "#reader-title").getText()).as("both changed the title: the analyst's").isEqualTo(MY_TITLE);
        assertThat(stored().text()).as("nothing saved until the analyst saves").isEqualTo(THEIR_TEXT);
        assertThat(node(robot, "#reader-save", Button.class).isDisabled()).isFalse();

        fx(() -> area(robot, "#reader-text-area").setText(merged.replace(separator, "")));
        save(robot);
        assertThat(fakes.conflicts).as("the merge is based on ben's version: no second question").hasSize(1);
        assertThat(stored().text()).contains(THEIR_TEXT).contains(MY_TEXT).doesNotContain("above: the version");
        assertThat(readerMessage(robot)).isEqualTo("Saved.");
    }

    @Test
    void escapeKeepsEditingWithTheEditsUnsaved(FxRobot robot) {
        editWhileBenSaves(robot);
        save(robot); // no answer: the dialog was closed with Escape
        assertThat(fakes.conflicts).hasSize(1);
        assertThat(area(robot, "#reader-text-area").getText()).isEqualTo(MY_TEXT);
        assertThat(area(robot, "#reader-title").getText()).isEqualTo(MY_TITLE);
        assertThat(node(robot, "#reader-save", Button.class).isDisabled()).as("still unsaved").isFalse();
        assertThat(readerMessage(robot)).startsWith("Not saved: ben changed this clipping at");
        assertThat(stored().text()).isEqualTo(THEIR_TEXT);

        fakes.conflictAnswers.add(ConflictChoice.KEEP_MINE);
        save(robot);
        assertThat(fakes.conflicts).as("asked again: the edit is still based on the old version").hasSize(2);
        assertThat(stored().text()).isEqualTo(MY_TEXT);
    }
}
