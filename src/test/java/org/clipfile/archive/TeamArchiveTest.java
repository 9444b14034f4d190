package org.clipfile.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.clipfile.testing.PostgresExtension;
import org.clipfile.testing.PostgresServer;
import org.clipfile.testing.TestArchives;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Several analysts on one team archive at once: each an Archive of its own on the same database. */
@ExtendWith(PostgresExtension.class)
class TeamArchiveTest {
    PostgresServer server;
    ArchiveAddress.Server team;
    final List<Archive> open = new ArrayList<>();

    @BeforeEach
    void database(PostgresServer pg) {
        server = pg;
        team = pg.newDatabase();
    }

    @AfterEach
    void close() {
        open.forEach(Archive::close);
    }

    Archive analyst() {
        Archive a = Archive.open(team, Archive.Options.NO_DAILY_BACKUP);
        open.add(a);
        return a;
    }

    /**
     * The facets read every tag row of the archive (7.5 million at a million clippings): held whole
     * by the driver, that was more than a 512 MB window had. Such a read gets its rows in chunks,
     * and other statements may run between two chunks of the same result; other reads do not (a
     * read fetched in parts is never planned in parallel).
     */
    @Test
    void aReadOfMillionsComesInChunksAndOtherStatementsMayRunBetweenThem() {
        Archive a = analyst();
        long[] seen = a.read(c -> {
            long rows = 0;
            long sum = 0;
            try (var big = c.prepareStatement("SELECT g FROM generate_series(1, 250000) AS g ORDER BY g");
                 var rs = SqlDialect.POSTGRESQL.streamed(big)) {
                assertThat(rs.getFetchSize()).as("rows held at a time").isEqualTo(SqlDialect.STREAM_ROWS);
                while (rs.next()) {
                    rows++;
                    sum += rs.getLong(1);
                    if (rows % 90_000 == 0) {
                        try (var other = c.createStatement(); var one = other.executeQuery("SELECT count(*) FROM clipping")) {
                            one.next();
                        }
                    }
                }
            }
            try (var small = c.prepareStatement("SELECT count(*) FROM clipping"); var rs = small.executeQuery()) {
                assertThat(rs.getFetchSize()).as("an ordinary read, in one piece").isZero();
            }
            return new long[] {rows, sum};
        });
        assertThat(seen).containsExactly(250_000L, 250_000L * 250_001L / 2);
    }

    @Test
    void othersChangesReachAnOpenWindowWithinTwoSecondsAndItsOwnDoNot() throws Exception {
        Archive mine = analyst();
        Archive theirs = analyst();
        try (ArchiveWatcher watcher = new ArchiveWatcher(mine)) {
            new ClippingStore(mine).add(TestArchives.clipping("Mine", "My own clipping.", "2023-01-01"));
            assertThat(watcher.changed()).as("my own write is no news").isFalse();

            CountDownLatch told = new CountDownLatch(1);
            watcher.start(Duration.ofMillis(200), told::countDown);
            long start = System.nanoTime();
            new ClippingStore(theirs).add(TestArchives.clipping("Theirs", "A colleague's clipping.", "2023-01-02"));
            assertThat(told.await(2, TimeUnit.SECONDS)).as("told within two seconds").isTrue();
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
        }
        CountDownLatch tagged = new CountDownLatch(1);
        try (ArchiveWatcher watcher = new ArchiveWatcher(mine)) {
            watcher.start(Duration.ofMillis(200), tagged::countDown);
            new TagStore(theirs).assign(List.of(1L), "Desk/Read");
            assertThat(tagged.await(2, TimeUnit.SECONDS)).as("a tagging is news too").isTrue();
        }
    }

