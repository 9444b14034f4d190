package org.clipfile.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.clipfile.testing.PostgresExtension;
import org.clipfile.testing.PostgresServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team archive's facets kept on disk between opens: the next open starts from them only when
 * they are this database's past, brings them up to date from what colleagues changed meanwhile,
 * and then answers exactly as SQL does; a copy that is not to be trusted (another past written
 * into the database, a damaged file) is never used, and the answers stay exact.
 */
@ExtendWith(PostgresExtension.class)
class FacetCacheTest {
    private static final String[] TAGS = {"China-US", "China-US/Taiwan", "China-US/Trade", "Blinken", "Europe/EU"};
    private static final String[] WORDS = {"taiwan", "tariff", "summit", "blinken", "chips", "台湾"};

    @TempDir
    Path dir;
    ArchiveAddress.Server team;
    final Random random = new Random(11);

    @BeforeEach
    void seed(PostgresServer server) {
        team = server.newDatabase();
        try (Archive archive = Archive.open(team, Archive.Options.NO_DAILY_BACKUP)) {
            List<NewClipping> batch = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                batch.add(clipping(i));
            }
            new ClippingStore(archive).addAll(batch);
        }
    }

    NewClipping clipping(int i) {
        StringBuilder text = new StringBuilder("Clipping " + i + ":");
        for (int w = 0; w < 3; w++) {
            text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        LocalDate day = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(5 * 365));
        PublishedDate date = switch (random.nextInt(4)) {
            case 0 -> null;
            case 1 -> new PublishedDate(day.withDayOfMonth(1), DatePrecision.MONTH, DateOrigin.USER);
            default -> PublishedDate.day(day, DateOrigin.USER);
        };
        return new NewClipping("Title " + i, text.toString(), "", date, null, null, null,
                List.of(TAGS[random.nextInt(TAGS.length)]), null, null);
    }

    /** A window's open: a new search whose facets are prepared with the cache folder. */
    ClippingSearch open(Archive archive) {
        ClippingSearch search = new ClippingSearch(archive);
        assertThat(search.prepareFacets(dir.resolve("facets"))).isTrue();
        return search;
    }

    void assertExact(ClippingSearch search, Archive archive) {
        ClippingSearch sql = new ClippingSearch(archive);
        List<ClippingFilter> filters = new ArrayList<>(List.of(ClippingFilter.ALL, ClippingFilter.ALL.inTrash(true),
                ClippingFilter.ALL.withQuery("taiwan"), ClippingFilter.ALL.withDates(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31)),
                ClippingFilter.ALL.withUndatedOnly(true)));
        for (String tag : TAGS) {
            filters.add(ClippingFilter.ALL.withTag(tag));
        }
        filters.add(ClippingFilter.ALL.withTag("Europe/EU/Brussels"));
        for (ClippingFilter f : filters) {
            assertThat(FacetIndexTest.answers(search, f)).as("kept facets vs SQL for %s", f).isEqualTo(FacetIndexTest.answers(sql, f));
        }
    }

    /** What colleagues do while this analyst's window is closed. */
    void colleaguesChangeThings() {
        try (Archive other = Archive.open(team, Archive.Options.NO_DAILY_BACKUP)) {
            ClippingStore store = new ClippingStore(other);
            TagStore tags = new TagStore(other);
            tags.assign(List.of(1L, 2L, 3L, 50L), "Europe/EU/Brussels");
            tags.unassign(List.of(4L, 5L, 6L, 7L, 8L, 9L), "China-US");
            store.moveToTrash(List.of(10L, 11L));
            store.add(clipping(1000));
            var c = store.get(12L).orElseThrow();
            store.update(c.id(), new ClippingEdit(c.title(), c.text() + " zebra", c.notes(),
                    PublishedDate.day(LocalDate.of(2024, 2, 29), DateOrigin.USER), c.source(), c.url(), c.author()));
            tags.rename("China-US/Trade", "Trade war");
            tags.delete("Blinken");
        }
    }

    @Test
    void theNextOpenStartsFromTheKeptFacetsAndCatchesUpWithColleagues() throws Exception {
        try (Archive archive = Archive.open(team, Archive.Options.NO_DAILY_BACKUP)) {
            ClippingSearch first = open(archive);
            assertThat(first.facetsFromKeptCopy()).as("nothing kept yet").isFalse();
            assertThat(Files.list(dir.resolve("facets"))).as("kept for the next open").hasSize(1);
        }
        colleaguesChangeThings();
        try (Archive archive = Archive.open(team, Archive.Options.NO_DAILY_BACKUP)) {
            ClippingSearch again = open(archive);
            assertThat(again.facetsFromKeptCopy()).isTrue();
            assertExact(again, archive);
            new TagStore(archive).assign(List.of(20L, 21L), "Blinken"); // and it stays exact as this window works
            assertExact(again, archive);
        }
    }

    @Test
    void facetsBuiltAgainAndAgainOnOneConnectionReadTheSameIds() {
        // The driver receives a statement's arrays in binary after its fifth run, and renders those differently.
        try (Archive archive = Archive.open(team, Archive.Options.NO_DAILY_BACKUP)) {
            for (int i = 0; i < 8; i++) {
                ClippingSearch search = new ClippingSearch(archive);
                assertThat(search.prepareFacets()).isTrue();
                assertExact(search, archive);
            }
        }
    }

    @Test
    void anotherPastWrittenIntoTheDatabaseIsNeverTakenForThisOne() {
        try (Archive archive = Archive.open(team, Archive.Options.NO_DAILY_BACKUP)) {
            open(archive);
        }
        // A dump restored into the same database writes every row anew: the journal's rows get a new writer.
        try (Archive admin = Archive.open(team, Archive.Options.NO_DAILY_BACKUP)) {
            admin.write(c -> {
                try (var s = c.createStatement()) {
                    s.executeUpdate("UPDATE clipping_change SET clipping_id = clipping_id");
                    s.executeUpdate("UPDATE clipping SET published = '2001-01-01', precision = 'day' WHERE id <= 100");
                }
                return null;
            });
        }
        try (Archive archive = Archive.open(team, Archive.Options.NO_DAILY_BACKUP)) {
            ClippingSearch again = open(archive);
            assertThat(again.facetsFromKeptCopy()).isFalse();
            assertExact(again, archive);
        }
    }

    @Test
    void aDamagedKeptFileIsBuiltAnewAndAFileArchiveKeepsNothing() throws Exception {
        try (Archive archive = Archive.open(team, Archive.Options.NO_DAILY_BACKUP)) {
            open(archive);
        }
        Path kept;
        try (var files = Files.list(dir.resolve("facets"))) {
            kept = files.findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(kept);
        Files.write(kept, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        try (Archive archive = Archive.open(team, Archive.Options.NO_DAILY_BACKUP)) {
            ClippingSearch again = open(archive);
            assertThat(again.facetsFromKeptCopy()).isFalse();
            assertExact(again, archive);
        }
        assertThat(Files.size(kept)).as("written whole again").isEqualTo(bytes.length);

        try (Archive file = Archive.open(dir.resolve("mine.db"))) {
            new ClippingStore(file).add(clipping(1));
            assertThat(new ClippingSearch(file).prepareFacets(dir.resolve("file-facets"))).isTrue();
        }
        assertThat(dir.resolve("file-facets")).doesNotExist();
    }

    @Test
    void keptFilesOfArchivesNoLongerOpenedAreDeletedAndOneInUseIsNot() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("facets"));
        Path forgotten = Files.writeString(folder.resolve("0123456789abcdef0123456789abcdef.facets"), "an archive last opened in spring");
        Path recent = Files.writeString(folder.resolve("fedcba9876543210fedcba9876543210.facets"), "an archive opened last week");
        Path stopped = Files.writeString(folder.resolve("x.facets123.partial"), "a write stopped halfway");
        java.time.Instant now = java.time.Instant.now();
        Files.setLastModifiedTime(forgotten, java.nio.file.attribute.FileTime.from(now.minus(FacetCache.UNUSED_FOR).minus(java.time.Duration.ofDays(1))));
        Files.setLastModifiedTime(recent, java.nio.file.attribute.FileTime.from(now.minus(java.time.Duration.ofDays(7))));
        Files.setLastModifiedTime(stopped, java.nio.file.attribute.FileTime.from(now.minus(java.time.Duration.ofDays(2))));
        try (Archive archive = Archive.open(team, Archive.Options.NO_DAILY_BACKUP)) {
            open(archive); // builds and keeps this archive's, which tidies the folder
        }
        assertThat(forgotten).doesNotExist();
        assertThat(stopped).doesNotExist();
        assertThat(recent).exists();
        Path kept;
        try (var files = Files.list(folder)) {
            kept = files.filter(f -> !f.equals(recent)).findFirst().orElseThrow();
        }
        Files.setLastModifiedTime(kept, java.nio.file.attribute.FileTime.from(now.minus(java.time.Duration.ofDays(30))));
        try (Archive archive = Archive.open(team, Archive.Options.NO_DAILY_BACKUP)) {
            assertThat(open(archive).facetsFromKeptCopy()).isTrue();
        }
        assertThat(Files.getLastModifiedTime(kept).toInstant()).as("used: its clock starts again")
                .isAfter(now.minus(java.time.Duration.ofMinutes(5)));
    }
}
