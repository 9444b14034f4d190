package org.clipfile.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clipfile.archive.Archive;
import org.clipfile.archive.ArchiveAddress;
import org.clipfile.archive.ClippingStore;
import org.clipfile.archive.NewClipping;
import org.clipfile.bench.SyntheticCorpus;
import org.clipfile.testing.PostgresExtension;
import org.clipfile.testing.PostgresServer;
import org.clipfile.testing.TestEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every plan of {@link ClippingSearch#page} for date orders (text index drives, tags drive, date
 * walk with collected matches, date walk with per-row text checks; on PostgreSQL, few text matches
 * collected and sorted or a date walk asking the text index per row) returns exactly the rows of
 * the plain ordered query, on both engines. Lowered thresholds reach the large-archive plans on a
 * small archive.
 */
@ParameterizedClass
@EnumSource(TestEngine.class)
@ExtendWith(PostgresExtension.class)
class DateOrderPlansTest {
    @Parameter
    TestEngine engine;
    @TempDir
    Path dir;
    static final SyntheticCorpus corpus = new SyntheticCorpus(3, 20, 60);

    static Archive build(TestEngine engine, Path dir, PostgresServer server) {
        Archive archive = engine.open(dir, server);
        ClippingStore store = new ClippingStore(archive);
        List<NewClipping> batch = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            batch.add(corpus.clipping(i));
        }
        store.addAll(batch);
        store.moveToTrash(List.of(5L, 6L, 7L, 100L, 1_000L));
        if (archive.address() instanceof ArchiveAddress.Server team) {
            // Statistics, as autovacuum gives a real archive: a common word is then known as common.
            server.admin(team.database(), "ANALYZE");
        }
        return archive;
    }

    @Test
    void everyPlanGivesThePlainOrder(PostgresServer server) {
        try (Archive archive = build(engine, dir, server)) {
            everyPlanGivesThePlainOrder(archive);
        }
    }

    private void everyPlanGivesThePlainOrder(Archive archive) {
        long[][] settings = {{500, 150}, {1, 150}, {1, 1}, {100_000, 150}};
        List<ClippingFilter> filters = List.of(
                ClippingFilter.ALL,
                ClippingFilter.ALL.withQuery(corpus.commonWord()),
                ClippingFilter.ALL.withQuery(corpus.rareWord()),
                ClippingFilter.ALL.withQuery("\"" + corpus.phrase() + "\""),
                ClippingFilter.ALL.withQuery(corpus.cjkSubstring()),
                ClippingFilter.ALL.withQuery(corpus.rareWord()).withTag(corpus.topTag()),
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
                            throw new AssertionError(engine + " " + f + " " + sort + " thresholds " + s[0] + "/" + s[1], e);
                        }
                        assertThat(page).as(engine + " " + f + " " + sort + " @" + offset + " thresholds " + s[0] + "/" + s[1])
                                .isEqualTo(all.subList(Math.min(offset, all.size()), Math.min(offset + 40, all.size())));
                    }
                }
            }
        }
    }
}
