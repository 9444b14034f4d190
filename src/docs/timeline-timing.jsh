// Times one timeline refresh on an archive, as TimelineViewModel does it (counts on a worker, bars on the FX thread).
// jshell --class-path target/classes:$(cat cp.txt) -R-Darchive=try.db src/docs/timeline-timing.jsh
// (cp.txt from: mvn -q dependency:build-classpath -Dmdep.outputFile=cp.txt)
import java.nio.file.*;
import java.time.*;
import org.clipfile.archive.*;
import org.clipfile.search.*;
import org.clipfile.ui.timeline.*;
var archive = Archive.open(Path.of(System.getProperty("archive")), Archive.Options.READ_ONLY);
var search = new ClippingSearch(archive);
search.prepareFacets();
String[] labels = {"all dates", "query Taiwan", "tag China-US", "March 2020"};
ClippingFilter[] filters = {ClippingFilter.ALL, ClippingFilter.ALL.withQuery("Taiwan"), ClippingFilter.ALL.withTag("China-US"),
    ClippingFilter.ALL.withDates(LocalDate.of(2020,3,1), LocalDate.of(2020,3,31))};
for (int f = 0; f < filters.length; f++) {
  long best = Long.MAX_VALUE, fitBest = Long.MAX_VALUE; String unit = "";
  for (int run = 0; run < 7; run++) {
    long t0 = System.nanoTime();
    var free = filters[f].withDates(null, null);
    var months = search.months(free);
    long all = search.count(free);
    var years = search.years(free); // every dated clipping per year, year-only dates included: one pass
    LocalDate from = filters[f].from() != null ? filters[f].from() : months.get(0).month().atDay(1);
    LocalDate to = filters[f].to() != null ? filters[f].to() : months.get(months.size()-1).month().atEndOfMonth();
    var days = java.time.temporal.ChronoUnit.DAYS.between(from, to) < 5 * 366 ? search.days(free, from, to) : null;
    var counts = new TimelineScale.Counts(from, to, months, days, java.util.Map.of());
    long t1 = System.nanoTime();
    var layout = TimelineScale.fit(counts, 560);
    long t2 = System.nanoTime();
    best = Math.min(best, t1 - t0); fitBest = Math.min(fitBest, t2 - t1); unit = layout.unit() + " x" + layout.buckets().size();
  }
  System.out.printf("%-14s counts (worker) %6.1f ms   bars (FX thread) %5.2f ms   %s%n", labels[f], best / 1e6, fitBest / 1e6, unit);
}
archive.close();
/exit
