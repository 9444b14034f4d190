package org.clipfile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.clipfile.archive.Archive;
import org.clipfile.archive.Backups;
import org.clipfile.archive.ClippingStore;
import org.clipfile.search.ClippingFilter;
import org.clipfile.search.ClippingSearch;
import org.clipfile.testing.TestArchives;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * File › Copy clippings and File › Archive statistics do what {@code clipfile copy --to/--from},
 * {@code clipfile stats} and {@code clipfile backup --list} do, over the same services: the
 * filter's clippings go into another archive (again: nothing twice), another archive's come in
 * and show, a copy onto itself is refused in a sentence, and the statistics count what is there.
 */
@ExtendWith(ApplicationExtension.class)
class CopyAndStatisticsWindowTest extends WindowTestSupport {
    @Override
    void seed(ClippingStore store) {
        store.add(TestArchives.clipping("Talks resume", "The delegations met again in Geneva.", "2023-01-05", "Diplomacy/Geneva"));
        store.add(TestArchives.clipping("Second round", "They met once more.", "2023-02-01", "Diplomacy"));
        store.add(TestArchives.clipping("Harvest", "Wheat prices fell.", "2021-07-09"));
        long trashed = store.add(TestArchives.clipping("Retracted", "A story the paper withdrew.", "2022-03-03", "Diplomacy")).id();
        store.moveToTrash(java.util.List.of(trashed));
    }

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    private String status(FxRobot robot) {
        return node(robot, "#status-message", Label.class).getText();
    }

    @Test
    void theFiltersClippingsGoIntoAnotherFileAndASecondCopyAddsNothing(FxRobot robot) throws Exception {
        settle();
        fx(() -> window.get().workspace().browsing().setFilter(ClippingFilter.ALL.withTag("Diplomacy")));
        settle();
        Path copy = Files.createDirectories(dir.resolve("copies")).resolve("diplomacy.db");
        fakes.copyTarget = copy;
        fx(TeamArchiveWindowTest.menuItem(robot, "menu-copy-toFile")::fire);
        waitUntil(() -> status(robot).startsWith("Copied"), "the copy is reported");
        assertThat(status(robot)).isEqualTo("Copied 3 clippings to " + copy + ": 3 added, 0 there already");
        assertThat(fakes.confirmations).singleElement().asString()
                .contains("the clippings the current filter shows (and those of them in the trash) into " + copy);
        try (Archive file = Archive.openReadOnly(copy)) {
            ClippingSearch search = new ClippingSearch(file);
            assertThat(search.count(ClippingFilter.ALL)).isEqualTo(2);
            assertThat(search.count(ClippingFilter.ALL.inTrash(true))).as("the trashed one, in the trash").isEqualTo(1);
            assertThat(search.count(ClippingFilter.ALL.withTag("Diplomacy/Geneva"))).isEqualTo(1);
        }

        fx(TeamArchiveWindowTest.menuItem(robot, "menu-copy-toFile")::fire);
        waitUntil(() -> status(robot).endsWith("3 there already"), "the second copy is reported");
        assertThat(status(robot)).isEqualTo("Copied 3 clippings to " + copy + ": 0 added, 3 there already");
        settle();
    }

    @Test
    void anotherArchivesClippingsComeInAndShowAndWhatIsThereAlreadyIsNotAddedTwice(FxRobot robot) {
        settle();
        Path other = dir.resolve("colleague.db");
        try (Archive archive = Archive.open(other)) {
            ClippingStore store = new ClippingStore(archive);
            store.add(TestArchives.clipping("Second round", "They met once more.", "2023-02-01", "Diplomacy"));
            store.add(TestArchives.clipping("Port strike", "Dockers walked out in Rotterdam.", "2023-04-11", "Trade"));
        }
        fakes.archiveToOpen = other;
        fx(TeamArchiveWindowTest.menuItem(robot, "menu-copy-fromFile")::fire);
        waitUntil(() -> status(robot).startsWith("Copied"), "the copy is reported");
        settle();
        assertThat(status(robot)).isEqualTo("Copied 2 clippings from " + other.toAbsolutePath() + ": 1 added, 1 there already");
        waitUntil(() -> titles(robot).contains("Port strike"), "the new clipping shows");
        assertThat(titles(robot)).hasSize(4);
        waitUntil(() -> treeCell(robot, "#tag-tree", "Trade").getText().equals("Trade  (1)"), "its topic shows with its count");
    }

    @Test
    void aCopyOntoTheArchiveItselfIsRefusedInASentence(FxRobot robot) {
        settle();
        fakes.copyTarget = archiveFile();
        fx(TeamArchiveWindowTest.menuItem(robot, "menu-copy-toFile")::fire);
        waitUntil(() -> !fakes.errors.isEmpty(), "the refusal is shown");
        String shown = fakes.errors.get(0);
        fakes.errors.clear(); // settle() takes any error shown as a failure
        settle();
        assertThat(shown).isEqualTo("Copy clippings: " + archiveFile().toAbsolutePath() + " is the archive open in this window; choose another.");
        assertThat(fakes.confirmations).as("nothing asked, nothing copied").isEmpty();
    }

    @Test
    void theStatisticsCountTheArchiveAndNameItsBackups(FxRobot robot) {
        settle();
        fx(TeamArchiveWindowTest.menuItem(robot, "menu-stats")::fire);
        waitUntil(() -> !fakes.reports.isEmpty(), "the statistics");
        FakeSeams.Report report = fakes.reports.get(0);
        assertThat(report.title()).isEqualTo("Archive statistics");
        assertThat(report.summary()).isEqualTo("3 clippings, published 2021-07-09 to 2023-02-01, in " + archiveFile().toAbsolutePath());
        assertThat(report.details()).contains("Undated: 0", "Dated by year only: 0", "In the trash: 1", "Topics: 2",
                "Clippings per year:", "2021  1", "2023  2");
        assertThat(report.details()).anySatisfy(line -> assertThat(line)
                .matches("Automatic backups: (none yet \\(they go to " + java.util.regex.Pattern.quote(Backups.folderOf(archiveFile()).toString())
                        + "\\)|\\d+, the newest .*)"));
        settle();
    }
}
