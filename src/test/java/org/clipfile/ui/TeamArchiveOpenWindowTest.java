package org.clipfile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.clipfile.archive.Archive;
import org.clipfile.archive.ArchiveAddress;
import org.clipfile.archive.ClippingStore;
import org.clipfile.testing.PostgresExtension;
import org.clipfile.testing.PostgresServer;
import org.clipfile.testing.TestArchives;
import org.clipfile.ui.workspace.ArchiveServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * File › Open team archive…, from a window on a file archive: a bad address and an unreachable
 * server are said in a sentence while the file stays open; a login the server checks with a
 * password asks for it (the test server refuses such a login without the right password, as a
 * desk's server would; the opener only records the passwords tried).
 */
@ExtendWith({PostgresExtension.class, ApplicationExtension.class})
class TeamArchiveOpenWindowTest extends WindowTestSupport {
    static final String RIGHT = "the-right-one";
    final PostgresServer server;
    final ArchiveAddress.Server team;
    final List<String> passwordsTried = new CopyOnWriteArrayList<>();

    TeamArchiveOpenWindowTest(PostgresServer server) {
        this.server = server;
        this.team = server.newDatabase();
        server.loginWithPassword("anna", RIGHT);
        try (Archive a = Archive.open(team, Archive.Options.NO_DAILY_BACKUP)) {
            new ClippingStore(a).add(TestArchives.clipping("On the server", "A clipping of the team.", "2023-03-03"));
        }
    }

    @Override
    void seed(ClippingStore store) {
        store.add(TestArchives.clipping("In my file", "A clipping of my own.", "2023-01-05"));
    }

    @Override
    void configure(WindowShell shell) {
        shell.setOpener((address, checkFirst) -> {
            if (address instanceof ArchiveAddress.Server s && s.database().equals(team.database())) {
                passwordsTried.add(String.valueOf(s.password()));
            }
            return ArchiveServices.open(address, checkFirst);
        });
    }

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    void openTeamArchive(FxRobot robot, String typed) {
        fakes.teamArchiveAnswers.add(typed);
        fx(TeamArchiveWindowTest.menuItem(robot, "menu-openTeamArchive")::fire);
    }

    /** Waits until background work is done, without the check that no error was shown. */
    void quiet() {
        waitUntil(() -> runner.activeCount() == 0, "background work ends");
        fx(() -> { });
    }

    @Test
    void aBadAddressOrAnUnreachableServerIsSaidAndTheFileStaysOpen(FxRobot robot) {
        settle();
        MainWindow before = window.get();
        openTeamArchive(robot, "postgresql://db.example.org");
        quiet();
        assertThat(fakes.errors).singleElement().asString().contains("'postgresql://db.example.org' names no database");

        openTeamArchive(robot, "postgresql://anna@127.0.0.1:1/clippings");
        waitUntil(() -> fakes.errors.size() == 2, "the failure is said");
        assertThat(fakes.errors.get(1)).startsWith("Cannot open the archive: Could not open postgresql://anna@127.0.0.1:1/clippings")
                .contains("cannot be reached");
        assertThat(window.get()).as("the file archive stays open").isSameAs(before);
        assertThat(titles(robot)).containsExactly("In my file");
        assertThat(stage.getTitle()).contains("archive.db");
    }

    @Test
    void aRefusedLoginAsksForThePasswordOnceAndNeverStoresIt(FxRobot robot) throws Exception {
        settle();
        ArchiveAddress.Server anna = team.withLogin("anna", null);
        fakes.passwordAnswers.add("wrong");
        fakes.passwordAnswers.add(RIGHT);
        openTeamArchive(robot, anna.toString());
        waitUntil(() -> titles(robot).equals(List.of("On the server")), "the team archive opens");
        settle();
        assertThat(passwordsTried).containsExactly("null", "wrong", RIGHT);
        assertThat(fakes.passwordPrompts).hasSize(2).allMatch(p -> p.contains("refused the login") && p.contains(anna.toString()));
        assertThat(stage.getTitle()).contains(anna.toString()).doesNotContain(RIGHT);
        assertThat(fakes.recentOffered).singleElement().asList().isEmpty();

        // Back to the file, then to the team archive from the recent list: the password is remembered for this window.
        MainWindow onServer = window.get();
        fakes.archiveToOpen = archiveFile();
        fx(TeamArchiveWindowTest.menuItem(robot, "menu-openArchive")::fire);
        waitUntil(() -> window.get() != onServer && titles(robot).equals(List.of("In my file")), "the file opens again");
        openTeamArchive(robot, anna.toString());
        waitUntil(() -> titles(robot).equals(List.of("On the server")), "the team archive opens again");
        settle();
        assertThat(fakes.passwordPrompts).as("not asked again").hasSize(2);
        assertThat(fakes.recentOffered.get(1)).containsExactly(anna.toString());

        fx(() -> shell.close());
        String settings = Files.readString(dir.resolve("settings.json"));
        assertThat(settings).contains(anna.toString()).doesNotContain(RIGHT).doesNotContain("wrong");
    }

    @Test
    void escapeAtThePasswordKeepsTheCurrentArchive(FxRobot robot) {
        settle();
        MainWindow before = window.get();
        openTeamArchive(robot, team.withLogin("anna", null).toString());
        quiet();
        assertThat(fakes.passwordPrompts).hasSize(1);
        assertThat(window.get()).isSameAs(before);
        assertThat(node(robot, "#status-message", Label.class).getText()).startsWith("Not signed in to postgresql://");
        assertThat(fakes.errors).isEmpty();
    }
}
