package org.clipfile.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.clipfile.archive.Archive;
import org.clipfile.archive.ClippingEdit;
import org.clipfile.archive.ClippingStore;
import org.clipfile.archive.DateOrigin;
import org.clipfile.archive.DatePrecision;
import org.clipfile.archive.NewClipping;
import org.clipfile.archive.PublishedDate;
import org.clipfile.archive.TagStore;
import org.clipfile.testing.Fuzz;
import org.clipfile.testing.PostgresExtension;
import org.clipfile.testing.PostgresServer;
import org.clipfile.testing.TestArchives;
import org.clipfile.testing.TestEngine;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Filters, search and counts on a real archive, on each engine. */
@ParameterizedClass
@EnumSource(TestEngine.class)
@ExtendWith(PostgresExtension.class)
class ClippingSearchTest {
    @Parameter
    TestEngine engine;
    @TempDir
    Path dir;
    Archive archive;
    ClippingStore store;
    ClippingSearch search;
    long qin;
    long taiwanZh;
    long yellen;
    long undated;

    @BeforeEach
    void open(PostgresServer server) {
        archive = engine.open(dir, server);
        store = new ClippingStore(archive);
        search = new ClippingSearch(archive);
        qin = store.add(TestArchives.clipping("Qin and Blinken call",
                "China’s Foreign Minister Qin Gang held a phone call with Antony Blinken, vis-à-vis Taiwan.",
                "2023-06-14", "China-US/Taiwan", "Blinken")).id();
        taiwanZh = store.add(TestArchives.clipping("王毅会见布林肯", "王毅强调台湾问题是中国核心利益中的核心。", "2023-06-19",
                "China-US/Taiwan")).id();
        yellen = store.add(new NewClipping("Yellen in Beijing", "Treasury Secretary Janet Yellen ended her visit.", "",
                new PublishedDate(LocalDate.of(2023, 7, 1), DatePrecision.MONTH, DateOrigin.HEADER), "Reuters", null, null,
                List.of("China-US/Trade"), null, null)).id();
        undated = store.add(TestArchives.clipping("Undated note", "A balloon over Montana.", null)).id();
    }

    @AfterEach
    void close() {
        archive.close();
    }

    List<Long> ids(ClippingFilter f) {
        return search.page(f, SortOrder.NEWEST, 0, 100).stream().map(ClippingRow::id).toList();
    }

    @Test
    void newestFirstWithUndatedLast() {
        assertThat(ids(ClippingFilter.ALL)).containsExactly(yellen, taiwanZh, qin, undated);
        assertThat(search.page(ClippingFilter.ALL, SortOrder.OLDEST, 0, 10).stream().map(ClippingRow::id))
                .containsExactly(qin, taiwanZh, yellen, undated);
        assertThat(search.count(ClippingFilter.ALL)).isEqualTo(4);
    }

    @Test
    void findsTheSampleByWordsFoldedCaseDiacriticsAndApostrophes() {
        assertThat(ids(ClippingFilter.ALL.withQuery("Blinken"))).containsExactly(qin);
        assertThat(ids(ClippingFilter.ALL.withQuery("vis-a-vis"))).containsExactly(qin);
        assertThat(ids(ClippingFilter.ALL.withQuery("china's"))).containsExactly(qin);
        assertThat(ids(ClippingFilter.ALL.withQuery("CHINA’S"))).containsExactly(qin);
        assertThat(ids(ClippingFilter.ALL.withQuery("china"))).containsExactly(qin);
        assertThat(ids(ClippingFilter.ALL.withQuery("\"phone call\" -balloon"))).containsExactly(qin);
        assertThat(ids(ClippingFilter.ALL.withQuery("-balloon"))).containsExactly(yellen, taiwanZh, qin);
        assertThat(ids(ClippingFilter.ALL.withQuery("yellen OR balloon"))).containsExactly(yellen, undated);
        assertThat(ids(ClippingFilter.ALL.withQuery("yell*"))).containsExactly(yellen);
    }

