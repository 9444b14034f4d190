package org.clipfile.ui.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.clipfile.search.DayCount;
import org.clipfile.search.MonthCount;

/**
 * Chooses the timeline's bars for a span of dates and a width in pixels: the finest of day, week,
 * month, quarter and year whose bars stay at least {@link #MIN_SLOT} wide, with runs of empty
 * bars folded into one narrow gap. Pure Java (no JavaFX), so it is cheap and tested on its own.
 */
public final class TimelineScale {
    /** Narrowest bar (with its gap) that still reads as a bar and takes a pointer. */
    public static final double MIN_SLOT = 7;
    /** Width of a folded stretch of empty bars. */
    public static final double FOLD_SLOT = 14;
    /** This many empty bars in a row or more are folded. */
    static final int FOLD_RUN = 3;
    /** A few bars (a week of days, a year of months) are read whole: nothing is folded. */
    static final int FOLD_MIN_BARS = 13;

    /**
     * What the timeline counts: the span shown (inclusive), clippings per month, per day when the
     * span is short enough to need them (else null), and year-only dates per year.
     */
    public record Counts(LocalDate from, LocalDate to, List<MonthCount> months, List<DayCount> days, Map<Integer, Long> yearOnly) {
        public Counts {
            months = List.copyOf(months);
            days = days == null ? null : List.copyOf(days);
            yearOnly = Map.copyOf(yearOnly);
        }

        public static final Counts EMPTY = new Counts(null, null, List.of(), null, Map.of());

        boolean isEmpty() {
            return from == null || to == null;
        }
    }

    /**
     * The text under each bar of {@code buckets}: its {@link Bucket#axisLabel}, none under a fold,
     * and for weeks only under the first bar shown of each month. That is the bar after the
     * previous month's, or after a fold (a week clipped to the span's first day and the week
     * after it are one month's: one "Jun"; the first bar after a fold into November says "Nov").
     */
    public static List<String> axisLabels(List<Bucket> buckets) {
        List<String> labels = new ArrayList<>(buckets.size());
        java.time.YearMonth previous = null;
        for (Bucket b : buckets) {
            if (b.folded()) {
                labels.add("");
                previous = null;
                continue;
            }
            java.time.YearMonth month = java.time.YearMonth.from(b.start());
            labels.add(b.unit() == Granularity.WEEK && month.equals(previous) ? "" : b.axisLabel());
            previous = month;
        }
        return labels;
    }

    /**
     * Clippings in the span that bars of {@code unit} cannot place: dated only to the month when the
     * bars are days or weeks, only to the year when they are anything finer than years. Counted in
     * the months and years the span holds whole (a month-only date lies in no one week of its month).
     */
    public static long coarser(Counts counts, Granularity unit) {
        if (counts.isEmpty() || unit == Granularity.YEAR) {
            return 0;
        }
        long n = 0;
        if ((unit == Granularity.DAY || unit == Granularity.WEEK) && counts.days() != null) {
            Map<java.time.YearMonth, Long> byDay = new java.util.HashMap<>();
            counts.days().forEach(d -> byDay.merge(java.time.YearMonth.from(d.day()), d.count(), Long::sum));
            for (MonthCount m : counts.months()) {
                if (!m.month().atDay(1).isBefore(counts.from()) && !m.month().atEndOfMonth().isAfter(counts.to())) {
                    n += Math.max(0, m.count() - byDay.getOrDefault(m.month(), 0L));
                }
            }
        }
        for (Map.Entry<Integer, Long> y : counts.yearOnly().entrySet()) {
            if (!LocalDate.of(y.getKey(), 1, 1).isBefore(counts.from()) && !LocalDate.of(y.getKey(), 12, 31).isAfter(counts.to())) {
                n += y.getValue();
            }
        }
        return n;
    }

    /** The bars chosen for a width, in date order. */
    public record Layout(Granularity unit, List<Bucket> buckets) {
        public static final Layout EMPTY = new Layout(Granularity.MONTH, List.of());

        /** Width the bars need at the minimum slot: what decided the granularity. */
        public double minimumWidth() {
            return minimumWidth(buckets);
        }

        static double minimumWidth(List<Bucket> buckets) {
            double w = 0;
            for (Bucket b : buckets) {
                w += b.folded() ? FOLD_SLOT : MIN_SLOT;
            }
            return w;
        }
    }

    private TimelineScale() {
    }

