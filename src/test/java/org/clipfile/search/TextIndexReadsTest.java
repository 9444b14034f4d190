package org.clipfile.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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

/**
 * On a team archive of long articles (each stored document is past 2 KB, so PostgreSQL keeps it
 * out of the row), the counts a filter's query needs, and the ranking of its matches, read them
 * through the text index.
 * The planner prices a scan of the text rows by their narrow table and scans for a common word,
 * opening every article's document: a count on 100k long articles took 0.9 s so, 60–90 ms
 * through the index. The server's own tally of the transaction's table scans is the witness.
 */
@ExtendWith(PostgresExtension.class)
class TextIndexReadsTest {
    @TempDir
    Path dir;
    static final SyntheticCorpus corpus = new SyntheticCorpus(5, 1_500, 2_000);

    @Test
    void aQuerysCountsAndRankingReadTheTextIndexNotEveryDocument(PostgresServer server) {
        try (Archive archive = TestEngine.POSTGRESQL.open(dir, server)) {
            List<NewClipping> batch = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                batch.add(corpus.clipping(i));
            }
            new ClippingStore(archive).addAll(batch);
            server.admin(((ArchiveAddress.Server) archive.address()).database(), "ANALYZE");
            FilterPlan.TagLookup tags = FilterPlan.TagLookup.ofStore();
            for (ClippingFilter filter : List.of(
                    ClippingFilter.ALL.withQuery(corpus.commonWord()),
                    ClippingFilter.ALL.withQuery("-" + corpus.rareWord()),
                    ClippingFilter.ALL.withQuery(corpus.commonWord()).withTag(corpus.topTag()))) {
                archive.read(c -> {
                    FilterPlan plan = FilterPlan.resolve(c, filter, tags);
                    SqlCounter counter = new SqlCounter(c);
                    assertThat(counter.count(plan)).as(filter.query()).isPositive();
                    assertThat(counter.tagCounts(plan)).as(filter.query()).isNotEmpty();
                    assertThat(counter.months(plan)).as(filter.query()).isNotEmpty();
                    counter.years(plan);
                    counter.days(plan, LocalDate.of(1990, 1, 1), LocalDate.of(2030, 1, 1));
                    if (plan.textMatch().isPresent()) {
                        assertThat(FacetRankings.rank(c, plan.textMatch().get())).isNotEmpty();
                    }
                    assertThat(textTableScans(c)).as("scans of the text rows for " + filter.query()).isZero();
                    return null;
                });
            }
        }
    }

    /** Sequential scans of {@code clipping_text} in this transaction so far. */
    private static long textTableScans(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT seq_scan FROM pg_stat_xact_user_tables WHERE relname = 'clipping_text'");
                ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