    @Test
    void findsChineseByAnySubstringOfTwoOrMoreCharactersAndMixedQueries() {
        assertThat(ids(ClippingFilter.ALL.withQuery("台湾"))).containsExactly(taiwanZh);
        assertThat(ids(ClippingFilter.ALL.withQuery("台湾问题"))).containsExactly(taiwanZh);
        assertThat(ids(ClippingFilter.ALL.withQuery("湾问"))).containsExactly(taiwanZh);
        assertThat(ids(ClippingFilter.ALL.withQuery("台湾 Blinken"))).isEmpty();
        assertThat(ids(ClippingFilter.ALL.withQuery("台湾 OR Blinken"))).containsExactly(taiwanZh, qin);
        ClippingRow row = search.page(ClippingFilter.ALL.withQuery("台湾"), SortOrder.NEWEST, 0, 1).get(0);
        Range hit = row.snippet().ranges().get(0);
        assertThat(row.snippet().text().substring(hit.start(), hit.end())).isEqualTo("台湾");
    }

    @Test
    void snippetsHighlightTheMatchInTheOriginalText() {
        ClippingRow row = search.page(ClippingFilter.ALL.withQuery("vis-a-vis"), SortOrder.RELEVANCE, 0, 1).get(0);
        Range hit = row.snippet().ranges().get(0);
        assertThat(row.snippet().text().substring(hit.start(), hit.end())).isEqualTo("vis-à-vis");
    }

    @Test
    void tagFiltersIncludeChildrenAndCombine() {
        assertThat(ids(ClippingFilter.ALL.withTag("China-US"))).containsExactly(yellen, taiwanZh, qin);
        assertThat(ids(ClippingFilter.ALL.withTag("china-us/taiwan"))).containsExactly(taiwanZh, qin);
        assertThat(ids(ClippingFilter.ALL.withTags(List.of("China-US/Taiwan", "Blinken"), false))).containsExactly(qin);
        assertThat(ids(ClippingFilter.ALL.withTags(List.of("China-US/Trade", "Blinken"), true))).containsExactly(yellen, qin);
        ClippingFilter unknown = ClippingFilter.ALL.withTag("Nope");
        assertThat(ids(unknown)).isEmpty();
        assertThat(search.warnings(unknown)).containsExactly("No tag 'Nope'");
    }

    @Test
    void dateSourceAndUndatedFilters() {
        assertThat(ids(ClippingFilter.ALL.withDates(LocalDate.of(2023, 6, 14), LocalDate.of(2023, 6, 14)))).containsExactly(qin);
        assertThat(ids(ClippingFilter.ALL.withDates(LocalDate.of(2023, 6, 15), null))).containsExactly(yellen, taiwanZh);
        assertThat(ids(ClippingFilter.ALL.withUndatedOnly(true))).containsExactly(undated);
        assertThat(ids(ClippingFilter.ALL.withSource("reuters"))).containsExactly(yellen);
        assertThat(ids(ClippingFilter.ALL.withIds(List.of(qin, undated)))).containsExactly(qin, undated);
    }

    @Test
    void tagTreeCountsEachClippingOnceUnderEveryAncestorForTheFilter() {
        List<TagNode> tree = search.tagTree(ClippingFilter.ALL);
        TagNode chinaUs = tree.stream().filter(n -> n.tag().path().equals("China-US")).findFirst().orElseThrow();
        assertThat(chinaUs.count()).isEqualTo(3);
        assertThat(chinaUs.children()).extracting(n -> n.tag().name() + "=" + n.count()).containsExactly("Taiwan=2", "Trade=1");
        List<TagNode> filtered = search.tagTree(ClippingFilter.ALL.withQuery("Blinken"));
        assertThat(filtered.stream().filter(n -> n.tag().path().equals("China-US")).findFirst().orElseThrow().count()).isEqualTo(1);
    }

