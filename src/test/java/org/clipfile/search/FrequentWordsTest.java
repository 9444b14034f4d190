package org.clipfile.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.clipfile.archive.Archive;
import org.clipfile.archive.ArchiveAddress;
import org.clipfile.archive.Clipping;
import org.clipfile.archive.ClippingEdit;
import org.clipfile.archive.ClippingStore;
import org.clipfile.archive.DateOrigin;
import org.clipfile.archive.NewClipping;
import org.clipfile.archive.PublishedDate;
import org.clipfile.testing.PostgresExtension;
import org.clipfile.testing.PostgresServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team archive's frequent words: their matches are read once after the facets and then answer
 * a search's counts without the text index, kept exact as colleagues edit, add, trash and delete
 * clippings, and kept on disk for the next open. A file archive keeps none.
 */
@ExtendWith(PostgresExtension.class)
class FrequentWordsTest {
    private static final String[] WORDS = {"taiwan", "tariff", "summit", "blinken", "chips"};

    @TempDir
    Path dir;
    ArchiveAddress.Server team;
    final Random random = new Random(5);

    @BeforeEach
    void seed(PostgresServer server) {
        team = server.newDatabase();
        try (Archive archive = Archive.open(team, Archive.Options.NO_DAILY_BACKUP)) {
            List<NewClipping> batch = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                batch.add(clipping(i, WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)]));
            }
            batch.add(clipping(300, "a word found once: zebra"));
            new ClippingStore(archive).addAll(batch);
            sql(archive, "ANALYZE clipping_text"); // the server's statistics name the frequent words
        }
    }

    NewClipping clipping(int i, String words) {
        PublishedDate date = PublishedDate.day(LocalDate.of(2020, 1, 1).plusDays(random.nextInt(1_000)), DateOrigin.USER);
        return new NewClipping("Clipping " + i, "Text " + i + " on " + words + ".", "", date, null, null, null,
                List.of(i % 3 == 0 ? "China-US/Taiwan" : "Trade"), null, null);
    }

    static void sql(Archive archive, String statement) {
        archive.write(c -> {
            try (var s = c.createStatement()) {
                s.execute(statement);
            }
            return null;
        });
    }

    /** Words in 50 of these few hundred clippings are kept, as words in 200,000 are at the default. */
    static final SearchTuning KEEP_FROM_50 = SearchTuning.DEFAULT.withFrequentWordMatches(50);

    ClippingSearch open(Archive archive) {
        ClippingSearch search = new ClippingSearch(archive, KEEP_FROM_50);
        assertThat(search.prepareFacets(dir.resolve("facets"))).isTrue();
        return search;
    }

    void assertExact(ClippingSearch search, Archive archive) {
        ClippingSearch sql = new ClippingSearch(archive);
        for (String query : List.of("taiwan", "Tariff", "summit chips", "taiwan -tariff", "taiwan OR zebra", "zebra", "nothing-here")) {
            for (ClippingFilter f : List.of(ClippingFilter.ALL.withQuery(query), ClippingFilter.ALL.withQuery(query).withTag("China-US"),
                    ClippingFilter.ALL.withQuery(query).inTrash(true))) {
                assertThat(FacetIndexTest.answers(search, f)).as("kept words vs SQL for %s", f).isEqualTo(FacetIndexTest.answers(sql, f));
            }
        }
    }

    @Test
    void aFrequentWordsMatchesAreReadOnceAndAnswerWithoutTheTextIndex() {
        try (Archive archive = Archive.open(team, Archive.Options.NO_DAILY_BACKUP)) {
            ClippingSearch search = open(archive);
            assertThat(search.frequentWords()).as("none before they are read").isEmpty();
            int kept = search.keepFrequentWords(() -> false);
            assertThat(search.frequentWords()).hasSize(kept).contains(WORDS).doesNotContain("zebra");
            assertExact(search, archive);

            // Behind the journal's back (Clipfile's own writes of text rows are journalled), one clipping's
            // text row loses the word: the kept set still counts it, so the count did not come from the text index.
            ClippingFilter taiwan = ClippingFilter.ALL.withQuery("taiwan");
            long before = search.count(taiwan);
            long id = search.ids(taiwan, SortOrder.NEWEST).get(0);
            sql(archive, "UPDATE clipping_text SET doc = to_tsvector('simple', 'unrelated') WHERE id = " + id);
            assertThat(new ClippingSearch(archive).count(taiwan)).as("SQL").isEqualTo(before - 1);
            assertThat(search.count(taiwan)).as("the kept set").isEqualTo(before);
            search.forgetCachedMatches();
            assertThat(search.count(taiwan)).as("a benchmark's forgetting keeps the frequent words").isEqualTo(before);
        }
    }

    @Test
    void keptWordsFollowColleaguesAndTheNextOpenReadsThemFromDisk() {
        int kept;
        try (Archive archive = Archive.open(team, Archive.Options.NO_DAILY_BACKUP)) {
            ClippingSearch search = open(archive);
            kept = search.keepFrequentWords(() -> false);
            colleaguesChangeTexts();
            assertExact(search, archive);
            assertThat(search.frequentWords()).as("brought up to date, not dropped").hasSize(kept);
        }
        colleaguesChangeTexts();
        try (Archive archive = Archive.open(team, Archive.Options.NO_DAILY_BACKUP)) {
            ClippingSearch again = open(archive);
            assertThat(again.facetsFromKeptCopy()).isTrue();
            assertThat(again.frequentWords()).as("kept on disk with the facets").hasSize(kept).contains(WORDS);
            assertExact(again, archive);
            assertThat(again.keepFrequentWords(() -> false)).as("nothing left to read").isEqualTo(kept);
        }
    }

    @Test
    void aChangeOfThousandsOfClippingsAtOnceSetsThemAsideUntilTheyAreCaughtUp() {
        try (Archive archive = Archive.open(team, Archive.Options.NO_DAILY_BACKUP)) {
            ClippingSearch search = open(archive);
            int kept = search.keepFrequentWords(() -> false);
            ClippingFilter taiwan = ClippingFilter.ALL.withQuery("taiwan");
            long before = search.count(taiwan);
            long id = search.ids(taiwan, SortOrder.NEWEST).get(0);
            sql(archive, "UPDATE clipping_text SET doc = to_tsvector('simple', 'unrelated') WHERE id = " + id); // behind the journal
            // The journal as a colleague's import of more clippings than are brought up to date while a reader waits leaves it.
            sql(archive, "INSERT INTO clipping_change (clipping_id) SELECT g FROM generate_series(100000, "
                    + (100000 + TextMatches.REFRESH_LIMIT) + ") g");
            assertThat(search.count(taiwan)).as("set aside: the text index answers").isEqualTo(before - 1);
            assertThat(search.frequentWords()).isEmpty();
            assertExact(search, archive);

            assertThat(search.keepFrequentWords(() -> false)).isEqualTo(kept);
            assertThat(search.count(taiwan)).as("caught up from the journal, not read again").isEqualTo(before);
        }
    }

    @Test
    void aRebuiltTextIndexReachesTheKeptWords() {
        try (Archive archive = Archive.open(team, Archive.Options.NO_DAILY_BACKUP)) {
            ClippingSearch search = open(archive);
            ClippingFilter taiwan = ClippingFilter.ALL.withQuery("taiwan");
            long id = new ClippingSearch(archive).ids(ClippingFilter.ALL.withQuery("-taiwan"), SortOrder.NEWEST).get(0);
            sql(archive, "UPDATE clipping_text SET doc = doc || to_tsvector('simple', 'taiwan') WHERE id = " + id); // a damaged row
            search.keepFrequentWords(() -> false);
            long damaged = search.count(taiwan);

            new org.clipfile.archive.ArchiveCheck(archive).rebuildSearchIndex();
            assertThat(new ClippingSearch(archive).count(taiwan)).as("SQL, repaired").isEqualTo(damaged - 1);
            assertThat(search.count(taiwan)).as("the kept set, told by the journal").isEqualTo(damaged - 1);
            assertExact(search, archive);
        }
    }

    @Test
    void aColleaguesEditWhileTheWordsAreReadIsCaughtUp() {
        try (Archive archive = Archive.open(team, Archive.Options.NO_DAILY_BACKUP)) {
            ClippingSearch search = open(archive);
            boolean[] edited = {false};
            // Asked between words, inside the read's transaction: the colleague commits after its snapshot.
            search.keepFrequentWords(() -> {
                if (!edited[0]) {
                    edited[0] = true;
                    colleaguesChangeTexts();
                }
                return false;
            });
            assertThat(search.frequentWords()).contains(WORDS);
            assertExact(search, archive);
        }
    }

    @Test
    void aReadOnlyLoginKeepsThemToo(PostgresServer server) {
        String login = "words_reader_" + java.util.UUID.randomUUID().toString().substring(0, 8);
        server.admin(team.database(), "CREATE ROLE " + login + " LOGIN IN ROLE pg_read_all_data");
        try (Archive archive = Archive.open(team.withLogin(login, null), Archive.Options.NO_DAILY_BACKUP)) {
            ClippingSearch search = open(archive);
            assertThat(search.keepFrequentWords(() -> false)).as("the statistics are readable with read rights alone").isPositive();
            assertThat(search.frequentWords()).contains(WORDS);
            assertExact(search, archive);
        }
    }

    @Test
    void stoppingEarlyKeepsWhatWasReadAndASmallOrFileArchiveKeepsNone() {
        try (Archive archive = Archive.open(team, Archive.Options.NO_DAILY_BACKUP)) {
            ClippingSearch search = open(archive);
            int[] asked = {0};
            assertThat(search.keepFrequentWords(() -> asked[0]++ >= 2)).isEqualTo(2);
            assertExact(search, archive);

            ClippingSearch byDefault = new ClippingSearch(archive);
            assertThat(byDefault.prepareFacets()).isTrue();
            assertThat(byDefault.keepFrequentWords(() -> false)).as("a few hundred clippings: listing any word is cheap").isZero();
        }
        try (Archive file = Archive.open(dir.resolve("mine.db"))) {
            new ClippingStore(file).add(clipping(1, "taiwan"));
            ClippingSearch search = new ClippingSearch(file, KEEP_FROM_50.withFrequentWordMatches(1));
            assertThat(search.prepareFacets()).isTrue();
            assertThat(search.keepFrequentWords(() -> false)).isZero();
        }
    }

    /** Edits that add and remove frequent words, a new clipping, one trashed, one deleted for good. */
    void colleaguesChangeTexts() {
        try (Archive other = Archive.open(team, Archive.Options.NO_DAILY_BACKUP)) {
            ClippingStore store = new ClippingStore(other);
            for (long id = 1 + random.nextInt(20); id < 300; id += 37) {
                Clipping c = store.get(id).orElseThrow();
                String text = c.text().contains("taiwan") ? c.text().replace("taiwan", "formosa") : c.text() + " taiwan summit";
                store.update(id, new ClippingEdit(c.title(), text, c.notes(), c.date(), c.source(), c.url(), c.author()));
            }
            store.add(clipping(400 + random.nextInt(1_000), "taiwan chips"));
            store.moveToTrash(List.of(2L + random.nextInt(100)));
            store.moveToTrash(List.of(150L + random.nextInt(100)));
            store.emptyTrash();
            store.moveToTrash(List.of(100L + random.nextInt(50)));
        }
    }
}
