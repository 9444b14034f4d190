package org.clipfile.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.LongStream;
import org.clipfile.archive.Archive;
import org.clipfile.archive.Clipping;
import org.clipfile.archive.ClippingStore;
import org.clipfile.archive.NewClipping;
import org.clipfile.archive.TagStore;
import org.clipfile.bench.WireStories;
import org.clipfile.testing.PostgresExtension;
import org.clipfile.testing.PostgresServer;
import org.clipfile.testing.TestArchives;
import org.clipfile.testing.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same clippings in a file and on the server: every query of the language, every filter and
 * every count must give the same answer on both engines (the promise of the team archive). The
 * corpus is the realistic wire archive (decades, tags, Chinese) plus texts with the hard cases:
 * accents, curly quotes, apostrophes, hyphens, CJK inside Latin text.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(PostgresExtension.class)
class EnginesAgreeTest {
    static final int STORIES = 2_500;

    Archive file;
    Archive server;
    ClippingSearch onFile;
    ClippingSearch onServer;

    @BeforeAll
    void fill(PostgresServer pg, @TempDir Path dir) {
        file = TestEngine.SQLITE.open(dir, pg);
        server = TestEngine.POSTGRESQL.open(dir, pg);
        WireStories stories = new WireStories(2026, 0.05);
        List<NewClipping> batch = new ArrayList<>(LongStream.range(0, STORIES).mapToObj(stories::clipping).toList());
        batch.add(TestArchives.clipping("Café talks", "Le café de Flore hosted the vis-à-vis meeting; “No comment,” said the Élysée.",
                "2023-03-01", "Europe/France"));
        batch.add(TestArchives.clipping("China’s reply", "China's foreign ministry said the U.S. move was “regrettable”.", "2023-03-02",
                "China-US"));
        batch.add(TestArchives.clipping("王毅会见布林肯", "王毅强调台湾问题是中国核心利益中的核心。Blinken listened.", "2023-06-19",
                "China-US/Taiwan"));
        batch.add(TestArchives.clipping("Undated memo", "A balloon over Montana, the Pentagon said.", null));
        for (Archive a : List.of(file, server)) {
            new ClippingStore(a).addAll(batch);
            new ClippingStore(a).moveToTrash(List.of(5L, 6L, 7L));
            new TagStore(a).assign(List.of(10L, 11L, 12L, 13L), "Desk/Review");
        }
        onFile = new ClippingSearch(file);
        onServer = new ClippingSearch(server);
    }

    @AfterAll
    void close() {
        file.close();
        server.close();
    }

    static final List<String> QUERIES = List.of(
            "china", "taiwan", "CHINA", "cafe", "café", "CAFÉ", "elysee", "vis-a-vis", "vis-à-vis", "china's", "China’s", "u.s.",
            "“no comment”", "\"no comment\"", "regrett*", "chin*", "台湾", "台湾问题", "台", "核心利益", "王毅 blinken",
            "taiwan OR japan", "trade -tariff", "-china", "\"foreign ministry\"", "(taiwan OR 台湾) -balloon", "summit AND beijing",
            "balloon", "pentagon", "zzzz", "\"the\"", "a", "\"foreign min\"*", "新华社", "外交部", "NOT", "OR", "e*");

    @Test
    void everyQueryFindsTheSameClippingsInTheSameOrder() {
        // Not agreement on nothing: the hard cases find what they should.
        for (String q : List.of("cafe", "vis-a-vis", "china's", "“no comment”", "台湾问题", "台", "regrett*", "-china", "u.s.")) {
            assertThat(onServer.count(ClippingFilter.ALL.withQuery(q))).as("matches of %s", q).isPositive();
        }
        assertThat(onServer.count(ClippingFilter.ALL.withQuery("chin*"))).isGreaterThan(100);
        for (String q : QUERIES) {
            ClippingFilter f = ClippingFilter.ALL.withQuery(q);
            assertThat(onServer.ids(f, SortOrder.NEWEST)).as("query %s", q).isEqualTo(onFile.ids(f, SortOrder.NEWEST));
            assertThat(onServer.count(f)).as("count of %s", q).isEqualTo(onFile.count(f));
            assertThat(ids(onServer.page(f, SortOrder.OLDEST, 0, 50))).as("oldest page of %s", q)
                    .isEqualTo(ids(onFile.page(f, SortOrder.OLDEST, 0, 50)));
            assertThat(ids(onServer.page(f, SortOrder.TITLE, 0, 50))).as("title page of %s", q)
                    .isEqualTo(ids(onFile.page(f, SortOrder.TITLE, 0, 50)));
        }
    }

