package org.clipfile.ui.timeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.clipfile.search.ClippingFilter;
import org.clipfile.search.DayCount;
import org.clipfile.search.MonthCount;
import org.clipfile.ui.common.TaskRunner;
import org.clipfile.ui.workspace.Workspace;

/**
 * The analyst's timeline: clippings per month of the published date, or per day once the chosen
 * range is short enough to read day by day. The months ignore the date range itself, so the bars
 * around a chosen range stay visible and the range shows as highlighted.
 */
public final class TimelineViewModel {
    /** Ranges up to this long are shown day by day. */
    static final long DAY_VIEW_MAX_DAYS = 92;

    private final Workspace workspace;
    private final ObservableList<Bar> bars = FXCollections.observableArrayList();
    private final ObservableList<MonthCount> months = FXCollections.observableArrayList();
    private final BooleanProperty perDay = new SimpleBooleanProperty(false);
    private final LongProperty undated = new SimpleLongProperty();
    private volatile long request;

    public TimelineViewModel(Workspace workspace) {
        this.workspace = workspace;
        workspace.filterProperty().addListener((o, a, b) -> reload());
        workspace.revisionProperty().addListener((o, a, b) -> reload());
    }

    public ObservableList<Bar> bars() {
        return bars;
    }

    /** Months with clippings (for the year › month › day tree), under the filter without its dates. */
    public ObservableList<MonthCount> months() {
        return months;
    }

    public ReadOnlyBooleanProperty perDayProperty() {
        return perDay;
    }

    public ReadOnlyLongProperty undatedProperty() {
        return undated;
    }

    public LocalDate rangeFrom() {
        return workspace.filter().from();
    }

    public LocalDate rangeTo() {
        return workspace.filter().to();
    }

    private record Loaded(List<Bar> bars, boolean perDay, List<MonthCount> months, long undated, java.util.Map<Integer, Long> years) {
    }

    private final javafx.collections.ObservableMap<Integer, Long> yearTotals = FXCollections.observableHashMap();

    /**
     * Clippings per year including year-only dates, filled only when the filter has some (they are
     * in no month); otherwise empty and the months' sums are the years' totals.
     */
    public javafx.collections.ObservableMap<Integer, Long> yearTotals() {
        return yearTotals;
    }

    public void reload() {
        ClippingFilter filter = workspace.filter();
        long id = ++request;
        workspace.run(TaskRunner.Lane.SUMMARY, "task.timeline", p -> {
            if (id != request) {
                return null; // a newer filter came while this waited: skip the work
            }
            ClippingFilter undatedFree = filter.withDates(null, null);
            List<MonthCount> monthCounts = workspace.services().search().months(undatedFree);
            // Undated = all - dated: counting "undated" directly is slow with a text query (core plan).
            long all = workspace.services().search().count(undatedFree);
            long dated = workspace.services().search().count(undatedFree.withDates(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31)));
            long undatedCount = Math.max(0, all - dated);
            long inMonths = monthCounts.stream().mapToLong(MonthCount::count).sum();
            java.util.Map<Integer, Long> years = dated > inMonths ? yearCounts(undatedFree) : java.util.Map.of();
            boolean days = filter.from() != null && filter.to() != null
                    && ChronoUnit.DAYS.between(filter.from(), filter.to()) < DAY_VIEW_MAX_DAYS;
            List<Bar> out = days ? dayBars(workspace.services().search().days(undatedFree, filter.from(), filter.to()),
                    filter.from(), filter.to()) : monthBars(monthCounts);
            return new Loaded(out, days, monthCounts, undatedCount, years);
        }, r -> {
            if (id == request && r != null) {
                perDay.set(r.perDay());
                bars.setAll(r.bars());
                yearTotals.clear();
                yearTotals.putAll(r.years());
                months.setAll(r.months());
                undated.set(r.undated());
            }
        });
    }

    /** Per-year totals over the span of dated clippings (only run when year-only dates exist). */
    private java.util.Map<Integer, Long> yearCounts(ClippingFilter filter) {
        var search = workspace.services().search();
        var oldest = search.page(filter.withDates(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31)), org.clipfile.search.SortOrder.OLDEST, 0, 1);
        var newest = search.page(filter.withDates(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31)), org.clipfile.search.SortOrder.NEWEST, 0, 1);
        java.util.Map<Integer, Long> out = new java.util.TreeMap<>();
        if (oldest.isEmpty() || newest.isEmpty() || oldest.get(0).date() == null || newest.get(0).date() == null) {
            return out;
        }
        for (int y = oldest.get(0).date().start().getYear(); y <= newest.get(0).date().start().getYear(); y++) {
            long n = search.count(filter.withDates(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
            if (n > 0) {
                out.put(y, n);
            }
        }
        return out;
    }

    static List<Bar> monthBars(List<MonthCount> counts) {
        List<Bar> out = new ArrayList<>();
        if (counts.isEmpty()) {
            return out;
        }
        YearMonth first = counts.get(0).month();
        YearMonth last = counts.get(counts.size() - 1).month();
        int i = 0;
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            long n = 0;
            if (i < counts.size() && counts.get(i).month().equals(m)) {
                n = counts.get(i++).count();
            }
            out.add(new Bar(m.atDay(1), m.atEndOfMonth(), m.toString(), n));
        }
        return out;
    }

    static List<Bar> dayBars(List<DayCount> counts, LocalDate from, LocalDate to) {
        List<Bar> out = new ArrayList<>();
        int i = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            long n = 0;
            if (i < counts.size() && counts.get(i).day().equals(d)) {
                n = counts.get(i++).count();
            }
            out.add(new Bar(d, d, d.toString(), n));
        }
        return out;
    }

    /** The analyst dragged across bars {@code a}..{@code b}: filter to their dates. */
    public void selectBars(int a, int b) {
        if (bars.isEmpty()) {
            return;
        }
        int lo = Math.max(0, Math.min(a, b));
        int hi = Math.min(bars.size() - 1, Math.max(a, b));
        workspace.setDates(bars.get(lo).start(), bars.get(hi).end());
    }

    public void zoomOut() {
        workspace.setDates(null, null);
    }

    public void select(DateNode node) {
        if (node.kind() == DateNode.Kind.UNDATED) {
            workspace.showUndated();
        } else {
            workspace.setDates(node.from(), node.to());
        }
    }

    /** The days of one month with their counts, for expanding it in the date tree. */
    public void loadDays(YearMonth month, Consumer<List<DayCount>> done) {
        ClippingFilter filter = workspace.filter().withDates(null, null);
        workspace.run(TaskRunner.Lane.SUMMARY, "task.timeline", p -> workspace.services().search().days(filter, month.atDay(1), month.atEndOfMonth()), done);
    }
}
