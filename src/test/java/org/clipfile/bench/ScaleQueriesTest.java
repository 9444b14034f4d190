package org.clipfile.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.clipfile.archive.Archive;
import org.clipfile.archive.ClippingStore;
import org.clipfile.archive.DatePrecision;
import org.clipfile.archive.NewClipping;
import org.clipfile.archive.TagStore;
import org.clipfile.search.ClippingFilter;
import org.clipfile.search.ClippingRow;
import org.clipfile.search.ClippingSearch;
import org.clipfile.search.MonthCount;
import org.clipfile.search.SortOrder;
import org.clipfile.search.TagNode;
import org.clipfile.archive.Clipping;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The query plans and maintained counts added for large archives give the same answers as the
 * plain queries (ids(), per-tag count()) on a synthetic archive with some clippings in the trash.
 */
class ScaleQueriesTest {
    static final int SIZE = 3_000;

    @TempDir
    static Path dir;
    static Archive archive;
    static ClippingSearch search;
    static SyntheticCorpus corpus = new SyntheticCorpus(11, 20, 80);

    @BeforeAll
    static void build() {
        archive = Archive.open(dir.resolve("a.db"));
        ClippingStore store = new ClippingStore(archive);
        List<NewClipping> batch = new ArrayList<>();
        for (int i = 0; i < SIZE; i++) {
            batch.add(corpus.clipping(i));
            if (batch.size() == 500) {
                store.addAll(batch);
                batch.clear();
            }
        }
        List<Long> trash = new ArrayList<>();
        for (long id = 1; id <= SIZE; id += 17) {
            trash.add(id);
        }
        store.moveToTrash(trash);
        // Bulk edits keep the maintained counts right.
        TagStore tags = new TagStore(archive);
        tags.assign(List.of(2L, 3L, 4L, 18L), "Edited/New tag");
        tags.unassign(List.of(3L), "Edited/New tag");
        tags.rename(corpus.hotTag(), "Elsewhere/Watch");
        search = new ClippingSearch(archive);
    }

    @AfterAll
    static void close() {
        archive.close();
    }

    @Test
    void firstPagesMatchThePlainOrderForCommonAndRareWordsAndFilters() {
        List<ClippingFilter> filters = List.of(
                ClippingFilter.ALL.withQuery(corpus.commonWord()),
                ClippingFilter.ALL.withQuery(corpus.rareWord()),
                ClippingFilter.ALL.withQuery("\"" + corpus.phrase() + "\""),
                ClippingFilter.ALL.withQuery(corpus.cjkSubstring()),
                ClippingFilter.ALL.withQuery(corpus.commonWord()).withTag(corpus.topTag()),
                ClippingFilter.ALL.withQuery(corpus.commonWord() + " -" + corpus.rareWord()),
                ClippingFilter.ALL.withQuery(corpus.commonWord()).inTrash(true),
                ClippingFilter.ALL.withTag(corpus.midTag()),
                ClippingFilter.ALL.withTag(corpus.midTag()).withDates(LocalDate.of(2022, 1, 1), LocalDate.of(2023, 6, 30)));
        for (ClippingFilter f : filters) {
            for (SortOrder sort : List.of(SortOrder.NEWEST, SortOrder.OLDEST, SortOrder.TITLE)) {
                List<Long> all = search.ids(f, sort);
                for (int offset : new int[] {0, 40}) {
                    List<Long> page = search.page(f, sort, offset, 50).stream().map(ClippingRow::id).toList();
                    assertThat(page).as(f + " " + sort + " @" + offset)
                            .isEqualTo(all.subList(Math.min(offset, all.size()), Math.min(offset + 50, all.size())));
                }
            }
            List<Long> relevance = search.page(f, SortOrder.RELEVANCE, 0, 1_000_000).stream().map(ClippingRow::id).sorted().toList();
            assertThat(relevance).as(f + " relevance").isEqualTo(search.ids(f, SortOrder.NEWEST).stream().sorted().toList());
        }
    }

