package org.clipfile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.clipfile.archive.Archive;
import org.clipfile.archive.ArchiveAddress;
import org.clipfile.archive.ClippingStore;
import org.clipfile.archive.TagStore;
import org.clipfile.testing.PostgresExtension;
import org.clipfile.testing.PostgresServer;
import org.clipfile.testing.TestArchives;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The server drops the window's sessions (as a restart or a network cut would): what is on screen
 * stays, the status line says the server cannot be reached (no dialog per pane), nothing is
 * reported as saved that was not, and a later action works again without reopening anything.
 */
@ExtendWith({PostgresExtension.class, ApplicationExtension.class})
class TeamServerAwayWindowTest extends WindowTestSupport {
    final PostgresServer server;
    final ArchiveAddress.Server team;

    TeamServerAwayWindowTest(PostgresServer server) {
        this.server = server;
        this.team = server.newDatabase();
    }

    @Override
    ArchiveAddress archiveAddress() {
        return team;
    }

    @Override
    void seed(ClippingStore store) {
        store.add(TestArchives.clipping("Talks resume", "The delegations met again.", "2023-01-05", "Diplomacy"));
        store.add(TestArchives.clipping("Markets calm", "Shares rose a little.", "2023-01-06"));
    }

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    void cutTheSessions() {
        server.admin("postgres", "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + team.database()
                + "' AND pid <> pg_backend_pid()");
    }

    List<String> storedTags(long id) {
        try (Archive a = Archive.open(team, Archive.Options.NO_DAILY_BACKUP)) {
            return new TagStore(a).tagsOf(id);
        }
    }

    @Test
    void theWindowKeepsItsContentSaysWhyAndWorksAgainLater(FxRobot robot) {
        settle();
        List<String> shown = titles(robot);
        assertThat(shown).hasSize(2);
        fx(() -> table(robot).getSelectionModel().select(0));
        settle();
        long id = window.get().workspace().browsing().selectedIds().get(0);

        cutTheSessions();
        onWindow(w -> w.workspace().edits().tag(List.of(id), "Briefing"));
        waitUntil(() -> node(robot, "#status-message", Label.class).getText().contains("cannot be reached"), "the status line says why");
        String status = node(robot, "#status-message", Label.class).getText();
        assertThat(status).startsWith("Tagging: ").contains("The server of the team archive " + team)
                .contains("nothing was changed").doesNotContain("Tagged");
        assertThat(fakes.errors).as("no dialog for a server that is away").isEmpty();
        assertThat(titles(robot)).as("what was on screen stays").isEqualTo(shown);
        assertThat(storedTags(id)).doesNotContain("Briefing");

        // The server is there again (it never left; only the sessions were cut): the next tries reconnect by themselves.
        for (int attempt = 0; attempt < 3 && !storedTags(id).contains("Briefing"); attempt++) {
            onWindow(w -> w.workspace().edits().tag(List.of(id), "Briefing"));
            waitUntil(() -> runner.activeCount() == 0, "the tagging ends");
        }
        assertThat(storedTags(id)).contains("Briefing");
        settle();
        waitUntil(() -> node(robot, "#status-message", Label.class).getText().startsWith("Tagged"), "the status says it is done");
        waitUntil(() -> robot.lookup("#tag-tree .tree-cell").queryAllAs(javafx.scene.control.TreeCell.class).stream()
                .anyMatch(c -> "Briefing  (1)".equals(c.getText())), "the new tag is counted");

        // Reads reconnect too: after another cut, a search answers again (at the latest on a later try).
        cutTheSessions();
        for (String query : List.of("shares", "rose", "markets")) {
            onWindow(w -> w.workspace().browsing().setQuery(query));
            waitUntil(() -> runner.activeCount() == 0, "the search ends");
            if (titles(robot).equals(List.of("Markets calm"))) {
                break;
            }
        }
        assertThat(fakes.errors).isEmpty();
        waitUntil(() -> titles(robot).equals(List.of("Markets calm")), "the search answers after the reconnect");
    }
}
