package org.clipfile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.clipfile.bench.SampleArchive;
import org.clipfile.search.ClippingFilter;
import org.clipfile.ui.timeline.Bucket;
import org.clipfile.ui.timeline.Granularity;
import org.clipfile.ui.timeline.HistogramView;
import org.clipfile.ui.timeline.TimelineScale;
import org.clipfile.work.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The timeline and the dates tree on a realistic archive: 1987-2023, gaps and spikes, at the window sizes. */
@ExtendWith(ApplicationExtension.class)
class TimelineWindowTest extends WindowTestSupport {
    private static Path sample;

    @BeforeAll
    static void buildSample() throws Exception {
        Path folder = Files.createTempDirectory("clipfile-timeline-test");
        sample = folder.resolve("sample.db");
        SampleArchive.build(sample, 4_000, 1987, 0.05, Progress.NONE);
        folder.toFile().deleteOnExit();
        sample.toFile().deleteOnExit();
    }

    @Start
    void start(Stage stage) throws Exception {
        Files.copy(sample, archiveFile());
        startWindow(stage);
    }

    /**
     * The stage outlives the test class: give the next tests the size they expect. And end with a
     * real drag and drop: headless Monocle remembers the view of the last plain mouse drag (the
     * timeline's) until a drag and drop ends, and the next window's first drag and drop would
     * otherwise be sent a "drag left" for this closed view and fail.
     */
    @AfterEach
    void restoreSize(FxRobot robot) {
        fx(() -> window.get().workspace().browsing().clearFilters());
        settle();
        robot.drag(row(robot, 0), MouseButton.PRIMARY).dropTo(treeCell(robot, "#tag-tree", "China-US"));
        settle();
        fx(() -> {
            stage.setWidth(1180);
            stage.setHeight(760);
        });
    }

    private HistogramView histogram() {
        return window.get().histogram();
    }

    private TimelineScale.Layout layout() {
        return histogram().layout();
    }

