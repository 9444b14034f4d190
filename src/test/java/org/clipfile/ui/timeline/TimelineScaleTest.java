package org.clipfile.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clipfile.search.DayCount;
import org.clipfile.search.MonthCount;
import org.junit.jupiter.api.Test;

/** Choosing the timeline's bars: granularity for span and width, folding, aggregation, labels. */
class TimelineScaleTest {
    /** Every month 1987-2023 has clippings, except a gap from July 1993 to December 1994. */
    private static List<MonthCount> fortyYears() {
        List<MonthCount> out = new ArrayList<>();
        for (YearMonth m = YearMonth.of(1987, 1); !m.isAfter(YearMonth.of(2023, 12)); m = m.plusMonths(1)) {
            boolean gap = !m.isBefore(YearMonth.of(1993, 7)) && !m.isAfter(YearMonth.of(1994, 12));
            if (!gap) {
                out.add(new MonthCount(m, m.getYear() - 1980));
            }
        }
        return out;
    }

    private static TimelineScale.Counts archive() {
        return new TimelineScale.Counts(LocalDate.of(1987, 1, 1), LocalDate.of(2023, 12, 31), fortyYears(), null, Map.of());
    }

    @Test
    void fortyYearsInAFewHundredPixelsAreYears() {
        TimelineScale.Layout layout = TimelineScale.fit(archive(), 560);
        assertThat(layout.unit()).isEqualTo(Granularity.YEAR);
        assertThat(layout.buckets()).hasSize(37);
        assertThat(layout.buckets().get(0).count()).isEqualTo(7 * 12);
        // 1994 is empty but alone: not folded.
        assertThat(layout.buckets()).noneMatch(Bucket::folded);
    }

    @Test
    void fortyYearsOnAWideScreenAreQuartersWithTheGapFolded() {
        TimelineScale.Layout layout = TimelineScale.fit(archive(), 1100);
        assertThat(layout.unit()).isEqualTo(Granularity.QUARTER);
        assertThat(layout.buckets()).filteredOn(Bucket::folded).singleElement()
                .satisfies(b -> {
                    assertThat(b.start()).isEqualTo(LocalDate.of(1993, 7, 1));
                    assertThat(b.end()).isEqualTo(LocalDate.of(1994, 12, 31));
                    assertThat(b.label()).isEqualTo("Jul 1993 – Dec 1994");
                });
        assertThat(layout.minimumWidth()).isLessThanOrEqualTo(1100);
        long total = layout.buckets().stream().mapToLong(Bucket::count).sum();
        assertThat(total).isEqualTo(fortyYears().stream().mapToLong(MonthCount::count).sum());
    }

    @Test
    void aOneWeekFilterIsDaysAndAOneMonthFilterIsDays() {
        List<DayCount> days = List.of(new DayCount(LocalDate.of(2021, 5, 3), 4), new DayCount(LocalDate.of(2021, 5, 7), 9));
        TimelineScale.Counts week = new TimelineScale.Counts(LocalDate.of(2021, 5, 3), LocalDate.of(2021, 5, 9),
                List.of(new MonthCount(YearMonth.of(2021, 5), 13)), days, Map.of());
        TimelineScale.Layout layout = TimelineScale.fit(week, 420);
        assertThat(layout.unit()).isEqualTo(Granularity.DAY);
        assertThat(layout.buckets()).extracting(Bucket::count).containsExactly(4L, 0L, 0L, 0L, 9L, 0L, 0L);
        assertThat(layout.buckets().get(0).label()).isEqualTo("Mon 3 May 2021");

        TimelineScale.Counts month = new TimelineScale.Counts(LocalDate.of(2021, 5, 1), LocalDate.of(2021, 5, 31),
                List.of(new MonthCount(YearMonth.of(2021, 5), 13)), days, Map.of());
        assertThat(TimelineScale.fit(month, 420).unit()).isEqualTo(Granularity.DAY);
    }

