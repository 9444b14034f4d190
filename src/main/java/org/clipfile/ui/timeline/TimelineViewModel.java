package org.clipfile.ui.timeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.clipfile.search.ClippingFilter;
import org.clipfile.search.ClippingSearch;
import org.clipfile.search.DayCount;
import org.clipfile.search.MonthCount;
import org.clipfile.ui.common.TaskRunner;
import org.clipfile.ui.workspace.Browsing;
import org.clipfile.ui.workspace.WindowSession;

/**
 * The analyst's timeline. It shows the span of the current filter: the date range when one is
 * set (from the timeline, the date tree or a chip), else the first to the last month with
 * matches; {@link TimelineScale} picks years down to days to fit the width. Choosing bars sets
 * the date range, so the timeline zooms into them; {@link #crumbs()} lead back out.
 */
public final class TimelineViewModel {
    /** Spans up to this long also load clippings per day (for week and day bars). */
    static final long DAY_COUNTS_MAX_DAYS = 5 * 366;
    /** A range shorter than this is shown inside its whole week(s), the range highlighted. */
    static final long SHORTEST_SPAN_DAYS = 7;

    /** One step of the way back out: "All dates", a year, a month, or the current range. */
    public record Crumb(String label, LocalDate from, LocalDate to) {
    }

    private final ClippingSearch search;
    private final Browsing browsing;
    private final WindowSession session;
    private final ObjectProperty<TimelineScale.Counts> counts = new SimpleObjectProperty<>(TimelineScale.Counts.EMPTY);
    private final ObjectProperty<TimelineScale.Layout> layout = new SimpleObjectProperty<>(TimelineScale.Layout.EMPTY);
    private final DoubleProperty width = new SimpleDoubleProperty(600);
    private final ObservableList<MonthCount> months = FXCollections.observableArrayList();
    private final ObservableMap<Integer, Long> yearTotals = FXCollections.observableHashMap();
    private final LongProperty undated = new SimpleLongProperty();
    private final LongProperty loaded = new SimpleLongProperty();
    private volatile long request;

    public TimelineViewModel(ClippingSearch search, Browsing browsing, WindowSession session) {
        this.search = search;
        this.browsing = browsing;
        this.session = session;
        browsing.filterProperty().addListener((o, a, b) -> reload());
        session.revisionProperty().addListener((o, a, b) -> reload());
        counts.addListener((o, a, b) -> relayout());
        width.addListener((o, a, b) -> relayout());
    }

    /** The bars for the current width, set on the FX thread once the counts are in. */
    /** What the bars were made from: the span and its month, day and year-only counts. */
    public TimelineScale.Counts counts() {
        return counts.get();
    }

    public ReadOnlyObjectProperty<TimelineScale.Layout> layoutProperty() {
        return layout;
    }

    public List<Bucket> buckets() {
        return layout.get().buckets();
    }

    /** The width the bars have (the view sets it as it is resized); the granularity follows it. */
    public DoubleProperty widthProperty() {
        return width;
    }

    /** Months with clippings (for the year › month › day tree), under the filter without its dates. */
    public ObservableList<MonthCount> months() {
        return months;
    }

    public ReadOnlyLongProperty undatedProperty() {
        return undated;
    }

    /** Goes up by one each time new counts are in (the date tree refreshes then). */
    public ReadOnlyLongProperty loadedProperty() {
        return loaded;
    }

    public ClippingFilter filter() {
        return browsing.filter();
    }

    public LocalDate rangeFrom() {
        return browsing.filter().from();
    }

    public LocalDate rangeTo() {
        return browsing.filter().to();
    }

    /**
     * Clippings per year including year-only dates, filled only when the filter has some (they are
     * in no month); otherwise empty and the months' sums are the years' totals.
     */
    public ObservableMap<Integer, Long> yearTotals() {
        return yearTotals;
    }

    private record Loaded(TimelineScale.Counts counts, List<MonthCount> months, long undated, Map<Integer, Long> years) {
    }

    public void reload() {
        ClippingFilter filter = browsing.filter();
        long id = ++request;
        session.run(TaskRunner.Lane.SUMMARY, "task.timeline", p -> {
            if (id != request) {
                return null; // a newer filter came while this waited: skip the work
            }
            return load(search, filter);
        }, r -> {
            if (id == request && r != null) {
                yearTotals.clear();
                yearTotals.putAll(r.years());
                months.setAll(r.months());
                undated.set(r.undated());
                counts.set(r.counts());
                loaded.set(loaded.get() + 1);
            }
        });
    }

    /** Off the FX thread: the counts for the filter's span, from the search's month and day counts. */
    private static Loaded load(ClippingSearch search, ClippingFilter filter) {
        ClippingFilter undatedFree = filter.withDates(null, null);
        List<MonthCount> monthCounts = search.months(undatedFree);
        // Undated = all - dated: counting "undated" directly is slow with a text query (core plan).
        long all = search.count(undatedFree);
        Map<Integer, Long> years = new TreeMap<>();
        search.years(undatedFree).forEach(y -> years.put(y.year(), y.count()));
        long dated = years.values().stream().mapToLong(Long::longValue).sum();
        long inMonths = monthCounts.stream().mapToLong(MonthCount::count).sum();
        Map<Integer, Long> yearOnly = dated > inMonths ? yearOnly(years, monthCounts) : Map.of();

        LocalDate[] data = TimelineScale.dataSpan(monthCounts, yearOnly);
        LocalDate from = filter.from() != null ? filter.from() : data == null ? null : data[0];
        LocalDate to = filter.to() != null ? filter.to() : data == null ? null : data[1];
        TimelineScale.Counts counts = TimelineScale.Counts.EMPTY;
        if (from != null && to != null && !to.isBefore(from)) {
            if (ChronoUnit.DAYS.between(from, to) + 1 < SHORTEST_SPAN_DAYS) {
                from = Granularity.WEEK.start(from);
                to = Granularity.WEEK.end(to);
            }
            List<DayCount> days = ChronoUnit.DAYS.between(from, to) < DAY_COUNTS_MAX_DAYS
                    ? search.days(undatedFree, from, to) : null;
            counts = new TimelineScale.Counts(from, to, monthCounts, days, yearOnly);
        }
        return new Loaded(counts, monthCounts, Math.max(0, all - dated), dated > inMonths ? years : Map.of());
    }

