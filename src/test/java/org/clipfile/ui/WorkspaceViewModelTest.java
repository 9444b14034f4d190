package org.clipfile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.clipfile.archive.TagStore;
import org.clipfile.search.ClippingFilter;
import org.clipfile.testing.TestArchives;
import org.clipfile.ui.browse.ClippingListViewModel;
import org.clipfile.ui.common.Messages;
import org.clipfile.ui.common.SyncTaskRunner;
import org.clipfile.ui.reader.ReaderViewModel;
import org.clipfile.ui.tags.TagTreeViewModel;
import org.clipfile.ui.timeline.Bucket;
import org.clipfile.ui.timeline.Granularity;
import org.clipfile.ui.timeline.TimelineViewModel;
import org.clipfile.ui.workspace.ArchiveEdits;
import org.clipfile.ui.workspace.ArchiveServices;
import org.clipfile.ui.workspace.Browsing;
import org.clipfile.ui.workspace.FilterChip;
import org.clipfile.ui.workspace.WindowSession;
import org.clipfile.ui.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view models on a real archive with the synchronous runner: no toolkit, no window. */
class WorkspaceViewModelTest {
    @TempDir
    Path dir;

    ArchiveServices services;
    final Messages messages = Messages.english();
    WindowSession session;
    Browsing browsing;
    ArchiveEdits edits;
    final FakeSeams fakes = new FakeSeams();
    long qin;
    long yellen;

    @BeforeEach
    void open() {
        services = ArchiveServices.open(new org.clipfile.archive.ArchiveAddress.File(TestArchives.file(dir)));
        qin = services.store().add(TestArchives.clipping("Qin calls Blinken", "Qin Gang spoke about the balloon.", "2023-06-14", "Diplomacy")).id();
        yellen = services.store().add(TestArchives.clipping("Yellen in Beijing", "Trade ties are too big to break.", "2023-07-09", "China-US/Trade")).id();
        services.store().add(TestArchives.clipping("Undated", "No date here.", null));
        // The pieces the window builds, each handed only to the view models that use it.
        session = new WindowSession(new SyncTaskRunner(), fakes, fakes, messages, services.watcher());
        browsing = new Browsing(messages);
        edits = new ArchiveEdits(services.archive(), services.store(), services.tags(), browsing, session, fakes, messages);
    }

