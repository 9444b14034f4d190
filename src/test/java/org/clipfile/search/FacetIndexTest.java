package org.clipfile.search;

import org.clipfile.testing.PostgresExtension;
import org.clipfile.testing.PostgresServer;
import org.clipfile.testing.TestEngine;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.clipfile.archive.Archive;
import org.clipfile.archive.ArchiveAddress;
import org.clipfile.archive.ClippingEdit;
import org.clipfile.archive.ClippingStore;
import org.clipfile.archive.DateOrigin;
import org.clipfile.archive.DatePrecision;
import org.clipfile.archive.NewClipping;
import org.clipfile.archive.PublishedDate;
import org.clipfile.archive.TagStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The in-memory facets must answer exactly as SQL does, for any filter, after any change — made
 * through this archive object or by another connection (another process). One search keeps
 * facets, a second never builds them and answers from SQL; every answer is compared.
 */
@ParameterizedClass
@EnumSource(TestEngine.class)
@ExtendWith(PostgresExtension.class)
class FacetIndexTest {
    @Parameter
    TestEngine engine;
    private static final String[] WORDS = {"taiwan", "tariff", "summit", "blinken", "yellen", "chips", "balloon", "trade",
            "export", "beijing", "washington", "台湾", "会见"};
    private static final String[] TAGS = {"China-US", "China-US/Taiwan", "China-US/Trade", "China-US/Trade/Chips",
            "Blinken", "People/Yellen", "People/Wang Yi", "Europe", "Europe/EU"};
    private static final String[] SOURCES = {"Reuters", "Xinhua", "AP", null};
    private static final String[] AUTHORS = {"David Brunnstrom", "Michael Martina", "王毅", null};

    @TempDir
    Path dir;
    ArchiveAddress place;
    final List<Archive> open = new ArrayList<>();
    Random random;
    Archive archive;
    ClippingStore store;
    TagStore tags;
    ClippingSearch fast;
    ClippingSearch sql;

    @BeforeEach
    void place(PostgresServer server) {
        place = engine.place(dir, server);
    }

    @AfterEach
    void close() {
        open.forEach(Archive::close);
    }

    void openArchive(long seed, int clippings) {
        openArchive(seed, clippings, SearchTuning.DEFAULT);
    }

    void openArchive(long seed, int clippings, SearchTuning tuning) {
        random = new Random(seed);
        archive = Archive.open(place, Archive.Options.NO_DAILY_BACKUP);
        open.add(archive);
        store = new ClippingStore(archive);
        tags = new TagStore(archive);
        List<NewClipping> batch = new ArrayList<>();
        for (int i = 0; i < clippings; i++) {
            batch.add(randomClipping(i));
        }
        store.addAll(batch);
        fast = new ClippingSearch(archive, tuning);
        assertThat(fast.prepareFacets()).isTrue();
        sql = new ClippingSearch(archive);
    }

    NewClipping randomClipping(int i) {
        StringBuilder text = new StringBuilder("Clipping " + i + ":");
        for (int w = 0; w < 3 + random.nextInt(8); w++) {
            text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        List<String> tagList = new ArrayList<>();
        for (int t = random.nextInt(4); t > 0; t--) {
            tagList.add(TAGS[random.nextInt(TAGS.length)]);
        }
        return new NewClipping("Title " + i + " " + random.nextLong(), text.toString(), "", randomDate(),
                SOURCES[random.nextInt(SOURCES.length)], null, AUTHORS[random.nextInt(AUTHORS.length)], tagList, null, null);
    }

    PublishedDate randomDate() {
        LocalDate day = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(5 * 365));
        return switch (random.nextInt(5)) {
            case 0 -> null;
            case 1 -> new PublishedDate(day.withDayOfMonth(1), DatePrecision.MONTH, DateOrigin.USER);
            case 2 -> new PublishedDate(day.withDayOfYear(1), DatePrecision.YEAR, DateOrigin.USER);
            default -> PublishedDate.day(day, DateOrigin.USER);
        };
    }

