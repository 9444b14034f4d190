package org.clipfile.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clipfile.archive.Archive;
import org.clipfile.archive.ClippingStore;
import org.clipfile.archive.DateOrigin;
import org.clipfile.archive.NewClipping;
import org.clipfile.archive.PublishedDate;
import org.clipfile.testing.TestArchives;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The filter is resolved in one place, and every engine answers each of its fields alike. */
class FilterPlanTest {
    @TempDir
    Path dir;
    Archive archive;
    ClippingStore store;

    @BeforeEach
    void open() {
        archive = Archive.open(TestArchives.file(dir), Archive.Options.NO_DAILY_BACKUP);
        store = new ClippingStore(archive);
    }

    @AfterEach
    void close() {
        archive.close();
    }

    /** A value for each field of the filter that narrows it, by the field's name. */
    private static Object narrowing(RecordComponent field) {
        return switch (field.getName()) {
            case "query" -> "taiwan";
            case "tags" -> List.of("China-US");
            case "anyTag", "undatedOnly", "trash" -> true;
            case "from", "to" -> LocalDate.of(2023, 1, 1);
            case "source" -> "Reuters";
            case "author" -> "David Brunnstrom";
            case "ids" -> List.of(1L);
            default -> throw new AssertionError("a new filter field '" + field.getName()
                    + "': give it a value here, and a line in FilterPlan.resolve");
        };
    }

    @Test
    void everyFieldOfTheFilterReachesThePlan() throws Exception {
        RecordComponent[] fields = ClippingFilter.class.getRecordComponents();
        FilterPlan.TagLookup tags = FilterPlan.TagLookup.ofStore();
        new TagLookupFixture(archive).tag("China-US");
        FilterPlan all = archive.read(c -> FilterPlan.resolve(c, ClippingFilter.ALL, tags));
        for (RecordComponent field : fields) {
            if (field.getName().equals("anyTag")) {
                continue; // says how tags combine: nothing on its own
            }
            Object[] values = new Object[fields.length];
            for (int i = 0; i < fields.length; i++) {
                values[i] = fields[i].getAccessor().invoke(ClippingFilter.ALL);
                if (fields[i].equals(field)) {
                    values[i] = narrowing(field);
                }
            }
            ClippingFilter f = (ClippingFilter) ClippingFilter.class.getDeclaredConstructors()[0].newInstance(values);
            FilterPlan plan = archive.read(c -> FilterPlan.resolve(c, f, tags));
            assertThat(plan.conditions.size() + (plan.query.isEmpty() ? 0 : 1) + (plan.trash ? 1 : 0))
                    .as("the field %s changes the plan", field.getName())
                    .isGreaterThan(all.conditions.size());
            assertThat(f.describe()).as("the export records %s", field.getName()).isNotEmpty();
        }
    }

    @Test
    void byAuthorFindsTheWholeFieldWithCaseAsideInEveryEngine() {
        List<NewClipping> batch = new ArrayList<>();
        String[] authors = {"David Brunnstrom", "david brunnstrom", "David Brunnstrom and Michael Martina", null, "王毅"};
        for (int i = 0; i < 50; i++) {
            batch.add(new NewClipping("Story " + i, "Trade talks " + i, "", PublishedDate.day(LocalDate.of(2020, 1, 1).plusDays(i), DateOrigin.USER),
                    "Reuters", null, authors[i % authors.length], List.of(), null, null));
        }
        store.addAll(batch);
        ClippingSearch sql = new ClippingSearch(archive);
        ClippingSearch facets = new ClippingSearch(archive);
        assertThat(facets.prepareFacets()).isTrue();
        ClippingFilter byDavid = ClippingFilter.ALL.withAuthor("DAVID BRUNNSTROM");
        for (ClippingSearch search : List.of(sql, facets)) {
            assertThat(search.count(byDavid)).isEqualTo(20);
            assertThat(search.page(byDavid, SortOrder.NEWEST, 0, 100)).hasSize(20);
            assertThat(search.months(byDavid).stream().mapToLong(MonthCount::count).sum()).isEqualTo(20);
            assertThat(search.count(ClippingFilter.ALL.withAuthor("王毅"))).isEqualTo(10);
            assertThat(search.count(byDavid.withQuery("talks").withDates(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 10)))).isEqualTo(4);
            assertThat(search.count(ClippingFilter.ALL.withAuthor("Brunnstrom"))).as("whole field, not a part").isZero();
        }
        long[] exported = new long[1];
        sql.scan(byDavid, SortOrder.OLDEST, new ClippingSearch.Scan() {
            @Override
            public void begin(long total) {
            }

            @Override
            public void accept(org.clipfile.archive.Clipping clipping) {
                assertThat(clipping.author()).isEqualToIgnoringCase("David Brunnstrom");
                exported[0]++;
            }
        });
        assertThat(exported[0]).isEqualTo(20);
        assertThat(byDavid.describe()).containsEntry("author", "DAVID BRUNNSTROM");
    }

    /** Makes tags through the store, as the analyst would. */
    private record TagLookupFixture(Archive archive) {
        void tag(String path) {
            long id = new ClippingStore(archive).add(TestArchives.clipping("Tagged", "tagged " + path, null, path)).id();
            assertThat(id).isPositive();
        }
    }
}