    /** The capture window still takes the whole workspace (it is changed apart from the other panes). */
    private org.clipfile.ui.capture.CaptureViewModel captureModel() {
        Workspace w = new Workspace(services, new SyncTaskRunner(), fakes, fakes, messages);
        return new org.clipfile.ui.capture.CaptureViewModel(services.store(), w.browsing(), w.edits(), w.session(), fakes, messages);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void filterChangesShowAsChipsAndClearAllLeavesTheTrashToo() {
        browsing.setQuery("balloon");
        browsing.toggleTag("Diplomacy");
        browsing.setDates(LocalDate.of(2023, 7, 1), LocalDate.of(2023, 6, 1));
        assertThat(browsing.chips()).extracting(FilterChip::kind)
                .containsExactly(FilterChip.Kind.QUERY, FilterChip.Kind.TAG, FilterChip.Kind.DATES);
        assertThat(browsing.filter().from()).isEqualTo(LocalDate.of(2023, 6, 1)); // swapped into order
        browsing.removeChip(browsing.chips().get(1));
        assertThat(browsing.filter().tags()).isEmpty();
        browsing.setTrash(true);
        browsing.clearFilters();
        assertThat(browsing.filter()).isEqualTo(ClippingFilter.ALL);
    }

    @Test
    void tableCountsAndTagTreeFollowTheFilter() {
        ClippingListViewModel list = new ClippingListViewModel(services.search(), browsing, session, messages);
        TagTreeViewModel tags = new TagTreeViewModel(services.search(), services.tags(), browsing, edits, session, fakes, messages);
        list.reload(true);
        tags.reload();
        assertThat(list.countProperty().get()).isEqualTo(3);
        browsing.showTag("China-US");
        assertThat(list.countProperty().get()).isEqualTo(1);
        assertThat(list.rows().get(0).row().title()).isEqualTo("Yellen in Beijing"); // loaded on demand, synchronously here
        assertThat(tags.roots()).extracting(n -> n.tag().path() + "=" + n.count()).contains("China-US=1", "Diplomacy=0");
    }

    @Test
    void tagUndoRemovesOnlyWhatWasAdded() {
        edits.tag(List.of(qin, yellen), "Diplomacy");
        assertThat(new TagStore(services.archive()).tagsOf(yellen)).contains("Diplomacy");
        edits.undo();
        assertThat(new TagStore(services.archive()).tagsOf(yellen)).doesNotContain("Diplomacy");
        assertThat(new TagStore(services.archive()).tagsOf(qin)).contains("Diplomacy"); // it had the tag before
        assertThat(edits.undoStack().canUndoProperty().get()).isFalse();
    }

    @Test
    void deletingATagAndItsSubtreeCanBeUndone() {
        TagStore tags = new TagStore(services.archive());
        tags.assign(List.of(qin), "China-US/Trade/Chips");
        tags.create("China-US/Empty");
        fakes.confirmAnswer = true;
        edits.deleteTag("China-US");
        assertThat(tags.find("China-US")).isEmpty();
        assertThat(tags.tagsOf(yellen)).isEmpty();

        edits.undo();
        assertThat(tags.tagsOf(yellen)).containsExactly("China-US/Trade");
        assertThat(tags.tagsOf(qin)).containsExactly("China-US/Trade/Chips", "Diplomacy");
        assertThat(tags.find("China-US/Empty")).isPresent();
        assertThat(services.search().count(ClippingFilter.ALL.withTag("China-US"))).isEqualTo(2); // implied rows are back too
    }

    @Test
    void mergingATagIntoAnotherCanBeUndone() {
        TagStore tags = new TagStore(services.archive());
        tags.assign(List.of(yellen), "Diplomacy"); // carried both before the merge
        tags.assign(List.of(yellen), "China-US/Trade/Tariffs");
        edits.renameTag("China-US/Trade", "Diplomacy");
        assertThat(tags.find("China-US/Trade")).isEmpty();
        assertThat(tags.tagsOf(yellen)).containsExactly("Diplomacy", "Diplomacy/Tariffs");

        edits.undo();
        assertThat(tags.tagsOf(yellen)).containsExactly("China-US/Trade", "China-US/Trade/Tariffs", "Diplomacy");
        assertThat(tags.tagsOf(qin)).containsExactly("Diplomacy");
        assertThat(tags.find("Diplomacy/Tariffs")).isEmpty();
        assertThat(edits.undoStack().canUndoProperty().get()).isFalse();
    }

    @Test
    void deleteUndoRestores() {
        edits.moveToTrash(List.of(qin));
        assertThat(services.search().count(ClippingFilter.ALL)).isEqualTo(2);
        edits.undo();
        assertThat(services.search().count(ClippingFilter.ALL)).isEqualTo(3);
    }

    @Test
    void timelineCountsMonthsAndUndated() {
        TimelineViewModel timeline = new TimelineViewModel(services.search(), browsing, session);
        timeline.widthProperty().set(20); // room for two bars only: months
        timeline.reload();
        assertThat(timeline.layoutProperty().get().unit()).isEqualTo(Granularity.MONTH);
        assertThat(timeline.buckets()).extracting(b -> b.label() + "=" + b.count()).containsExactly("June 2023=1", "July 2023=1");
        assertThat(timeline.undatedProperty().get()).isEqualTo(1);
        timeline.selectBuckets(1, 1);
        assertThat(browsing.filter().from()).isEqualTo(LocalDate.of(2023, 7, 1));
        assertThat(browsing.filter().to()).isEqualTo(LocalDate.of(2023, 7, 31));
        // Zoomed in: July day by day, the empty stretches around the 9th folded.
        timeline.widthProperty().set(600);
        assertThat(timeline.layoutProperty().get().unit()).isEqualTo(Granularity.DAY);
        assertThat(timeline.buckets()).filteredOn(b -> !b.folded()).extracting(Bucket::start).contains(LocalDate.of(2023, 7, 9));
        assertThat(timeline.buckets()).filteredOn(b -> b.count() > 0).extracting(Bucket::start).containsExactly(LocalDate.of(2023, 7, 9));
        assertThat(timeline.buckets().get(0).start()).isEqualTo(LocalDate.of(2023, 7, 1));
        assertThat(timeline.buckets().get(timeline.buckets().size() - 1).end()).isEqualTo(LocalDate.of(2023, 7, 31));
        assertThat(timeline.crumbs("All dates")).extracting(TimelineViewModel.Crumb::label).containsExactly("All dates", "2023", "July 2023");
        timeline.zoomOut();
        assertThat(browsing.filter().from()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(browsing.filter().to()).isEqualTo(LocalDate.of(2023, 12, 31));
        timeline.zoomOut();
        assertThat(browsing.filter().from()).isNull();
        assertThat(browsing.filter().to()).isNull();
    }

    @Test
    void yearOnlyDatesCountInTheirYear() {
        TimelineViewModel timeline = new TimelineViewModel(services.search(), browsing, session);
        timeline.reload();
        assertThat(timeline.yearTotals()).isEmpty(); // none yet: the months tell it all
        services.store().add(new org.clipfile.archive.NewClipping("Some time in 2021", "Only the year is known.", "",
                new org.clipfile.archive.PublishedDate(LocalDate.of(2021, 1, 1), org.clipfile.archive.DatePrecision.YEAR,
                        org.clipfile.archive.DateOrigin.USER), null, null, null, List.of(), null, null));
        timeline.reload();
        assertThat(timeline.yearTotals()).containsEntry(2021, 1L).containsEntry(2023, 2L);
        assertThat(timeline.undatedProperty().get()).isEqualTo(1);
    }

    @Test
    void readerSavesEditsAndKeepsThemWhenTheSaveFails() {
        ReaderViewModel reader = new ReaderViewModel(services.store(), browsing, edits, session, fakes, messages);
        browsing.selectedIds().setAll(qin);
        assertThat(reader.titleProperty().get()).isEqualTo("Qin calls Blinken");
        reader.titleProperty().set("Qin and Blinken talk");
        reader.dateProperty().set("2023-06");
        reader.save();
        assertThat(services.store().get(qin).orElseThrow().title()).isEqualTo("Qin and Blinken talk");
        assertThat(services.store().get(qin).orElseThrow().date().iso()).isEqualTo("2023-06");

        // Text another clipping already has: the core refuses, the reader keeps the typing.
        reader.textProperty().set("Trade ties are too big to break.");
        reader.save();
        assertThat(reader.messageProperty().get()).contains("already has this text");
        assertThat(reader.textProperty().get()).isEqualTo("Trade ties are too big to break.");
        assertThat(reader.dirtyProperty().get()).isTrue();

        // A date Clipfile cannot read is refused before it reaches the core.
        reader.revert();
        reader.dateProperty().set("sometime soon");
        reader.save();
        assertThat(reader.messageProperty().get()).contains("date");
    }

    @Test
    void renameMergeAndDeleteTagsFromTheTree() {
        TagTreeViewModel tags = new TagTreeViewModel(services.search(), services.tags(), browsing, edits, session, fakes, messages);
        browsing.showTag("Diplomacy");
        fakes.textAnswers.add("Statecraft");
        tags.rename("Diplomacy");
        assertThat(new TagStore(services.archive()).tagsOf(qin)).containsExactly("Statecraft");
        assertThat(browsing.filter().tags()).containsExactly("Statecraft"); // the filter follows the rename
        edits.undo();
        assertThat(new TagStore(services.archive()).tagsOf(qin)).containsExactly("Diplomacy");

        tags.merge("Diplomacy", "China-US/Trade"); // what dropping one tag on another does, after confirming
        assertThat(new TagStore(services.archive()).tagsOf(qin)).containsExactly("China-US/Trade");
        tags.delete("China-US");
        assertThat(new TagStore(services.archive()).tagsOf(qin)).isEmpty();
        assertThat(new TagStore(services.archive()).all()).isEmpty();
    }

    @Test
    void captureStoresOnceAndReportsTheDuplicate() {
        org.clipfile.ui.capture.CaptureViewModel capture = captureModel();
        capture.fillFrom("date 2024-03-02 Paris talks resumed on Monday.\n\nMore text follows here.");
        assertThat(capture.dateProperty().get()).isEqualTo("2024-03-02");
        capture.tagsProperty().set("Europe, Talks/Paris");
        boolean[] closed = {false};
        capture.save(() -> closed[0] = true);
        assertThat(closed[0]).isTrue();
        assertThat(services.search().count(ClippingFilter.ALL)).isEqualTo(4);

        org.clipfile.ui.capture.CaptureViewModel again = captureModel();
        again.fillFrom("date 2024-03-02 Paris talks resumed on Monday.\n\nMore text follows here.");
        again.save(() -> { throw new AssertionError("a duplicate must not close the editor"); });
        assertThat(again.outcomeProperty().get()).isEqualTo(org.clipfile.ui.capture.CaptureViewModel.Outcome.DUPLICATE);
        assertThat(again.messageProperty().get()).startsWith("Already in the archive as #4");
        assertThat(services.search().count(ClippingFilter.ALL)).isEqualTo(4);

        // A tag the core refuses keeps the editor open with everything typed.
        org.clipfile.ui.capture.CaptureViewModel bad = captureModel();
        bad.textProperty().set("Some new text nobody has stored.");
        bad.tagsProperty().set("x".repeat(300));
        bad.save(() -> { throw new AssertionError("must not close"); });
        assertThat(bad.messageProperty().get()).contains("200 characters");
        assertThat(bad.textProperty().get()).isEqualTo("Some new text nobody has stored.");
    }

    @Test
    void movingToAnotherClippingSavesAndAFailedSaveKeepsTheEdits() {
        ReaderViewModel reader = new ReaderViewModel(services.store(), browsing, edits, session, fakes, messages);
        browsing.selectedIds().setAll(qin);
        reader.notesProperty().set("important");
        browsing.selectedIds().setAll(yellen); // leaving saves
        assertThat(services.store().get(qin).orElseThrow().notes()).isEqualTo("important");
        assertThat(reader.titleProperty().get()).isEqualTo("Yellen in Beijing");

        reader.textProperty().set("Qin Gang spoke about the balloon."); // qin's text: the core refuses
        browsing.selectedIds().setAll(qin);
        assertThat(reader.clippingProperty().get().id()).isEqualTo(yellen);
        assertThat(reader.textProperty().get()).isEqualTo("Qin Gang spoke about the balloon.");
        assertThat(reader.messageProperty().get()).contains("Not saved");
    }

    @Test
    void openingOnlyWebAddresses() {
        session.openInBrowser("https://example.org/a");
        session.openInBrowser("file:///etc/passwd");
        assertThat(fakes.opened).containsExactly("https://example.org/a");
        assertThat(fakes.errors).hasSize(1);
    }

    @Test
    void pastedHtmlWithoutTheCopiedTextFallsBackToThePlainText() {
        org.clipfile.ui.capture.CaptureViewModel capture = captureModel();
        capture.fillFrom("<html><body><div class=\"wrapper\"></div></body></html>",
                "date 2024-03-02 Paris talks resumed on Monday.\n\nMore text follows here.");
        assertThat(capture.dateProperty().get()).isEqualTo("2024-03-02");
        assertThat(capture.textProperty().get()).contains("Paris talks resumed");

        org.clipfile.ui.capture.CaptureViewModel empty = captureModel();
        empty.fillFrom(null, "  ");
        assertThat(empty.messageProperty().get()).isEqualTo("The clipboard holds no text.");
    }

    @Test
    void theEncodingChosenForAnUnsureFileIsTheOneImported() throws Exception {
        Path unsure = dir.resolve("ambiguous-short.txt");
        try (var in = getClass().getResourceAsStream("/ingest/encodings/ambiguous-short.txt")) {
            java.nio.file.Files.copy(in, unsure);
        }
        fakes.encodingAnswer = "Big5"; // the less likely reading, to show the answer is what counts
        new org.clipfile.ui.importing.ImportViewModel(services.importer(), browsing, session, fakes, messages, new org.clipfile.ui.common.BackgroundOperation())
                .importPaths(List.of(unsure));
        assertThat(fakes.encodingQuestions).hasSize(1);
        assertThat(fakes.reports).singleElement().satisfies(r -> assertThat(r.summary()).startsWith("1 clipping added, 0 duplicates, 0 rejected"));
        assertThat(services.search().count(ClippingFilter.ALL.withQuery("歎跡"))).isEqualTo(1);
        assertThat(session.statusProperty().get()).startsWith("1 clipping added, 0 duplicates, 0 rejected");
        assertThat(String.join("\n", fakes.reports.get(0).details())).doesNotContain("--");
    }

    @Test
    void afterAnImportTheListShowsJustWhatItAddedAsAChip() throws Exception {
        Path folder = java.nio.file.Files.createDirectories(dir.resolve("incoming"));
        java.nio.file.Files.writeString(folder.resolve("one-2023-06-14.txt"), "First new clipping\n\nAbout trade talks.");
        java.nio.file.Files.writeString(folder.resolve("two-2023-06-15.txt"), "Second new clipping\n\nAbout more trade talks.");
        browsing.setQuery("balloon");
        new org.clipfile.ui.importing.ImportViewModel(services.importer(), browsing, session, fakes, messages, new org.clipfile.ui.common.BackgroundOperation())
                .importPaths(List.of(folder));
        assertThat(browsing.filter().ids()).hasSize(2);
        assertThat(browsing.filter().query()).as("the earlier search no longer hides them").isNull();
        assertThat(browsing.chips()).extracting(FilterChip::label).containsExactly("Just imported (2)");
        assertThat(services.search().count(browsing.filter())).isEqualTo(2);
        assertThat(fakes.reports).singleElement().satisfies(r -> assertThat(r.summary()).startsWith("2 clippings added, 0 duplicates"));
        browsing.removeChip(browsing.chips().get(0));
        assertThat(browsing.filter()).isEqualTo(ClippingFilter.ALL);
    }

    @Test
    void countsAreWordedForOneAndForMany() {
        Messages m = Messages.english();
        assertThat(m.clippings(0)).isEqualTo("0 clippings");
        assertThat(m.clippings(1)).isEqualTo("1 clipping");
        assertThat(m.clippings(21301)).isEqualTo("21,301 clippings");
        edits.tag(List.of(yellen), "Diplomacy");
        assertThat(session.statusProperty().get()).isEqualTo("Tagged 1 clipping with Diplomacy");
    }
}
