package org.clipfile.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clipfile.archive.Archive;
import org.clipfile.archive.ClippingStore;
import org.clipfile.archive.NewClipping;
import org.clipfile.bench.SyntheticCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every plan of {@link ClippingSearch#page} for date orders (text index drives, tags drive, date
 * walk with collected matches, date walk with per-row text checks) returns exactly the rows of the
 * plain ordered query. Lowered thresholds reach the large-archive plans on a small archive.
 */
class DateOrderPlansTest {
    @TempDir
    static Path dir;
    static Archive archive;
    static final SyntheticCorpus corpus = new SyntheticCorpus(3, 20, 60);

    @BeforeAll
    static void build() {
        archive = Archive.open(dir.resolve("a.db"));
        ClippingStore store = new ClippingStore(archive);
        List<NewClipping> batch = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            batch.add(corpus.clipping(i));
        }
        store.addAll(batch);
        store.moveToTrash(List.of(5L, 6L, 7L, 100L, 1_000L));
    }

    @AfterAll
    static void close() {
        archive.close();
    }

    @Test
    void everyPlanGivesThePlainOrder() {
        long[][] settings = {{500, 150}, {1, 150}, {1, 1}, {100_000, 150}};
        List<ClippingFilter> filters = List.of(
                ClippingFilter.ALL,
                ClippingFilter.ALL.withQuery(corpus.commonWord()),
                ClippingFilter.ALL.withQuery(corpus.rareWord()),
                ClippingFilter.ALL.withQuery("\"" + corpus.phrase() + "\""),
                ClippingFilter.ALL.withQuery(corpus.commonWord()).withTag(corpus.topTag()),
                ClippingFilter.ALL.withQuery(corpus.commonWord()).withTags(List.of(corpus.topTag(), corpus.hotTag()), true),
                ClippingFilter.ALL.withQuery("-" + corpus.commonWord()),
                ClippingFilter.ALL.withTag(corpus.midTag()),
                ClippingFilter.ALL.withTag(corpus.hotTag()).withDates(LocalDate.of(2021, 1, 1), LocalDate.of(2024, 12, 31)),
                ClippingFilter.ALL.withTag("No/Such tag"),
                ClippingFilter.ALL.withIds(List.of(1L, 2L, 3L, 5L, 400L)).withQuery(corpus.commonWord()));
        for (long[] s : settings) {
            ClippingSearch search = new ClippingSearch(archive, SearchTuning.DEFAULT.withPlans(s[0], s[1]));
            for (ClippingFilter f : filters) {
                for (SortOrder sort : List.of(SortOrder.NEWEST, SortOrder.OLDEST)) {
                    List<Long> all = search.ids(f, sort);
                    for (int offset : new int[] {0, 30}) {
                        List<Long> page;
                        try {
                            page = search.page(f, sort, offset, 40).stream().map(ClippingRow::id).toList();
                        } catch (RuntimeException e) {
                            throw new AssertionError(f + " " + sort + " thresholds " + s[0] + "/" + s[1], e);
                        }
                        assertThat(page).as(f + " " + sort + " @" + offset + " thresholds " + s[0] + "/" + s[1])
                                .isEqualTo(all.subList(Math.min(offset, all.size()), Math.min(offset + 40, all.size())));
                    }
                }
            }
        }
    }
}