    private void resize(int width, int height) {
        fx(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        settle();
    }

    private void setDates(LocalDate from, LocalDate to) {
        fx(() -> window.get().workspace().browsing().setDates(from, to));
        settle();
    }

    private ClippingFilter filter() {
        return window.get().workspace().browsing().filter();
    }

    /** Every shown label of the axis, none overlapping another, none outside the bars' pane. */
    private void assertLabelsReadable(FxRobot robot) {
        List<Text> shown = robot.lookup("#histogram-bars .histogram-axis").queryAllAs(Text.class).stream()
                .filter(Text::isVisible).filter(t -> !t.getText().isEmpty()).toList();
        assertThat(shown).isNotEmpty();
        List<Bounds> bounds = shown.stream().map(Text::getBoundsInParent).sorted(Comparator.comparingDouble(Bounds::getMinX)).toList();
        for (int i = 0; i < bounds.size(); i++) {
            for (int j = i + 1; j < bounds.size(); j++) {
                assertThat(bounds.get(i).intersects(bounds.get(j)))
                        .as("labels %s and %s overlap", bounds.get(i), bounds.get(j)).isFalse();
            }
        }
        double paneWidth = robot.lookup("#histogram-bars").query().getLayoutBounds().getWidth();
        assertThat(bounds).allSatisfy(b -> assertThat(b.getMinX()).isGreaterThanOrEqualTo(0));
        assertThat(bounds).allSatisfy(b -> assertThat(b.getMaxX()).isLessThanOrEqualTo(paneWidth + 0.5));
    }

    private List<String> crumbs(FxRobot robot) {
        return node(robot, "#timeline-crumbs", javafx.scene.layout.HBox.class).getChildren().stream()
                .map(n -> ((javafx.scene.control.Labeled) n).getText()).toList();
    }

    private void assertBarsAtLeastMinimumWidth() {
        for (int i = 0; i < layout().buckets().size(); i++) {
            double[] e = histogram().barEdgesOnScreen(i);
            assertThat(e[1] - e[0]).isGreaterThanOrEqualTo(TimelineScale.MIN_SLOT - 0.01);
        }
    }

    private void dragOnScreen(FxRobot robot, double fromX, double toX) {
        double y = histogram().barCenterOnScreen(0).getY();
        robot.drag(new Point2D(fromX, y), MouseButton.PRIMARY).moveTo(new Point2D(toX, y)).release(MouseButton.PRIMARY);
        settle();
    }

    private int bucketAt(double screenX) {
        for (int i = 0; i < layout().buckets().size(); i++) {
            double[] e = histogram().barEdgesOnScreen(i);
            if (screenX >= e[0] && screenX < e[1]) {
                return i;
            }
        }
        throw new AssertionError("no bar at x=" + screenX);
    }

    @Test
    void theWholeArchiveIsYearsAt1400And1024WithReadableLabels(FxRobot robot) {
        for (int[] size : new int[][] {{1400, 900}, {1024, 700}}) {
            resize(size[0], size[1]);
            assertThat(layout().unit()).as("at %d px", size[0]).isEqualTo(Granularity.YEAR);
            List<Bucket> years = layout().buckets();
            assertThat(years.get(0).start()).isEqualTo(LocalDate.of(1987, 1, 1));
            assertThat(years.get(years.size() - 1).end()).isEqualTo(LocalDate.of(2023, 12, 31));
            assertBarsAtLeastMinimumWidth();
            assertLabelsReadable(robot);
            long yearLabels = robot.lookup("#histogram-bars .histogram-axis").queryAllAs(Text.class).stream()
                    .filter(Text::isVisible).filter(t -> t.getText().matches("\\d{4}")).count();
            assertThat(yearLabels).as("year labels at %d px", size[0]).isGreaterThanOrEqualTo(7);
            assertThat(node(robot, "#timeline-caption", Label.class).getText()).contains("1987–2023").contains("by year")
                    .doesNotContain("per day");
        }
    }

    @Test
    void aOneWeekFilterFromElsewhereShowsItsSevenDays(FxRobot robot) {
        for (int[] size : new int[][] {{1400, 900}, {1024, 700}}) {
            resize(size[0], size[1]);
            setDates(LocalDate.of(2021, 5, 3), LocalDate.of(2021, 5, 9));
            assertThat(layout().unit()).isEqualTo(Granularity.DAY);
            assertThat(layout().buckets()).extracting(Bucket::start).first().isEqualTo(LocalDate.of(2021, 5, 3));
            assertThat(layout().buckets().get(layout().buckets().size() - 1).end()).isEqualTo(LocalDate.of(2021, 5, 9));
            assertLabelsReadable(robot);
            assertThat(crumbs(robot)).containsExactly("All dates", "›", "2021", "›", "May 2021", "›", "3–9 May 2021");
            setDates(null, null);
        }
    }

    @Test
    void aNarrowDragOnTheFirstYearSelectsExactlyItAndZoomsIn(FxRobot robot) {
        resize(1400, 900);
        double[] first = histogram().barEdgesOnScreen(0);
        assertThat(first[1] - first[0]).isLessThan(20); // a narrow bar: the drag is a few pixels
        dragOnScreen(robot, first[0] + 3, first[1] - 3); // clear of the split pane's divider at the left edge
        assertThat(filter().from()).isEqualTo(LocalDate.of(1987, 1, 1));
        assertThat(filter().to()).isEqualTo(LocalDate.of(1987, 12, 31));
        // Zoomed in: finer bars over 1987 only.
        assertThat(layout().unit()).isIn(Granularity.WEEK, Granularity.MONTH);
        assertThat(layout().buckets().get(0).start()).isBeforeOrEqualTo(LocalDate.of(1987, 1, 1));
        assertBarsAtLeastMinimumWidth();
        assertLabelsReadable(robot);

        // A 20-pixel drag across the first bars of 1987 selects exactly the bars under its ends.
        double start = histogram().barCenterOnScreen(0).getX();
        int a = bucketAt(start);
        int b = bucketAt(start + 20);
        assertThat(b).isGreaterThan(a);
        List<Bucket> before = layout().buckets();
        dragOnScreen(robot, start, start + 20);
        Bucket lo = before.subList(a, b + 1).stream().filter(x -> !x.folded()).findFirst().orElseThrow();
        Bucket hi = before.subList(a, b + 1).stream().filter(x -> !x.folded()).reduce((x, y) -> y).orElseThrow();
        assertThat(filter().from()).isEqualTo(lo.start());
        assertThat(filter().to()).isEqualTo(hi.end());
    }

    @Test
    void clickingABarZoomsInAndEscapeOrZoomOutLeadBack(FxRobot robot) {
        resize(1400, 900);
        int y2020 = indexOf(LocalDate.of(2020, 1, 1));
        robot.clickOn(histogram().barCenterOnScreen(y2020), MouseButton.PRIMARY);
        settle();
        assertThat(filter().from()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(filter().to()).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(layout().unit()).isEqualTo(Granularity.WEEK); // a year in ~560 px: weeks
        assertLabelsReadable(robot);

        // A month, through the dates tree: the timeline follows it, day by day.
        setDates(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 3, 31));
        assertThat(layout().unit()).isEqualTo(Granularity.DAY);
        assertThat(layout().buckets().get(0).start()).isEqualTo(LocalDate.of(2020, 3, 1));
        assertThat(layout().buckets().get(layout().buckets().size() - 1).end()).isEqualTo(LocalDate.of(2020, 3, 31));
        assertLabelsReadable(robot);

        robot.clickOn("#timeline-zoom-out");
        settle();
        assertThat(filter().from()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(filter().to()).isEqualTo(LocalDate.of(2020, 12, 31));

        robot.clickOn(histogram().barCenterOnScreen(layout().buckets().size() - 1), MouseButton.PRIMARY); // a week of December
        settle();
        assertThat(filter().from()).isAfterOrEqualTo(LocalDate.of(2020, 12, 21));
        assertThat(filter().to()).isEqualTo(LocalDate.of(2020, 12, 31)); // the last week ends with the year zoomed into
        robot.type(KeyCode.ESCAPE); // the timeline has focus: one step out, to the month
        settle();
        assertThat(filter().from()).isEqualTo(LocalDate.of(2020, 12, 1));
        robot.type(KeyCode.ESCAPE); // to the year
        settle();
        assertThat(filter().from()).isEqualTo(LocalDate.of(2020, 1, 1));
        robot.type(KeyCode.ESCAPE); // and out to all dates
        settle();
        assertThat(filter().from()).isNull();
        assertThat(filter().to()).isNull();
        assertThat(layout().unit()).isEqualTo(Granularity.YEAR);
    }

    private int indexOf(LocalDate start) {
        List<Bucket> buckets = layout().buckets();
        for (int i = 0; i < buckets.size(); i++) {
            if (buckets.get(i).start().equals(start)) {
                return i;
            }
        }
        throw new AssertionError("no bar starting " + start);
    }

    @Test
    void hoveringABarShowsItsPeriodAndExactCount(FxRobot robot) {
        resize(1400, 900);
        int i = indexOf(LocalDate.of(2020, 1, 1));
        long count = layout().buckets().get(i).count();
        robot.moveTo(histogram().barCenterOnScreen(i));
        waitUntil(() -> histogram().tooltipText() != null && histogram().tooltipText().startsWith("2020:"), "the tooltip for 2020");
        String expected = String.format(java.util.Locale.ROOT, "2020: %,d clippings", count);
        assertThat(histogram().tooltipText()).isEqualTo(expected);
        assertThat(node(robot, "#timeline-caption", Label.class).getText()).isEqualTo(expected);

        setDates(LocalDate.of(1994, 3, 1), LocalDate.of(1994, 3, 31)); // inside the archive's gap
        assertThat(layout().buckets()).singleElement().satisfies(b -> assertThat(b.folded()).isTrue());
        robot.moveTo(histogram().barCenterOnScreen(0));
        waitUntil(() -> histogram().tooltipText().startsWith("March 1994"), "the tooltip for the gap");
        assertThat(histogram().tooltipText()).isEqualTo("March 1994: no clippings (folded)");
    }

    @Test
    void theDatesTreeKeepsWhatIsOpenShowsTheFilterAndEscapeClearsIt(FxRobot robot) {
        resize(1400, 900);
        fx(() -> window.get().workspace().browsing().setQuery("Taiwan"));
        settle();
        robot.clickOn(treeCell(robot, "#date-tree", "2020").getDisclosureNode());
        settle();
        assertThat(filter().from()).as("the arrow only opens").isNull();
        robot.clickOn(treeCell(robot, "#date-tree", "Mar "));
        settle();
        assertThat(filter().from()).isEqualTo(LocalDate.of(2020, 3, 1));
        assertThat(filter().to()).isEqualTo(LocalDate.of(2020, 3, 31));
        assertThat(layout().unit()).isEqualTo(Granularity.DAY); // the timeline zooms with it
        TreeView<?> tree = node(robot, "#date-tree", TreeView.class);
        // After the refresh the click caused, 2020 is still open and March is the selection.
        assertThat(treeCell(robot, "#date-tree", "2020").getTreeItem().isExpanded()).isTrue();
        assertThat(tree.getSelectionModel().getSelectedItem()).isNotNull();
        assertThat(treeCell(robot, "#date-tree", "Mar ").getStyleClass()).contains("active-date");
        assertThat(treeCell(robot, "#date-tree", "Mar ").isSelected()).isTrue();

        // A date range from elsewhere that is no row of the tree: nothing selected.
        setDates(LocalDate.of(2020, 3, 2), LocalDate.of(2020, 3, 20));
        assertThat(tree.getSelectionModel().getSelectedItem()).isNull();
        assertThat(treeCell(robot, "#date-tree", "2020").getTreeItem().isExpanded()).isTrue();

        robot.clickOn(treeCell(robot, "#date-tree", "2021")); // a year: selected and the filter
        settle();
        assertThat(filter().from()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(treeCell(robot, "#date-tree", "2021").isSelected()).isTrue();
        robot.type(KeyCode.ESCAPE);
        settle();
        assertThat(filter().from()).isNull();
        assertThat(filter().to()).isNull();
        assertThat(filter().query()).as("Escape in the dates tree drops the dates only").isEqualTo("Taiwan");
        assertThat(tree.getSelectionModel().getSelectedItem()).isNull();
        assertThat(treeCell(robot, "#date-tree", "2020").getTreeItem().isExpanded()).isTrue();
        robot.type(KeyCode.ESCAPE); // no dates left: Escape clears the rest, as everywhere
        settle();
        assertThat(filter().query()).isNull();
    }
    @Test
    void theDatesTreeReadsWholeAt1024EvenForAMonthOfHundredsOfThousands(FxRobot robot) {
        resize(1024, 700);
        robot.clickOn(treeCell(robot, "#date-tree", "2020").getDisclosureNode());
        settle();
        robot.clickOn(dateRow(robot, org.clipfile.ui.timeline.DateNode.Kind.MONTH).getDisclosureNode());
        settle();
        javafx.scene.control.TreeCell<?> month = dateRow(robot, org.clipfile.ui.timeline.DateNode.Kind.MONTH);
        javafx.scene.control.TreeCell<?> day = dateRow(robot, org.clipfile.ui.timeline.DateNode.Kind.DAY);
        TreeView<?> tree = node(robot, "#date-tree", TreeView.class);
        java.util.concurrent.atomic.AtomicReference<String> cut = new java.util.concurrent.atomic.AtomicReference<>();
        fx(() -> {
            // Where each row's text starts, and how far it would reach with the count of a huge
            // archive (a month of 999,999 clippings, a day of 9,999) in place of this one's.
            double right = tree.localToScene(tree.getLayoutBounds()).getMaxX() - 14; // the vertical scroll bar
            for (var row : List.of(month, day)) {
                Text shown = (Text) row.lookup(".text");
                String label = row.getText().substring(0, row.getText().lastIndexOf("  ("));
                String widest = label + (row == month ? "  (999,999)" : "  (9,999)");
                Text probe = new Text(widest);
                probe.setFont(shown.getFont());
                double from = shown.localToScene(shown.getLayoutBounds()).getMinX();
                if (from + probe.getLayoutBounds().getWidth() > right) {
                    cut.set("'" + widest + "' reaches " + Math.round(from + probe.getLayoutBounds().getWidth()) + " px, the pane ends at " + Math.round(right));
                }
            }
        });
        assertThat(cut.get()).as("a date row cut at 1024 px").isNull();
    }

    @Test
    void aMonthsCaptionCountsItsMonthOnlyDatesSoItAddsUpToTheList(FxRobot robot) throws Exception {
        settle();
        java.time.YearMonth month;
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + archiveFile());
             var rs = c.createStatement().executeQuery("SELECT substr(published, 1, 7) FROM clipping WHERE precision = 'month'"
                     + " AND deleted_at IS NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")) {
            assertThat(rs.next()).as("the sample archive has month-only dates").isTrue();
            month = java.time.YearMonth.parse(rs.getString(1));
        }
        setDates(month.atDay(1), month.atEndOfMonth());
        assertThat(layout().unit()).isEqualTo(Granularity.DAY);
        // The whole wording: the caption itself where it fits, else its tooltip's first line.
        Label label = node(robot, "#timeline-caption", Label.class);
        String caption = label.getTooltip().getText().contains("\n") ? label.getTooltip().getText().split("\n")[0] : label.getText();
        var numbers = java.util.regex.Pattern.compile("^([\\d,]+)(?: dated)? \\(\\+([\\d,]+) by month or year").matcher(caption);
        assertThat(numbers.find()).as("caption '" + caption + "' names the month-only dates").isTrue();
        long byDay = Long.parseLong(numbers.group(1).replace(",", ""));
        long coarser = Long.parseLong(numbers.group(2).replace(",", ""));
        assertThat(byDay + coarser).as("the caption's counts against the list's").isEqualTo(table(robot).getItems().size());
    }

    @Test
    void atTheDefaultWidthTheCaptionItselfCountsTheDatesTheBarsCannotPlace(FxRobot robot) throws Exception {
        // Nine years by quarter: year-only dates lie in no quarter. At 1400 px the whole wording does
        // not fit beside "All dates › 2015–2023", and the count that makes the caption add up to the
        // list must not be the part left out (the span is on the axis and in the breadcrumbs).
        resize(1400, 900);
        settle();
        setDates(LocalDate.of(2015, 1, 1), LocalDate.of(2023, 12, 31));
        assertThat(layout().unit()).isIn(Granularity.QUARTER, Granularity.MONTH);
        long yearOnly;
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + archiveFile());
             var rs = c.createStatement().executeQuery("SELECT count(*) FROM clipping WHERE precision = 'year'"
                     + " AND deleted_at IS NULL AND published BETWEEN '2015-01-01' AND '2023-12-31'")) {
            rs.next();
            yearOnly = rs.getLong(1);
        }
        assertThat(yearOnly).as("the sample archive has year-only dates in those years").isPositive();
        String caption = node(robot, "#timeline-caption", Label.class).getText();
        var numbers = java.util.regex.Pattern.compile("^([\\d,]+)(?: dated)? \\(\\+([\\d,]+) by month or year").matcher(caption);
        assertThat(numbers.find()).as("caption '" + caption + "' names the year-only dates").isTrue();
        assertThat(Long.parseLong(numbers.group(2).replace(",", ""))).isEqualTo(yearOnly);
        assertThat(Long.parseLong(numbers.group(1).replace(",", "")) + yearOnly)
                .as("the caption's counts against the list's").isEqualTo(table(robot).getItems().size());
    }

    /** The first row of the dates tree showing a {@code kind} (a month, a day). */
    private javafx.scene.control.TreeCell<?> dateRow(FxRobot robot, org.clipfile.ui.timeline.DateNode.Kind kind) {
        return robot.lookup("#date-tree .tree-cell").queryAllAs(javafx.scene.control.TreeCell.class).stream()
                .filter(c -> c.isVisible() && c.getTreeItem() != null && c.getTreeItem().getValue() instanceof org.clipfile.ui.timeline.DateNode n
                        && n.kind() == kind)
                .min(java.util.Comparator.comparingInt(javafx.scene.control.TreeCell::getIndex))
                .orElseThrow(() -> new AssertionError("no " + kind + " row in the dates tree"));
    }
}