    @Test
    void aSpanTooLongForDaysInTheWidthIsWeeks() {
        List<DayCount> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2020, 1, 1); d.getYear() == 2020; d = d.plusDays(1)) {
            days.add(new DayCount(d, 1));
        }
        TimelineScale.Counts year = new TimelineScale.Counts(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31),
                List.of(new MonthCount(YearMonth.of(2020, 1), 31)), days, Map.of());
        TimelineScale.Layout layout = TimelineScale.fit(year, 560);
        assertThat(layout.unit()).isEqualTo(Granularity.WEEK);
        // Weeks run Monday to Sunday, but the first and last end at the span: 1-5 January, 28-31 December.
        assertThat(layout.buckets().get(0).start()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(layout.buckets().get(0).count()).isEqualTo(5);
        assertThat(layout.buckets().get(layout.buckets().size() - 1).end()).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(layout.buckets().get(1).count()).isEqualTo(7);
        assertThat(layout.buckets().get(1).label()).isEqualTo("Week of 6 January 2020");
        // Narrower: months, from the month counts.
        assertThat(TimelineScale.fit(year, 200).unit()).isEqualTo(Granularity.MONTH);
    }

    @Test
    void yearOnlyDatesCountInYearBarsOnly() {
        TimelineScale.Counts c = new TimelineScale.Counts(LocalDate.of(2021, 1, 1), LocalDate.of(2023, 12, 31),
                List.of(new MonthCount(YearMonth.of(2023, 6), 2)), null, Map.of(2021, 5L));
        assertThat(TimelineScale.buckets(c, Granularity.YEAR)).extracting(Bucket::count).containsExactly(5L, 0L, 2L);
        assertThat(TimelineScale.buckets(c, Granularity.MONTH).stream().mapToLong(Bucket::count).sum()).isEqualTo(2);
    }

    @Test
    void runsOfThreeEmptyBarsFoldShorterOnesStay() {
        List<Bucket> raw = new ArrayList<>();
        long[] counts = {3, 0, 0, 5, 0, 0, 0, 0, 2, 1, 1, 1, 1};
        LocalDate d = LocalDate.of(2020, 1, 1);
        for (long n : counts) {
            raw.add(new Bucket(Granularity.MONTH, d, d.plusMonths(1).minusDays(1), n, false));
            d = d.plusMonths(1);
        }
        List<Bucket> folded = TimelineScale.fold(raw);
        assertThat(folded).extracting(b -> b.folded() ? "fold" : String.valueOf(b.count()))
                .containsExactly("3", "0", "0", "5", "fold", "2", "1", "1", "1", "1");
        assertThat(TimelineScale.fold(raw.subList(0, 9))).as("too few bars to fold").hasSize(9);
        assertThat(folded.get(4).label()).isEqualTo("May 2020 – Aug 2020");
    }

    @Test
    void labelStepsKeepLabelsApartOnRoundPositions() {
        assertThat(TimelineScale.labelStep(Granularity.YEAR, 15, 22)).isEqualTo(2);
        assertThat(TimelineScale.labelStep(Granularity.YEAR, 8, 22)).isEqualTo(5);
        assertThat(TimelineScale.labelStep(Granularity.MONTH, 40, 20)).isEqualTo(1);
        assertThat(TimelineScale.labelStep(Granularity.MONTH, 12, 20)).isEqualTo(3);
        Bucket march = new Bucket(Granularity.MONTH, LocalDate.of(1994, 3, 1), LocalDate.of(1994, 3, 31), 1, false);
        Bucket april = new Bucket(Granularity.MONTH, LocalDate.of(1994, 4, 1), LocalDate.of(1994, 4, 30), 1, false);
        assertThat(april.labelledAt(3)).isTrue();
        assertThat(march.labelledAt(3)).isFalse();
        assertThat(march.axisLabel()).isEqualTo("Mar");
        assertThat(march.contextLabel()).isEqualTo("1994");
        // Weeks read by month: the first week of a month carries its name, the others nothing.
        Bucket firstWeek = new Bucket(Granularity.WEEK, LocalDate.of(2020, 3, 2), LocalDate.of(2020, 3, 8), 1, false);
        Bucket secondWeek = new Bucket(Granularity.WEEK, LocalDate.of(2020, 3, 9), LocalDate.of(2020, 3, 15), 1, false);
        assertThat(TimelineScale.axisLabels(List.of(firstWeek, secondWeek))).containsExactly("Mar", "");
        assertThat(firstWeek.contextLabel()).isEqualTo("2020");
        assertThat(march.label()).isEqualTo("March 1994");
        assertThat(new Bucket(Granularity.QUARTER, LocalDate.of(1994, 1, 1), LocalDate.of(1994, 3, 31), 1, false).label())
                .isEqualTo("Q1 1994 (Jan–Mar)");
    }

    @Test
    void weeksAreNamedOnceAMonthUnderTheFirstBarShownEvenAfterAClippedWeekOrAFold() {
        // The sample clippings (14 June to 15 November 2023) by week: a first week clipped to
        // 1 June, then one starting on the 5th, both June's; after the fold, a week of November
        // that is not the month's first still needs its name, since nothing else says where it is.
        List<Bucket> weeks = List.of(
                week(2023, 6, 1, 6, 4, 0), week(2023, 6, 5, 6, 11, 0), week(2023, 6, 12, 6, 18, 2),
                week(2023, 6, 19, 6, 25, 2), week(2023, 6, 26, 7, 2, 0), week(2023, 7, 3, 7, 9, 1),
                new Bucket(Granularity.WEEK, LocalDate.of(2023, 7, 10), LocalDate.of(2023, 11, 12), 0, true),
                week(2023, 11, 13, 11, 19, 1));
        assertThat(TimelineScale.axisLabels(weeks)).containsExactly("Jun", "", "", "", "", "Jul", "", "Nov");
        // The same month a year later, after a fold, is named again.
        List<Bucket> twoJunes = List.of(week(2022, 6, 6, 6, 12, 1),
                new Bucket(Granularity.WEEK, LocalDate.of(2022, 6, 13), LocalDate.of(2023, 6, 4), 0, true),
                week(2023, 6, 5, 6, 11, 1));
        assertThat(TimelineScale.axisLabels(twoJunes)).containsExactly("Jun", "", "Jun");
        // Months and days keep a label each (the label step thins them).
        Bucket may = new Bucket(Granularity.MONTH, LocalDate.of(2023, 5, 1), LocalDate.of(2023, 5, 31), 1, false);
        Bucket june = new Bucket(Granularity.MONTH, LocalDate.of(2023, 6, 1), LocalDate.of(2023, 6, 30), 1, false);
        assertThat(TimelineScale.axisLabels(List.of(may, june))).containsExactly("May", "Jun");
    }

    private static Bucket week(int year, int month, int day, int endMonth, int endDay, long count) {
        return new Bucket(Granularity.WEEK, LocalDate.of(year, month, day), LocalDate.of(year, endMonth, endDay), count, false);
    }

    @Test
    void datesTheBarsCannotPlaceAreCountedForTheCaption() {
        // September 2008 by day: 16,181 clippings in the month, 15,681 of them dated to the day.
        List<DayCount> days = List.of(new DayCount(LocalDate.of(2008, 9, 1), 15_000), new DayCount(LocalDate.of(2008, 9, 30), 681));
        TimelineScale.Counts september = new TimelineScale.Counts(LocalDate.of(2008, 9, 1), LocalDate.of(2008, 9, 30),
                List.of(new MonthCount(YearMonth.of(2008, 8), 2_035), new MonthCount(YearMonth.of(2008, 9), 16_181)), days, Map.of());
        assertThat(TimelineScale.coarser(september, Granularity.DAY)).isEqualTo(500);
        // A week inside the month: the month-only dates lie in no one week of it.
        TimelineScale.Counts week = new TimelineScale.Counts(LocalDate.of(2008, 9, 1), LocalDate.of(2008, 9, 7),
                september.months(), days, Map.of());
        assertThat(TimelineScale.coarser(week, Granularity.DAY)).isZero();
        // Years of months: the year-only dates of the years held whole; years place them all.
        TimelineScale.Counts years = new TimelineScale.Counts(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 6, 30),
                List.of(new MonthCount(YearMonth.of(2020, 3), 10)), null, Map.of(2020, 4L, 2021, 7L));
        assertThat(TimelineScale.coarser(years, Granularity.MONTH)).isEqualTo(4);
        assertThat(TimelineScale.coarser(years, Granularity.YEAR)).isZero();
        assertThat(TimelineScale.coarser(TimelineScale.Counts.EMPTY, Granularity.DAY)).isZero();
    }

    @Test
    void spansReadAsShortAsTheirEndsAllow() {
        assertThat(Bucket.span(LocalDate.of(1987, 1, 1), LocalDate.of(2023, 12, 31))).isEqualTo("1987–2023");
        assertThat(Bucket.span(LocalDate.of(1994, 3, 1), LocalDate.of(1994, 3, 31))).isEqualTo("March 1994");
        assertThat(Bucket.span(LocalDate.of(2021, 5, 3), LocalDate.of(2021, 5, 9))).isEqualTo("3–9 May 2021");
        assertThat(Bucket.span(LocalDate.of(2021, 5, 3), LocalDate.of(2021, 5, 3))).isEqualTo("3 May 2021");
    }
}
