package org.clipfile.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;
import org.clipfile.archive.Archive;
import org.clipfile.archive.NewClipping;
import org.clipfile.cli.ClipfileCommand;
import org.clipfile.search.ClippingFilter;
import org.clipfile.search.ClippingSearch;
import org.clipfile.search.MonthCount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The realistic archive: same seed, same archive; the shape an analyst's archive has; never overwrites. */
class SampleArchiveTest {
    @TempDir
    Path dir;

    @Test
    void theSameSeedGivesTheSameStories() {
        WireStories a = new WireStories(7, 0.02);
        WireStories b = new WireStories(7, 0.02);
        WireStories c = new WireStories(8, 0.02);
        assertThat(a.clipping(123)).isEqualTo(b.clipping(123));
        assertThat(a.clipping(123)).isNotEqualTo(c.clipping(123));
    }

    @Test
    void storiesLookLikeADecadesLongWireArchive() {
        WireStories stories = new WireStories(1987, 0.02);
        List<NewClipping> all = LongStream.range(0, 4_000).mapToObj(stories::clipping).toList();
        long chinese = all.stream().filter(n -> n.title().codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)).count();
        long undated = all.stream().filter(n -> n.date() == null).count();
        long tagged = all.stream().filter(n -> !n.tags().isEmpty()).count();
        long wrapped = all.stream().filter(n -> n.text().matches("(?s).*[^\n]\n[^\n].*")).count(); // a break inside a paragraph
        assertThat(chinese).isBetween(120L, 280L); // about 5%
        assertThat(undated).isBetween(60L, 200L);
        assertThat(tagged).isBetween(40L, 130L); // about 2%
        assertThat(wrapped).as("hard-wrapped wire copy").isGreaterThan(200);
        assertThat(all).allSatisfy(n -> assertThat(n.source()).isNotBlank());
        assertThat(all.stream().filter(n -> n.date() != null).map(n -> n.date().start().getYear()).distinct().count()).isGreaterThan(30);
        // Growing over time: the last five years hold far more than the first five.
        long early = all.stream().filter(n -> n.date() != null && n.date().start().getYear() < 1992).count();
        long late = all.stream().filter(n -> n.date() != null && n.date().start().getYear() > 2018).count();
        assertThat(late).isGreaterThan(5 * early);
        assertThat(WireStories.allTags()).hasSizeGreaterThan(200).anyMatch(t -> t.split("/").length == 4);
    }

    @Test
    void buildsAnArchiveWithGapsAndSpikesAndATrash() throws Exception {
        Path file = dir.resolve("sample.db");
        SampleArchive.Built built = SampleArchive.build(file, 3_000, 1987, 0.05, org.clipfile.work.Progress.NONE);
        assertThat(built.trashed()).isPositive();
        try (Archive archive = Archive.open(file)) {
            ClippingSearch search = new ClippingSearch(archive);
            assertThat(search.count(ClippingFilter.ALL)).isEqualTo(3_000 - built.trashed());
            List<MonthCount> months = search.months(ClippingFilter.ALL);
            assertThat(months.get(0).month().getYear()).isEqualTo(1987);
            assertThat(months.get(months.size() - 1).month().getYear()).isEqualTo(2023);
            // A gap: nothing between July 1993 and December 1994.
            assertThat(months).noneMatch(m -> m.month().getYear() == 1994);
            // A spike: June 1989 holds several times an ordinary month of 1989.
            long june = months.stream().filter(m -> m.month().toString().equals("1989-06")).mapToLong(MonthCount::count).sum();
            long may = months.stream().filter(m -> m.month().toString().equals("1989-05")).mapToLong(MonthCount::count).sum();
            assertThat(june).isGreaterThan(3 * Math.max(1, may));
            assertThat(search.count(ClippingFilter.ALL.withTag("China-US"))).isPositive();
            assertThat(search.count(ClippingFilter.ALL.withDates(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)))).isPositive();
        }
    }

    @Test
    void theCommandRefusesToOverwriteAFile() throws Exception {
        Path file = dir.resolve("mine.db");
        Files.writeString(file, "precious");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ClipfileCommand.run(new String[] {"sample-archive", "-o", file.toString(), "--clippings", "10"},
                new PrintWriter(out), new PrintWriter(err));
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("mine.db already exists");
        assertThat(Files.readString(file)).isEqualTo("precious");
    }

    @Test
    void theCommandBuildsASmallArchive() {
        Path file = dir.resolve("new.db");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ClipfileCommand.run(new String[] {"sample-archive", "-o", file.toString(), "--clippings", "200", "--seed", "3"},
                new PrintWriter(out), new PrintWriter(err));
        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("200 clippings");
        assertThat(file).exists();
    }
}