    private static Map<Integer, Long> yearOnly(Map<Integer, Long> years, List<MonthCount> monthCounts) {
        Map<Integer, Long> out = new TreeMap<>();
        years.forEach((y, total) -> {
            long inMonths = monthCounts.stream().filter(m -> m.month().getYear() == y).mapToLong(MonthCount::count).sum();
            if (total > inMonths) {
                out.put(y, total - inMonths);
            }
        });
        return out;
    }

    private void relayout() {
        layout.set(TimelineScale.fit(counts.get(), width.get()));
    }

    /** Whether a bar lies in the date range while the timeline shows more than the range (a short range in its week). */
    public boolean highlighted(Bucket b) {
        LocalDate from = rangeFrom();
        LocalDate to = rangeTo();
        TimelineScale.Counts c = counts.get();
        if (from == null || to == null || c.isEmpty() || (!c.from().isBefore(from) && !c.to().isAfter(to))) {
            return false;
        }
        return !b.folded() && !b.start().isBefore(from) && !b.end().isAfter(to);
    }

    /** The analyst chose bars {@code a}..{@code b} (a click: a == b): filter to exactly their dates, which zooms in. */
    public void selectBuckets(int a, int b) {
        List<Bucket> bars = buckets();
        int lo = Math.max(0, Math.min(a, b));
        int hi = Math.min(bars.size() - 1, Math.max(a, b));
        while (lo <= hi && bars.get(lo).folded()) {
            lo++;
        }
        while (hi >= lo && bars.get(hi).folded()) {
            hi--;
        }
        if (lo > hi) {
            return; // only an empty, folded stretch: nothing to show
        }
        browsing.setDates(bars.get(lo).start(), bars.get(hi).end());
    }

    /** The date total of the bars {@code a}..{@code b}, for the caption while dragging. */
    public long total(int a, int b) {
        List<Bucket> bars = buckets();
        long n = 0;
        for (int i = Math.max(0, Math.min(a, b)); i <= Math.min(bars.size() - 1, Math.max(a, b)); i++) {
            n += bars.get(i).count();
        }
        return n;
    }

    /**
     * The way back out of the current date range, widest first: all dates, then its year and its
     * month when the range lies inside one, then the range itself (the last crumb is where we are).
     */
    public List<Crumb> crumbs(String allLabel) {
        List<Crumb> out = new ArrayList<>();
        out.add(new Crumb(allLabel, null, null));
        LocalDate from = rangeFrom();
        LocalDate to = rangeTo();
        if (from == null && to == null) {
            return out;
        }
        if (from == null || to == null) {
            out.add(new Crumb(from == null ? "until " + Bucket.span(to, to) : "from " + Bucket.span(from, from), from, to));
            return out;
        }
        if (from.getYear() == to.getYear()) {
            LocalDate y1 = Granularity.YEAR.start(from);
            LocalDate y2 = Granularity.YEAR.end(from);
            if (!(from.equals(y1) && to.equals(y2))) {
                out.add(new Crumb(String.valueOf(from.getYear()), y1, y2));
            }
            if (YearMonth.from(from).equals(YearMonth.from(to))) {
                LocalDate m1 = Granularity.MONTH.start(from);
                LocalDate m2 = Granularity.MONTH.end(from);
                if (!(from.equals(m1) && to.equals(m2))) {
                    out.add(new Crumb(Bucket.span(m1, m2), m1, m2));
                }
            }
        }
        out.add(new Crumb(Bucket.span(from, to), from, to));
        return out;
    }

    /** One step out: from a day to its month, a month to its year, a year to all dates. */
    public void zoomOut() {
        List<Crumb> crumbs = crumbs("");
        if (crumbs.size() > 1) {
            Crumb up = crumbs.get(crumbs.size() - 2);
            browsing.setDates(up.from(), up.to());
        }
    }

    public void goTo(Crumb crumb) {
        browsing.setDates(crumb.from(), crumb.to());
    }

    public void select(DateNode node) {
        if (node.kind() == DateNode.Kind.UNDATED) {
            browsing.showUndated();
        } else {
            browsing.setDates(node.from(), node.to());
        }
    }

    /**
     * Escape in the date tree: drops the date range or the undated-only filter, keeping the
     * others; with no date filter left, clears every filter as Escape does elsewhere.
     */
    public void escape() {
        ClippingFilter f = browsing.filter();
        if (f.undatedOnly() || f.from() != null || f.to() != null) {
            browsing.setFilter(f.withUndatedOnly(false).withDates(null, null));
        } else {
            browsing.clearFilters();
        }
    }

    /** The days of one month with their counts, for expanding it in the date tree. */
    public void loadDays(YearMonth month, Consumer<List<DayCount>> done) {
        ClippingFilter filter = browsing.filter().withDates(null, null);
        session.run(TaskRunner.Lane.SUMMARY, "task.timeline", p -> search.days(filter, month.atDay(1), month.atEndOfMonth()), done);
    }
}
