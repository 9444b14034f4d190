package org.clipfile.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.Optional;
import org.clipfile.archive.DateOrigin;
import org.clipfile.archive.DatePrecision;
import org.clipfile.archive.PublishedDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateRecognizerTest {

    private final DateRecognizer dates = new DateRecognizer();

    @Nested
    class WholeStringDates {

        @ParameterizedTest
        @ValueSource(strings = {
                "2023-06-14", "2023/06/14", "2023.06.14", "20230614", "  2023-06-14  ", "2023-6-14",
                "June 14, 2023", "Jun 14, 2023", "Jun. 14, 2023", "june 14 2023", "June 14th, 2023",
                "14 June 2023", "14 Jun 2023", "14th June, 2023",
                "Wednesday, June 14, 2023", "Wed, 14 Jun 2023",
                "2023年6月14日", "2023年06月14日", "２０２３年６月１４日",
                "14/06/2023", "06/14/2023", "14.06.2023",
                "2023-06-14T08:30:00Z", "2023-06-14T08:30:00+08:00", "2023-06-14T23:30:00-05:00",
                "2023-06-14 08:30", "2023-06-14T08:30:00.123Z"})
        void readsDayPrecision(String text) {
            assertThat(dates.parse(text, DateOrigin.TEXT))
                    .contains(PublishedDate.day(LocalDate.of(2023, 6, 14), DateOrigin.TEXT));
        }

        @Test
        void septemberAbbreviationWithDot() {
            assertThat(dates.parse("Sept. 14, 2023", DateOrigin.HEADER))
                    .contains(PublishedDate.day(LocalDate.of(2023, 9, 14), DateOrigin.HEADER));
        }

        @Test
        void timestampKeepsTheWrittenLocalDayInsteadOfShiftingZones() {
            // 23:30 at -05:00 is already June 15 in UTC; the clipping says June 14.
            assertThat(dates.parse("2023-06-14T23:30:00-05:00", DateOrigin.METADATA).map(PublishedDate::start))
                    .contains(LocalDate.of(2023, 6, 14));
        }

        @ParameterizedTest
        @ValueSource(strings = {"2023-06", "June 2023", "Jun 2023", "2023年6月", "2023年06月"})
        void readsMonthPrecision(String text) {
            assertThat(dates.parse(text, DateOrigin.TEXT))
                    .contains(new PublishedDate(LocalDate.of(2023, 6, 1), DatePrecision.MONTH, DateOrigin.TEXT));
        }

        @ParameterizedTest
        @EnumSource(value = DateOrigin.class, names = {"HEADER", "METADATA", "USER"})
        void readsABareYearOnlyFromKnownDateFields(DateOrigin origin) {
            assertThat(dates.parse("2023", origin))
                    .contains(new PublishedDate(LocalDate.of(2023, 1, 1), DatePrecision.YEAR, origin));
        }

        @ParameterizedTest
        @EnumSource(value = DateOrigin.class, names = {"TEXT", "FILE_NAME"})
        void aBareYearInTextIsJustANumber(DateOrigin origin) {
            assertThat(dates.parse("2023", origin)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "03/04/2023", "13/14/2023", "Feb 30, 2023", "2023-02-30", "2023-13-01", "20230230",
                "On Wednesday", "Wednesday", "12345678", "18991231", "21010101", "1799-12-31", "2201-01-01",
                "June 14", "14 June", "6月14日", "Monday, June 14, 2023", "Foo, June 14, 2023",
                "June 14, 2023 at noon", "in June 2023", "Smarch 14, 2023", "14/06/23", "2023-06-14T",
                "", "   ", "date", "2023-06-14/2023-06-15"})
        void rejects(String text) {
            assertThat(dates.parse(text, DateOrigin.HEADER)).isEmpty();
        }

        @Test
        void nullIsNoDate() {
            assertThat(dates.parse(null, DateOrigin.HEADER)).isEmpty();
            assertThat(dates.parse("2023-06-14", null)).isEmpty();
        }

        @Test
        void sameDayAndMonthIsUnambiguous() {
            assertThat(dates.parse("05/05/2023", DateOrigin.TEXT).map(PublishedDate::start))
                    .contains(LocalDate.of(2023, 5, 5));
        }

        @ParameterizedTest
        @CsvSource({
                "03/04/2023, DAY_FIRST, 2023-04-03",
                "03/04/2023, MONTH_FIRST, 2023-03-04",
                "14/06/2023, DAY_FIRST, 2023-06-14",
                "06/14/2023, MONTH_FIRST, 2023-06-14"})
        void callerCanStateTheNumericOrder(String text, DateOrder order, LocalDate expected) {
            assertThat(dates.parse(text, DateOrigin.TEXT, order).map(PublishedDate::start)).contains(expected);
        }

        @ParameterizedTest
        @CsvSource({"14/06/2023, MONTH_FIRST", "06/14/2023, DAY_FIRST", "03/04/2023, UNKNOWN"})
        void numericDateContradictingTheStatedOrderIsRejected(String text, DateOrder order) {
            assertThat(dates.parse(text, DateOrigin.TEXT, order)).isEmpty();
        }
    }

    @Nested
    class FileNames {

        @ParameterizedTest
        @ValueSource(strings = {
                "qin-blinken-call-2023-06-14.txt", "2023-06-14_qin.md", "20230614-qin.txt", "clip 2023_06_14.txt",
                "/home/analyst/clips/2023.06.14 qin.txt", "C:\\clips\\qin_20230614.txt", "qin-2023-06-14-20230614.txt"})
        void findsTheDate(String fileName) {
            assertThat(dates.findInFileName(fileName))
                    .contains(PublishedDate.day(LocalDate.of(2023, 6, 14), DateOrigin.FILE_NAME));
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "report-12345678.txt", "report-20231345.txt", "id-202306141.txt", "12023-06-14.txt",
                "qin-blinken.txt", "v2.1.3.txt", "2023.txt", "notes-2023-06.txt", "from-2023-06-14-to-2023-06-18.txt",
                "/clips/2023-06-14/qin.txt", ""})
        void findsNothingUnlessItIsClearlyOneDate(String fileName) {
            assertThat(dates.findInFileName(fileName)).isEmpty();
        }

        @Test
        void nullFileName() {
            assertThat(dates.findInFileName(null)).isEmpty();
        }
    }

    @Nested
    class Datelines {

        @Test
        void reutersWithoutDate() {
            String line = "BEIJING (Reuters) - China's foreign minister said on Wednesday ...";
            Dateline dateline = dates.findDateline(line).orElseThrow();
            assertThat(dateline.place()).isEqualTo("BEIJING");
            assertThat(dateline.source()).isEqualTo("Reuters");
            assertThat(dateline.monthDay()).isEmpty();
            assertThat(line.substring(dateline.length())).startsWith("China's");
            assertThat(dateline.date()).isEmpty();
            assertThat(dateline.dateIn(2023)).isEmpty();
        }

        @Test
        void apWithMonthDayHasNoYearUnlessTheCallerSuppliesOne() {
            String line = "WASHINGTON, June 14 (AP) — Secretary of State Antony Blinken";
            Dateline dateline = dates.findDateline(line).orElseThrow();
            assertThat(dateline.place()).isEqualTo("WASHINGTON");
            assertThat(dateline.source()).isEqualTo("AP");
            assertThat(dateline.monthDay()).contains(MonthDay.of(6, 14));
            assertThat(dateline.year()).isEmpty();
            assertThat(dateline.date()).isEmpty();
            assertThat(dateline.dateIn(2023)).contains(PublishedDate.day(LocalDate.of(2023, 6, 14), DateOrigin.TEXT));
            assertThat(line.substring(dateline.length())).startsWith("Secretary");
        }

        @Test
        void multiWordPlace() {
            Dateline dateline = dates.findDateline("HONG KONG, June 14 (Reuters) - Shares fell").orElseThrow();
            assertThat(dateline.place()).isEqualTo("HONG KONG");
            assertThat(dateline.source()).isEqualTo("Reuters");
            assertThat(dateline.monthDay()).contains(MonthDay.of(6, 14));
        }

        @Test
        void placeWithRegion() {
            Dateline dateline = dates.findDateline("TAIPEI, Taiwan (AP) — Taiwan's president said").orElseThrow();
            assertThat(dateline.place()).isEqualTo("TAIPEI");
            assertThat(dateline.source()).isEqualTo("AP");
            assertThat(dateline.monthDay()).isEmpty();
        }

        @Test
        void xinhuaDoubleHyphen() {
            String line = "BEIJING, June 14 (Xinhua) -- Chinese State Councilor";
            Dateline dateline = dates.findDateline(line).orElseThrow();
            assertThat(dateline.source()).isEqualTo("Xinhua");
            assertThat(line.substring(dateline.length())).startsWith("Chinese");
        }

        @Test
        void aDatelineThatStatesTheYearCarriesAFullDate() {
            Dateline dateline = dates.findDateline("BEIJING, June 14, 2023 (Xinhua) -- text").orElseThrow();
            assertThat(dateline.year()).contains(Year.of(2023));
            assertThat(dateline.date()).contains(PublishedDate.day(LocalDate.of(2023, 6, 14), DateOrigin.TEXT));
        }

        @Test
        void onlyTheFirstLineIsLookedAt() {
            assertThat(dates.findDateline("China said\nBEIJING (Reuters) - text")).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "On Wednesday (AP) - nothing", "China (Reuters) - mixed case place", "BEIJING - no source",
                "BEIJING (Reuters) no dash", "The U.S. (and China) - sentence", "date 2023-06-14 China's Foreign Minister",
                "BEIJING, Smarch 14 (Reuters) - bad month", "BEIJING, February 30 (Reuters) - bad day", ""})
        void ordinaryTextIsNoDateline(String line) {
            assertThat(dates.findDateline(line)).isEmpty();
        }

        @Test
        void nullLine() {
            assertThat(dates.findDateline(null)).isEqualTo(Optional.empty());
        }
    }
}