    ClippingFilter randomFilter() {
        ClippingFilter f = ClippingFilter.ALL;
        if (random.nextInt(3) == 0) {
            f = f.withQuery(switch (random.nextInt(5)) {
                case 0 -> WORDS[random.nextInt(WORDS.length)];
                case 1 -> WORDS[random.nextInt(WORDS.length)] + " -" + WORDS[random.nextInt(WORDS.length)];
                case 2 -> WORDS[random.nextInt(WORDS.length)] + " OR " + WORDS[random.nextInt(WORDS.length)];
                case 3 -> "\"" + WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)] + "\"";
                default -> "-" + WORDS[random.nextInt(WORDS.length)];
            });
        }
        int n = random.nextInt(3);
        List<String> wanted = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            wanted.add(random.nextInt(10) == 0 ? "No/Such tag" : TAGS[random.nextInt(TAGS.length)]);
        }
        f = f.withTags(wanted, random.nextBoolean());
        switch (random.nextInt(4)) {
            case 0 -> f = f.withDates(LocalDate.of(2020, 1 + random.nextInt(12), 1), LocalDate.of(2022, 1 + random.nextInt(12), 28));
            case 1 -> f = f.withDates(null, LocalDate.of(2021, 6, 30));
            case 2 -> f = f.withUndatedOnly(random.nextInt(4) == 0);
            default -> { }
        }
        if (random.nextInt(5) == 0) {
            f = f.withSource(SOURCES[random.nextInt(3)].toLowerCase());
        }
        if (random.nextInt(5) == 0) {
            f = f.withAuthor(random.nextBoolean() ? AUTHORS[random.nextInt(3)].toUpperCase() : AUTHORS[random.nextInt(3)]);
        }
        if (random.nextInt(8) == 0) {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                ids.add(1L + random.nextInt(400));
            }
            f = f.withIds(ids);
        }
        return f.inTrash(random.nextInt(6) == 0);
    }

    /** Every facet answer for {@code f}, as plain data. */
    static Map<String, Object> answers(ClippingSearch search, ClippingFilter f) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("count", search.count(f));
        Map<String, Long> tree = new LinkedHashMap<>();
        flatten(search.tagTree(f), tree);
        out.put("tree", tree);
        out.put("months", search.months(f));
        out.put("years", search.years(f));
        out.put("days", search.days(f, LocalDate.of(2020, 3, 1), LocalDate.of(2021, 9, 30)));
        return out;
    }

    static void flatten(List<TagNode> nodes, Map<String, Long> into) {
        for (TagNode n : nodes) {
            into.put(n.tag().path(), n.count());
            flatten(n.children(), into);
        }
    }

    void assertSameAnswers(int filters) {
        for (int i = 0; i < filters; i++) {
            ClippingFilter f = randomFilter();
            assertThat(answers(fast, f)).as("facets vs SQL for %s", f).isEqualTo(answers(sql, f));
        }
    }

    @Test
    void answersAsSqlDoesForAnyFilter() {
        openArchive(1, 300);
        assertSameAnswers(300);
    }

    @Test
    void staysExactThroughEveryKindOfChange() {
        openArchive(2, 250);
        for (int step = 0; step < 60; step++) {
            mutate(step);
            assertSameAnswers(8);
        }
    }

    @Test
    void seesAnEditOfTheTextAlone() {
        openArchive(5, 50);
        ClippingFilter zebra = ClippingFilter.ALL.withQuery("zebra");
        assertThat(fast.count(zebra)).isZero(); // now cached as a text match with no clippings
        var c = store.get(7L).orElseThrow();
        store.update(c.id(), new ClippingEdit(c.title(), c.text() + " zebra", c.notes(), c.date(), c.source(), c.url(), c.author()));
        assertThat(fast.count(zebra)).isEqualTo(sql.count(zebra)).isEqualTo(1);
        store.update(c.id(), new ClippingEdit(c.title(), c.text(), c.notes(), c.date(), c.source(), c.url(), c.author()));
        assertThat(fast.count(zebra)).isZero();
        // Another process edits the text alone.
        try (Archive other = Archive.open(place, Archive.Options.NO_DAILY_BACKUP)) {
            new ClippingStore(other).update(c.id(), new ClippingEdit("Zebra crossing", c.text(), c.notes(), c.date(), c.source(),
                    c.url(), c.author()));
        }
        assertThat(fast.count(zebra)).isEqualTo(1);
    }

    @Test
    void seesAnotherConnectionsChanges() {
        openArchive(3, 200);
        assertSameAnswers(5);
        try (Archive other = Archive.open(place, Archive.Options.NO_DAILY_BACKUP)) {
            ClippingStore otherStore = new ClippingStore(other);
            TagStore otherTags = new TagStore(other);
            otherTags.assign(List.of(1L, 2L, 3L, 50L), "Europe/EU/Brussels");
            otherStore.moveToTrash(List.of(4L, 5L));
            otherStore.add(randomClipping(1000));
            otherTags.rename("China-US/Trade", "Trade war");
            otherTags.delete("Blinken");
        }
        assertSameAnswers(40);
    }

    @Test
    void rebuildsWhenTheJournalNoLongerReachesBack() {
        openArchive(4, 200, SearchTuning.DEFAULT.withFacetReplayLimit(10));
        assertSameAnswers(3);
        List<Long> many = new ArrayList<>();
        for (long id = 1; id <= 60; id++) {
            many.add(id);
        }
        store.moveToTrash(many);
        assertSameAnswers(20);
        store.restore(many.subList(0, 5));
        assertSameAnswers(20);
    }

    @Test
    void aTagDeletedAndMadeAgainIsNotTakenForTheOldOne() {
        openArchive(5, 150);
        assertSameAnswers(3);
        tags.delete("Europe/EU");
        tags.assign(List.of(7L), "Europe/EU");
        assertSameAnswers(30);
    }

    void mutate(int step) {
        List<Long> some = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(30); i++) {
            some.add(1L + random.nextInt(260));
        }
        String tag = TAGS[random.nextInt(TAGS.length)];
        try {
            change(step, some, tag);
        } catch (RuntimeException refused) {
            // e.g. a rename into the tag's own subtree: refused, the archive is as it was
        }
    }

    void change(int step, List<Long> some, String tag) {
        switch (step % 11) {
            case 0 -> tags.assign(some, tag);
            case 1 -> tags.unassign(some, tag);
            case 2 -> store.moveToTrash(some);
            case 3 -> store.restore(some);
            case 4 -> store.emptyTrash();
            case 5 -> store.get(some.get(0)).ifPresent(c -> store.update(c.id(),
                    new ClippingEdit(c.title(), c.text() + " " + WORDS[random.nextInt(WORDS.length)], c.notes(), randomDate(),
                            c.source(), c.url(), c.author())));
            case 6 -> store.addAll(List.of(randomClipping(1000 + step), randomClipping(2000 + step)));
            case 7 -> tags.rename(tag, random.nextBoolean() ? tag + " renamed" : "Elsewhere/" + tag);
            case 8 -> tags.delete(tag);
            case 9 -> tags.rename(tag, TAGS[random.nextInt(TAGS.length)]); // often a merge
            default -> tags.assign(some, tag + "/Sub " + step);
        }
    }
}