    @Test
    void relevanceRanksTheSameMatches() {
        List<ClippingFilter> filters = new ArrayList<>();
        QUERIES.forEach(q -> filters.add(ClippingFilter.ALL.withQuery(q)));
        // The ranking's other conditions: tags, dates, fields, ids, the trash, an exclusion.
        filters.addAll(List.of(
                ClippingFilter.ALL.withTag("China-US").withQuery("taiwan"),
                ClippingFilter.ALL.withTags(List.of("China-US", "Desk/Review"), true).withQuery("chin*"),
                ClippingFilter.ALL.withDates(LocalDate.of(2023, 1, 1), null).withQuery("china"),
                ClippingFilter.ALL.withDates(LocalDate.of(1995, 1, 1), LocalDate.of(2004, 12, 31)).withQuery("chin* -taiwan"),
                ClippingFilter.ALL.withUndatedOnly(true).withQuery("e*"),
                ClippingFilter.ALL.withSource("reuters").withQuery("china"),
                ClippingFilter.ALL.withIds(List.of(1L, 2L, 3L, 5L, 2_000L)).withQuery("e*"),
                ClippingFilter.ALL.inTrash(true).withQuery("e*"),
                ClippingFilter.ALL.withTag("No such tag").withQuery("china"),
                ClippingFilter.ALL.withQuery("台湾 -balloon").withTag("China-US")));
        int filteredAndFound = 0;
        for (ClippingFilter f : filters) {
            String q = f.toString();
            // Scores differ between bm25 and ts_rank; the matches ranked must not.
            List<Long> all = onFile.ids(f, SortOrder.NEWEST);
            List<Long> ranked = new ArrayList<>();
            for (int offset = 0; offset < all.size(); offset += 200) {
                ranked.addAll(ids(onServer.page(f, SortOrder.RELEVANCE, offset, 200)));
            }
            assertThat(new HashSet<>(ranked)).as("ranked matches of %s", q).isEqualTo(new HashSet<>(all));
            assertThat(ranked).as("each once").doesNotHaveDuplicates();
            if (!ranked.isEmpty() && filters.indexOf(f) >= QUERIES.size()) {
                filteredAndFound++;
            }
        }
        assertThat(filteredAndFound).as("filters besides the query that found something").isGreaterThanOrEqualTo(7);
    }

    @Test
    void filtersCountsTreesAndHistogramsAgree() {
        List<ClippingFilter> filters = List.of(
                ClippingFilter.ALL,
                ClippingFilter.ALL.withTag("China-US"),
                ClippingFilter.ALL.withTag("China-US").withQuery("taiwan"),
                ClippingFilter.ALL.withTag("Desk/Review"),
                ClippingFilter.ALL.withDates(LocalDate.of(1995, 1, 1), LocalDate.of(2004, 12, 31)),
                ClippingFilter.ALL.withDates(LocalDate.of(2023, 1, 1), null).withQuery("china"),
                ClippingFilter.ALL.withUndatedOnly(true),
                ClippingFilter.ALL.withSource("reuters"),
                ClippingFilter.ALL.withSource("新华社"),
                ClippingFilter.ALL.inTrash(true),
                ClippingFilter.ALL.withIds(List.of(1L, 2L, 3L, 5L, 2_000L)),
                ClippingFilter.ALL.withTag("No such tag"),
                ClippingFilter.ALL.withQuery("blinken"),
                ClippingFilter.ALL.withQuery("台湾 -balloon").withTag("China-US"));
        for (ClippingFilter f : filters) {
            assertThat(onServer.ids(f, SortOrder.NEWEST)).as("ids of %s", f).isEqualTo(onFile.ids(f, SortOrder.NEWEST));
            assertThat(onServer.count(f)).as("count of %s", f).isEqualTo(onFile.count(f));
            assertThat(onServer.tagTree(f)).as("tag tree of %s", f).isEqualTo(onFile.tagTree(f));
            assertThat(onServer.months(f)).as("months of %s", f).isEqualTo(onFile.months(f));
            assertThat(onServer.years(f)).as("years of %s", f).isEqualTo(onFile.years(f));
            assertThat(onServer.warnings(f)).as("warnings of %s", f).isEqualTo(onFile.warnings(f));
            assertThat(scanned(onServer, f)).as("export scan of %s", f).isEqualTo(scanned(onFile, f));
        }
        assertThat(onServer.stats()).isEqualTo(onFile.stats());
    }

    @Test
    void theInMemoryFacetsAgreeOnTheServerToo() {
        ClippingSearch facets = new ClippingSearch(server);
        assertThat(facets.prepareFacets()).isTrue();
        for (String q : QUERIES.subList(0, 12)) {
            ClippingFilter f = ClippingFilter.ALL.withQuery(q).withTag("China-US");
            assertThat(facets.count(f)).as("count of %s", q).isEqualTo(onFile.count(f));
            assertThat(facets.tagTree(f)).as("tree of %s", q).isEqualTo(onFile.tagTree(f));
            assertThat(facets.months(f)).as("months of %s", q).isEqualTo(onFile.months(f));
        }
    }

    /** What an export of the filter reads: every clipping whole, in order (times aside: the two were filled apart). */
    private static List<List<Object>> scanned(ClippingSearch search, ClippingFilter f) {
        List<List<Object>> out = new ArrayList<>();
        search.scan(f, SortOrder.OLDEST, new ClippingSearch.Scan() {
            @Override
            public void begin(long total) {
            }

            @Override
            public void accept(Clipping k) {
                out.add(java.util.Arrays.asList(k.id(), k.title(), k.text(), k.notes(), k.date(), k.source(), k.url(), k.author(),
                        k.tags(), k.contentHash(), k.inTrash()));
            }
        });
        return out;
    }

    private static List<Long> ids(List<ClippingRow> rows) {
        return rows.stream().map(ClippingRow::id).toList();
    }
}
