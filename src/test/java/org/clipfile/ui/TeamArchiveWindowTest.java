package org.clipfile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
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
 * The window on a team archive (a real PostgreSQL server): it opens from an address whose password
 * it never shows or stores, skips the file-only work, shows who added and changed a clipping, and
 * shows a colleague's import and tagging by itself.
 */
@ExtendWith({PostgresExtension.class, ApplicationExtension.class})
class TeamArchiveWindowTest extends WindowTestSupport {
    static final String PASSWORD = "s3cret-never-shown";
    final PostgresServer server;
    final ArchiveAddress.Server team;

    TeamArchiveWindowTest(PostgresServer server) {
        this.server = server;
        // The test server trusts every local login, so any password is accepted: here it only has to stay hidden.
        this.team = server.newDatabase().withLogin(PostgresServer.SUPERUSER, PASSWORD);
    }

    @Override
    ArchiveAddress archiveAddress() {
        return team;
    }

    @Override
    boolean watchForChanges() {
        return true;
    }

    /** The real opener, keeping words found in 5 clippings, as the default keeps words found in 200,000. */
    @Override
    void configure(org.clipfile.ui.WindowShell shell) {
        shell.setOpener((address, checkFirst) -> org.clipfile.ui.workspace.ArchiveServices.open(address, checkFirst,
                org.clipfile.search.SearchTuning.DEFAULT.withFrequentWordMatches(5)));
    }