    @Test
    void twoAnalystsImportingTheSameTextAtOnceStoreItOnceAndBothSucceed() throws Exception {
        Archive a = analyst();
        Archive b = analyst();
        List<NewClipping> batch = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            batch.add(TestArchives.clipping("Story " + i, "The same wire story number " + i + ".", "2023-02-01", "Desk/Wire"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            Callable<Integer> importA = () -> {
                go.await();
                int added = 0;
                for (int i = 0; i < batch.size(); i += 30) {
                    added += (int) new ClippingStore(a).addAll(batch.subList(i, i + 30)).stream().filter(AddResult::added).count();
                }
                return added;
            };
            Callable<Integer> importB = () -> {
                go.await();
                int added = 0;
                for (int i = batch.size(); i > 0; i -= 30) {
                    added += (int) new ClippingStore(b).addAll(batch.subList(i - 30, i)).stream().filter(AddResult::added).count();
                }
                return added;
            };
            Future<Integer> fa = pool.submit(importA);
            Future<Integer> fb = pool.submit(importB);
            go.countDown();
            assertThat(fa.get(60, TimeUnit.SECONDS) + fb.get(60, TimeUnit.SECONDS)).as("each text added by one of them").isEqualTo(300);
        } finally {
            pool.shutdownNow();
        }
        assertThat(a.<List<Long>>read(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT count(*), count(DISTINCT content_hash) FROM clipping")) {
                rs.next();
                return List.of(rs.getLong(1), rs.getLong(2));
            }
        })).containsExactly(300L, 300L);
        assertThat(new ArchiveCheck(a).run(false).healthy()).isTrue();
    }

    @Test
    void twoAnalystsTaggingAtOnceBothSucceedAndANewTagIsMadeOnce() throws Exception {
        Archive a = analyst();
        Archive b = analyst();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            ids.add(new ClippingStore(a).add(TestArchives.clipping("T" + i, "Text " + i, "2023-03-01")).id());
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> fa = pool.submit(() -> new TagStore(a).assign(ids.subList(0, 150), "Desk/Taiwan"));
            Future<?> fb = pool.submit(() -> new TagStore(b).assign(ids.subList(50, 200), "Desk/Taiwan"));
            fa.get(30, TimeUnit.SECONDS);
            fb.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(a.<List<Long>>read(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery(
                    "SELECT (SELECT count(*) FROM tag WHERE path_key LIKE 'desk/taiwan'), tc.clippings FROM tag_count tc"
                            + " JOIN tag t ON t.id = tc.tag_id WHERE t.path_key = 'desk/taiwan'")) {
                rs.next();
                return List.of(rs.getLong(1), rs.getLong(2));
            }
        })).containsExactly(1L, 200L);
        assertThat(new ArchiveCheck(a).run(false).healthy()).isTrue();
    }

    @Test
    void aReadOnlyLoginReadsAndEveryWriteSaysSoWithNothingChanged() {
        new ClippingStore(analyst()).add(TestArchives.clipping("One", "One text.", "2023-01-01", "Desk"));
        server.admin(team.database(), "CREATE ROLE viewer LOGIN", "GRANT pg_read_all_data TO viewer");
        try (Archive viewer = Archive.open(server.address(team.database(), "viewer"), Archive.Options.NO_DAILY_BACKUP)) {
            assertThat(new ClippingStore(viewer).get(1L)).isPresent();
            assertThatThrownBy(() -> new ClippingStore(viewer).add(TestArchives.clipping("Two", "Two.", null)))
                    .isInstanceOf(ArchiveException.class).hasMessageContaining("may only read").hasMessageContaining("nothing was changed");
            assertThatThrownBy(() -> new TagStore(viewer).assign(List.of(1L), "Other"))
                    .isInstanceOf(ArchiveException.class).hasMessageContaining("may only read");
        }
        assertThat(new ClippingStore(analyst()).get(2L)).isEmpty();
    }

    @Test
    void aLoginTheServerChecksWithAPasswordIsRefusedInASentenceWithoutItOrWithAWrongOne() {
        new ClippingStore(analyst()).add(TestArchives.clipping("One", "One text.", "2023-01-01", "Desk"));
        server.loginWithPassword("carla", "s3cret");
        ArchiveAddress.Server carla = server.address(team.database(), "carla");
        for (ArchiveAddress.Server refused : List.of(carla, carla.withLogin("carla", "wrong"))) {
            assertThatThrownBy(() -> Archive.open(refused, Archive.Options.NO_DAILY_BACKUP))
                    .isInstanceOf(ArchiveException.class)
                    .hasMessageStartingWith("The server of " + carla + " refused the login")
                    .hasMessageContaining("check the user name and password")
                    .message().doesNotContain("wrong").doesNotContain("s3cret");
        }
        try (Archive a = Archive.open(carla.withLogin("carla", "s3cret"), Archive.Options.NO_DAILY_BACKUP)) {
            assertThat(new ClippingStore(a).get(1L)).isPresent();
        }
    }

    @Test
    void aServerThatGoesAwaySaysSoAndTheArchiveWorksAgainWhenItIsBack() {
        Archive mine = analyst();
        new ClippingStore(mine).add(TestArchives.clipping("Before", "Stored before the outage.", "2023-01-01"));
        server.admin("postgres", "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + team.database() + "'");
        assertThatThrownBy(() -> new ClippingStore(mine).add(TestArchives.clipping("During", "Not stored.", "2023-01-02")))
                .isInstanceOf(ArchiveException.class).hasMessageContaining("cannot be reached").hasMessageContaining("nothing was changed");
        // The server is back (it never left; the sessions were cut): the next write reconnects and is stored.
        new ClippingStore(mine).add(TestArchives.clipping("After", "Stored after the outage.", "2023-01-03"));
        assertThat(mine.<String>read(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT string_agg(title, ',' ORDER BY id) FROM clipping")) {
                rs.next();
                return rs.getString(1);
            }
        })).isEqualTo("Before,After");
    }
}