    /**
     * The finest bars that fit {@code width}; years when even those do not fit. Folding may make
     * finer bars fit, but not when most of them would be empty: a sparse year reads better in
     * weeks than as forty days between folds.
     */
    public static Layout fit(Counts counts, double width) {
        if (counts.isEmpty()) {
            return Layout.EMPTY;
        }
        for (Granularity g : Granularity.values()) {
            if ((g == Granularity.DAY || g == Granularity.WEEK) && counts.days() == null) {
                continue;
            }
            List<Bucket> raw = buckets(counts, g);
            List<Bucket> folded = fold(raw);
            long filled = raw.stream().filter(b -> b.count() > 0).count();
            boolean fits = Layout.minimumWidth(raw) <= width
                    || (Layout.minimumWidth(folded) <= width && filled * 3 >= raw.size());
            if (fits || g == Granularity.YEAR) {
                return new Layout(g, folded);
            }
        }
        throw new IllegalStateException("years always fit");
    }

    /** Every bucket of {@code unit} from the span's first to its last, with its count (none folded yet). */
    public static List<Bucket> buckets(Counts counts, Granularity unit) {
        TreeMap<LocalDate, Long> perStart = new TreeMap<>();
        if (unit == Granularity.DAY || unit == Granularity.WEEK) {
            for (DayCount d : counts.days()) {
                if (!d.day().isBefore(counts.from()) && !d.day().isAfter(counts.to())) {
                    perStart.merge(unit.start(d.day()), d.count(), Long::sum);
                }
            }
        } else {
            for (MonthCount m : counts.months()) {
                perStart.merge(unit.start(m.month().atDay(1)), m.count(), Long::sum);
            }
            if (unit == Granularity.YEAR) {
                counts.yearOnly().forEach((year, n) -> perStart.merge(LocalDate.of(year, 1, 1), n, Long::sum));
            }
        }
        List<Bucket> out = new ArrayList<>();
        LocalDate last = unit.start(counts.to());
        for (LocalDate s = unit.start(counts.from()); !s.isAfter(last); s = unit.next(s)) {
            LocalDate start = s;
            LocalDate end = unit.next(s).minusDays(1);
            if (unit == Granularity.WEEK) {
                // The first and last weeks end at the span (a zoom into 2020 does not reach into 2021);
                // days count exactly, so their counts are the clipped weeks' own.
                start = start.isBefore(counts.from()) ? counts.from() : start;
                end = end.isAfter(counts.to()) ? counts.to() : end;
            }
            out.add(new Bucket(unit, start, end, perStart.getOrDefault(s, 0L), false));
        }
        return out;
    }

    /**
     * Runs of {@link #FOLD_RUN} or more empty buckets become one folded bucket spanning them,
     * when there are at least {@link #FOLD_MIN_BARS} bars.
     */
    public static List<Bucket> fold(List<Bucket> buckets) {
        if (buckets.size() < FOLD_MIN_BARS) {
            return buckets;
        }
        List<Bucket> out = new ArrayList<>(buckets.size());
        int i = 0;
        while (i < buckets.size()) {
            int j = i;
            while (j < buckets.size() && buckets.get(j).count() == 0) {
                j++;
            }
            if (j - i >= FOLD_RUN) {
                Bucket first = buckets.get(i);
                out.add(new Bucket(first.unit(), first.start(), buckets.get(j - 1).end(), 0, true));
                i = j;
            } else {
                out.add(buckets.get(i));
                i++;
            }
        }
        return out;
    }

    /** The span of months with clippings, or null when there are none. */
    public static LocalDate[] dataSpan(List<MonthCount> months, Map<Integer, Long> yearOnly) {
        LocalDate from = null;
        LocalDate to = null;
        if (!months.isEmpty()) {
            from = months.get(0).month().atDay(1);
            to = months.get(months.size() - 1).month().atEndOfMonth();
        }
        for (int y : yearOnly.keySet()) {
            LocalDate a = LocalDate.of(y, 1, 1);
            LocalDate b = LocalDate.of(y, 12, 31);
            from = from == null || a.isBefore(from) ? a : from;
            to = to == null || b.isAfter(to) ? b : to;
        }
        return from == null ? null : new LocalDate[] {from, to};
    }

    /** Label steps, smallest first, that put labels on round positions for each unit. */
    public static int[] labelSteps(Granularity unit) {
        return switch (unit) {
            case YEAR -> new int[] {1, 2, 5, 10, 20, 50};
            case QUARTER -> new int[] {1, 2, 4};
            case MONTH -> new int[] {1, 2, 3, 6, 12};
            case WEEK -> new int[] {1, 2, 3, 6, 12}; // months, as weeks are labelled by their month
            case DAY -> new int[] {1, 2, 5, 10, 15};
        };
    }

    /** The smallest step whose labels, {@code labelWidth} wide plus a gap, fit in the bars they stand for. */
    public static int labelStep(Granularity unit, double slot, double labelWidth) {
        int[] steps = labelSteps(unit);
        double perStep = unit == Granularity.WEEK ? slot * 52 / 12.0 : slot; // a week label stands for a month of bars
        for (int s : steps) {
            if (s * perStep >= labelWidth + 6) {
                return s;
            }
        }
        return steps[steps.length - 1];
    }
}