    @Override
    void seed(ClippingStore store) {
        store.add(TestArchives.clipping("Talks resume", "The delegations met again in Geneva.", "2023-01-05", "Diplomacy"));
    }

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    /** The menu bar's item with this id, in a submenu too. */
    static javafx.scene.control.MenuItem menuItem(FxRobot robot, String id) {
        return robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().stream()
                .flatMap(TeamArchiveWindowTest::itemsWithin).filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private static java.util.stream.Stream<javafx.scene.control.MenuItem> itemsWithin(javafx.scene.control.Menu menu) {
        return menu.getItems().stream().flatMap(i -> i instanceof javafx.scene.control.Menu sub
                ? java.util.stream.Stream.concat(java.util.stream.Stream.of(i), itemsWithin(sub)) : java.util.stream.Stream.of(i));
    }

    Archive colleague() {
        return Archive.open(team.withLogin(PostgresServer.SUPERUSER, null), Archive.Options.NO_DAILY_BACKUP);
    }

    @Test
    void opensTheTeamArchiveWithoutShowingOrStoringThePassword(FxRobot robot) throws Exception {
        settle();
        assertThat(titles(robot)).containsExactly("Talks resume");
        Archive archive = window.get().workspace().services().archive();
        assertThat(archive.isShared()).isTrue();
        assertThat(stage.getTitle()).contains(team.withLogin(PostgresServer.SUPERUSER, null).toString()).doesNotContain(PASSWORD);
        assertThat(fakes.errors).as("no daily backup of a file that is not there").isEmpty();

        // The reader names the login that added it; a file archive has none and shows nothing (SeededWindowTest).
        fx(() -> table(robot).getSelectionModel().select(0));
        waitUntil(() -> robot.lookup("#reader-who").queryAs(Label.class).isVisible(), "the reader says who added it");
        assertThat(robot.lookup("#reader-who").queryAs(Label.class).getText()).isEqualTo("Added by postgres");

        // Help › About names the team archive (and no backup folder), without the password.
        fx(menuItem(robot, "menu-about")::fire);
        assertThat(fakes.reports.get(fakes.reports.size() - 1).details())
                .anyMatch(l -> l.startsWith("Team archive: postgresql://")).noneMatch(l -> l.contains(PASSWORD) || l.startsWith("Backups"));

        // The recent team archives reach the settings, without the password.
        fx(() -> shell.close());
        String settings = Files.readString(dir.resolve("settings.json"));
        assertThat(settings).contains(team.withLogin(PostgresServer.SUPERUSER, null).toString()).doesNotContain(PASSWORD);
    }

    @Test
    void fileBackUpWritesTheTeamArchiveIntoAFileOfItsOwn(FxRobot robot) {
        settle();
        java.nio.file.Path copy = dir.resolve("desk-copy.db");
        fakes.backupTo = copy;
        fx(menuItem(robot, "menu-backup")::fire);
        waitUntil(() -> node(robot, "#status-message", Label.class).getText().startsWith("Backed up"), "the backup is reported");
        assertThat(node(robot, "#status-message", Label.class).getText())
                .isEqualTo("Backed up 1 clipping of the team archive to " + copy + "; File \u203a Open archive\u2026 opens it");
        try (Archive file = Archive.open(copy)) {
            assertThat(new ClippingStore(file).get(1).orElseThrow().title()).isEqualTo("Talks resume");
            assertThat(new org.clipfile.search.ClippingSearch(file).tagTree(org.clipfile.search.ClippingFilter.ALL))
                    .extracting(n -> n.tag().path()).containsExactly("Diplomacy");
        }
    }

    @Test
    void aFilesClippingsAreCopiedOntoTheServerAndTheStatisticsSayWhoKeepsItsBackups(FxRobot robot) {
        settle();
        java.nio.file.Path mine = dir.resolve("my-clippings.db");
        try (Archive file = Archive.open(mine)) {
            ClippingStore store = new ClippingStore(file);
            store.add(TestArchives.clipping("Talks resume", "The delegations met again in Geneva.", "2023-01-05", "Diplomacy"));
            store.add(TestArchives.clipping("Port strike", "Dockers walked out in Rotterdam.", "2023-04-11", "Trade/Ports"));
        }
        fakes.archiveToOpen = mine;
        fx(menuItem(robot, "menu-copy-fromFile")::fire);
        waitUntil(() -> node(robot, "#status-message", Label.class).getText().startsWith("Copied"), "the copy is reported");
        settle();
        assertThat(node(robot, "#status-message", Label.class).getText())
                .isEqualTo("Copied 2 clippings from " + mine.toAbsolutePath() + ": 1 added, 1 there already");
        waitUntil(() -> table(robot).getItems().size() == 2, "the copied clipping shows");
        try (Archive other = colleague()) {
            assertThat(new org.clipfile.search.ClippingSearch(other).count(org.clipfile.search.ClippingFilter.ALL.withTag("Trade/Ports")))
                    .as("on the server, with its topic").isEqualTo(1);
        }

        fx(menuItem(robot, "menu-stats")::fire);
        waitUntil(() -> !fakes.reports.isEmpty(), "the statistics");
        assertThat(fakes.reports.get(0).summary()).startsWith("2 clippings, published 2023-01-05 to 2023-04-11, in postgresql://")
                .doesNotContain(PASSWORD);
        assertThat(fakes.reports.get(0).details()).contains("Topics: 3")
                .anySatisfy(line -> assertThat(line).startsWith("Backups: the server's administrator keeps"));
        settle();
    }

    @Test
    void theWindowKeepsTheFacetsAndTheNextOpenStartsFromThem(FxRobot robot) throws Exception {
        settle();
        java.nio.file.Path kept = dir.resolve("cache").resolve("facets");
        waitUntil(() -> Files.isDirectory(kept) && kept.toFile().list().length == 1, "the facets are kept beside the settings");
        try (Archive other = colleague()) { // meanwhile
            new TagStore(other).assign(List.of(1L), "Geneva talks");
        }
        MainWindow before = window.get();
        fx(() -> shell.open(team));
        waitUntil(() -> window.get() != before, "the archive is opened again");
        settle();
        waitUntil(() -> window.get().workspace().services().search().facetsFromKeptCopy(), "the facets come from the kept copy");
        waitUntil(() -> treeCell(robot, "#tag-tree", "Geneva talks").getText().equals("Geneva talks  (1)"), "the colleague's tag counts");
    }

    @Test
    void theFrequentWordsAreReadOnceTheServerKnowsThemWithoutOpeningAgain(FxRobot robot) {
        settle();
        var search = window.get().workspace().services().search();
        assertThat(search.frequentWords()).as("one clipping: no word is in five").isEmpty();
        try (Archive other = colleague()) {
            ClippingStore store = new ClippingStore(other);
            for (int i = 0; i < 10; i++) {
                store.add(TestArchives.clipping("Round " + i, "Talks in Geneva, round " + i + ".", "2023-02-0" + (i % 9 + 1)));
            }
            other.write(c -> {
                try (var s = c.createStatement()) {
                    s.execute("ANALYZE clipping_text");
                }
                return null;
            });
            new TagStore(other).assign(List.of(2L), "Geneva talks"); // one more change after the statistics
        }
        // Read by the window after the colleague's changes, without opening the archive again.
        waitUntil(() -> search.frequentWords().contains("geneva"), "the frequent words, read after the colleague's changes");
        fx(() -> node(robot, "#search-field", javafx.scene.control.TextField.class).setText("geneva")); // one query, not one per key
        waitUntil(() -> node(robot, "#status-count", Label.class).getText().equals("11 clippings"), "the search, counted with the kept words");
        settle();
    }

    @Test
    void restoreFromBackupSaysAServerIsRestoredByItsAdministrator(FxRobot robot) {
        settle();
        fakes.restoreFrom = dir.resolve("any.db");
        fx(menuItem(robot, "menu-restoreBackup")::fire);
        assertThat(fakes.errors).singleElement().asString().startsWith("Restore from backup: A team archive is restored on its server");
        fakes.errors.clear();
        assertThat(fakes.confirmations).isEmpty();
        assertThat(table(robot).getItems()).hasSize(1);
    }

    @Test
    void aColleaguesImportAndTaggingAppearWithinSeconds(FxRobot robot) {
        settle();
        assertThat(treeCell(robot, "#tag-tree", "Diplomacy").getText()).isEqualTo("Diplomacy  (1)");
        long id;
        try (Archive other = colleague()) {
            id = new ClippingStore(other).add(TestArchives.clipping("Second round", "A colleague added this.", "2023-02-01")).id();
        }
        long started = System.nanoTime();
        waitUntil(() -> table(robot).getItems().size() == 2, "the colleague's import appears");
        long importSeen = (System.nanoTime() - started) / 1_000_000;

        try (Archive other = colleague()) {
            new TagStore(other).assign(List.of(id), "Diplomacy");
        }
        started = System.nanoTime();
        waitUntil(() -> treeCell(robot, "#tag-tree", "Diplomacy").getText().equals("Diplomacy  (2)"), "the colleague's tag is counted");
        long tagSeen = (System.nanoTime() - started) / 1_000_000;
        assertThat(node(robot, "#status-count", Label.class).getText()).contains("2 clippings");
        // The window polls every 2 s for the server's news; a generous bound, as the machine is shared.
        assertThat(List.of(importSeen, tagSeen)).as("milliseconds until shown").allMatch(ms -> ms < 4_000);
    }

    @Test
    void liveUpdatesGoOnAfterTheServerDroppedTheWindowsSessions(FxRobot robot) {
        settle();
        server.admin("postgres", "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + team.database()
                + "' AND pid <> pg_backend_pid()");
        try (Archive other = colleague()) {
            new ClippingStore(other).add(TestArchives.clipping("After the cut", "Imported while the window was cut off.", "2023-03-01"));
        }
        waitUntil(() -> titles(robot).contains("After the cut"), "the window listens again and shows the colleague's import");
        assertThat(fakes.errors).as("the dropped session is no dialog").isEmpty();
    }
}