    @Test
    void relevancePagesFollowBm25OverAllMatchesForAnyFilter() {
        String word = corpus.commonWord();
        // bm25 depends only on the archive, not on the filter: the filter's ranking is the global one, restricted.
        List<Long> global = archive.read(c -> {
            List<Long> out = new ArrayList<>();
            try (var ps = c.prepareStatement("SELECT rowid FROM clipping_fts WHERE clipping_fts MATCH ?"
                    + " ORDER BY bm25(clipping_fts, 10.0, 1.0, 2.0), rowid DESC")) {
                ps.setString(1, "\"" + word + "\"");
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
            }
            return out;
        });
        assertThat(global).hasSizeGreaterThan(1_000);
        List<ClippingFilter> filters = List.of(
                ClippingFilter.ALL.withQuery(word),
                ClippingFilter.ALL.withQuery(word).withTag(corpus.topTag()),
                ClippingFilter.ALL.withQuery(word).withTag(corpus.topTag()).withDates(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31)),
                ClippingFilter.ALL.withQuery(word).withTags(List.of(corpus.topTag(), corpus.midTag()), true),
                ClippingFilter.ALL.withQuery(word + " -" + corpus.phrase().split(" ")[0]),
                ClippingFilter.ALL.withQuery(word).withSource("Reuters"),
                ClippingFilter.ALL.withQuery(word).withUndatedOnly(true),
                ClippingFilter.ALL.withQuery(word).inTrash(true),
                ClippingFilter.ALL.withQuery(word).withTag("No such tag"));
        // Without facets every page is scored by SQLite; with them, pages after the first (and any page
        // once the query is ranked) walk the kept ranking of all matches.
        ClippingSearch withFacets = new ClippingSearch(archive);
        assertThat(withFacets.prepareFacets()).isTrue();
        for (ClippingFilter f : filters) {
            java.util.Set<Long> members = new java.util.HashSet<>(search.ids(f, SortOrder.NEWEST));
            List<Long> expected = global.stream().filter(members::contains).toList();
            for (ClippingSearch s : List.of(search, withFacets)) {
                for (int offset : new int[] {0, 7, 100, 0, expected.size() - 5}) {
                    List<Long> page = s.page(f, SortOrder.RELEVANCE, offset, 60).stream().map(ClippingRow::id).toList();
                    int from = Math.max(0, Math.min(offset, expected.size()));
                    assertThat(page).as(f + " @" + offset + (s == search ? "" : " with facets"))
                            .isEqualTo(expected.subList(from, Math.min(from + 60, expected.size())));
                }
            }
        }
        // A change of any clipping's text changes every score: the kept ranking must go.
        ClippingFilter plain = ClippingFilter.ALL.withQuery(word);
        List<Long> before = withFacets.page(plain, SortOrder.RELEVANCE, 30, 10).stream().map(ClippingRow::id).toList();
        long last = global.get(global.size() - 1);
        var store = new org.clipfile.archive.ClippingStore(archive);
        var worst = store.get(last).orElseThrow();
        store.update(last, new org.clipfile.archive.ClippingEdit(word + " " + word + " " + word, worst.text(), worst.notes(), worst.date(),
                worst.source(), worst.url(), worst.author()));
        try {
            List<Long> best = withFacets.page(plain, SortOrder.RELEVANCE, 0, 40).stream().map(ClippingRow::id).toList();
            assertThat(best).as("edited clipping now ranks near the top").contains(last);
            assertThat(withFacets.page(plain, SortOrder.RELEVANCE, 0, 40)).isEqualTo(search.page(plain, SortOrder.RELEVANCE, 0, 40));
            assertThat(withFacets.page(plain, SortOrder.RELEVANCE, 30, 10)).isEqualTo(search.page(plain, SortOrder.RELEVANCE, 30, 10))
                    .extracting(ClippingRow::id).isNotEqualTo(before);
        } finally {
            store.update(last, new org.clipfile.archive.ClippingEdit(worst.title(), worst.text(), worst.notes(), worst.date(),
                    worst.source(), worst.url(), worst.author()));
        }
    }

    @Test
    void tagTreeOfTheWholeArchiveMatchesPerTagCounts() {
        Map<String, Long> tree = flatten(search.tagTree(ClippingFilter.ALL));
        assertThat(tree).containsKey("Edited/New tag").containsKey("Elsewhere/Watch");
        assertThat(tree.get("Edited/New tag")).isEqualTo(search.count(ClippingFilter.ALL.withTag("Edited/New tag")));
        for (Map.Entry<String, Long> e : tree.entrySet()) {
            assertThat(e.getValue()).as(e.getKey()).isEqualTo(search.count(ClippingFilter.ALL.withTag(e.getKey())));
        }
        Map<String, Long> trash = flatten(search.tagTree(ClippingFilter.ALL.inTrash(true)));
        for (Map.Entry<String, Long> e : trash.entrySet()) {
            assertThat(e.getValue()).as("trash " + e.getKey()).isEqualTo(search.count(ClippingFilter.ALL.inTrash(true).withTag(e.getKey())));
        }
        Map<String, Long> filtered = flatten(search.tagTree(ClippingFilter.ALL.withQuery(corpus.commonWord())));
        for (Map.Entry<String, Long> e : filtered.entrySet()) {
            assertThat(e.getValue()).as("filtered " + e.getKey())
                    .isEqualTo(search.count(ClippingFilter.ALL.withQuery(corpus.commonWord()).withTag(e.getKey())));
        }
    }

    @Test
    void monthHistogramMatchesTheClippings() {
        for (ClippingFilter f : List.of(ClippingFilter.ALL, ClippingFilter.ALL.withTag(corpus.topTag()),
                ClippingFilter.ALL.withQuery(corpus.commonWord()))) {
            Map<YearMonth, Long> expected = new TreeMap<>();
            search.scan(f, SortOrder.NEWEST, new ClippingSearch.Scan() {
                @Override
                public void begin(long total) {
                }

                @Override
                public void accept(Clipping c) {
                    if (c.date() != null && c.date().precision() != DatePrecision.YEAR) {
                        expected.merge(YearMonth.from(c.date().start()), 1L, Long::sum);
                    }
                }
            });
            Map<YearMonth, Long> actual = new TreeMap<>();
            for (MonthCount m : search.months(f)) {
                actual.put(m.month(), m.count());
            }
            assertThat(actual).as(f.toString()).isEqualTo(expected);
        }
    }

    @Test
    void oldestFirstScanIsTheOldestFirstOrderWithUndatedLast() {
        ClippingFilter f = ClippingFilter.ALL.withTag(corpus.topTag());
        List<Long> scanned = new ArrayList<>();
        long[] announced = new long[1];
        long n = search.scan(f, SortOrder.OLDEST, new ClippingSearch.Scan() {
            @Override
            public void begin(long total) {
                announced[0] = total;
            }

            @Override
            public void accept(Clipping c) {
                scanned.add(c.id());
            }
        });
        assertThat(scanned).isEqualTo(search.ids(f, SortOrder.OLDEST));
        assertThat(n).isEqualTo(announced[0]).isEqualTo(scanned.size());
    }

    private static Map<String, Long> flatten(List<TagNode> nodes) {
        Map<String, Long> out = new HashMap<>();
        for (TagNode n : nodes) {
            if (n.count() > 0) {
                out.put(n.tag().path(), n.count());
            }
            out.putAll(flatten(n.children()));
        }
        return out;
    }
}