    @Test
    void monthHistogramAndDays() {
        assertThat(search.months(ClippingFilter.ALL)).containsExactly(
                new MonthCount(YearMonth.of(2023, 6), 2), new MonthCount(YearMonth.of(2023, 7), 1));
        assertThat(search.days(ClippingFilter.ALL, LocalDate.of(2023, 6, 1), LocalDate.of(2023, 6, 30)))
                .containsExactly(new DayCount(LocalDate.of(2023, 6, 14), 1), new DayCount(LocalDate.of(2023, 6, 19), 1));
        ArchiveStats stats = search.stats();
        assertThat(stats.clippings()).isEqualTo(4);
        assertThat(stats.undated()).isEqualTo(1);
        assertThat(stats.earliest()).isEqualTo(LocalDate.of(2023, 6, 14));
    }

    @Test
    void trashIsSkippedBySearchAndShownOnItsOwn() {
        store.moveToTrash(List.of(qin));
        assertThat(ids(ClippingFilter.ALL.withQuery("Blinken"))).isEmpty();
        assertThat(ids(ClippingFilter.ALL.inTrash(true))).containsExactly(qin);
        assertThat(search.tagTree(ClippingFilter.ALL).stream().filter(n -> n.tag().path().equals("Blinken")).findFirst()
                .orElseThrow().count()).isZero();
    }

    @Test
    void editsAreReindexed() {
        store.update(yellen, new ClippingEdit("Yellen in Beijing", "Janet Yellen met Premier Li Qiang.", "follow up", null, null, null, null));
        assertThat(ids(ClippingFilter.ALL.withQuery("Qiang"))).containsExactly(yellen);
        assertThat(ids(ClippingFilter.ALL.withQuery("Treasury"))).isEmpty();
        assertThat(ids(ClippingFilter.ALL.withQuery("follow"))).containsExactly(yellen);
    }

    @Test
    void snippetsOfLongArticlesFindMatchesEarlyOrLate() {
        String filler = "word ".repeat(3_000);
        SearchQuery q = SearchQuery.parse("taiwan");
        Snippet early = Snippets.snippet("Taiwan first. " + filler, q);
        assertThat(early.text().substring(early.ranges().get(0).start(), early.ranges().get(0).end())).isEqualTo("Taiwan");
        Snippet late = Snippets.snippet(filler + "then Taiwan at the end.", q);
        assertThat(late.ranges()).hasSize(1);
        assertThat(late.text().substring(late.ranges().get(0).start(), late.ranges().get(0).end())).isEqualTo("Taiwan");
        Snippet none = Snippets.snippet(filler, q);
        assertThat(none.ranges()).isEmpty();
    }

    @Test
    void hostileQueriesNeverReachSqliteAsSyntax() {
        List<String> hostile = List.of("\"", "AND", "OR", "*", "NEAR(", "-", "'); DROP TABLE clipping;--", "(".repeat(10_000),
                ")))", "\"\"", "^foo", "title:foo", "{title body}:x", "\u0000", "\uD800", "NOT", "a AND", "OR OR");
        for (String q : hostile) {
            ClippingFilter f = ClippingFilter.ALL.withQuery(q);
            assertThatCode(() -> {
                search.page(f, SortOrder.NEWEST, 0, 10);
                search.page(f, SortOrder.RELEVANCE, 0, 10);
                search.count(f);
                search.tagTree(f);
                search.months(f);
            }).as(q.length() > 40 ? q.substring(0, 40) : q).doesNotThrowAnyException();
        }
        assertThat(search.count(ClippingFilter.ALL)).isEqualTo(4);
    }

    @Test
    void randomQueriesNeverFailOnARealArchive() {
        List<String> pieces = List.of("\"", "(", ")", "*", "-", "OR ", "AND ", "NEAR(", "blinken ", "台湾", "vis-a-vis", "'", ":", " ");
        Fuzz.check(21, 300, f -> f.assemble(pieces, 20), q -> {
            ClippingFilter f = ClippingFilter.ALL.withQuery(q);
            search.page(f, SortOrder.RELEVANCE, 0, 5);
            search.count(f);
        });
    }
}
