package org.clipfile.ui.timeline;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.util.Duration;
import org.clipfile.ui.common.Messages;

/**
 * The timeline: bars from {@link TimelineViewModel}'s layout, a folded gap for each empty
 * stretch, two rows of labels thinned so none overlap, the count of a bar on hover, and a
 * breadcrumb back out of the range. Clicking a bar or dragging across bars sets the date range
 * to exactly those bars, which zooms the timeline into them; Escape steps back out.
 */
public final class HistogramView {
    private static final double ROW = 13;
    private static final double AXIS_HEIGHT = 2 * ROW + 3;
    /** Bars wider than this would look like blocks: a few bars keep this width, from the left. */
    private static final double MAX_SLOT = 56;
    private static final double LABEL_GAP = 4;
    private static final double HEADER_GAP = 8;

    private final TimelineViewModel model;
    private final Messages m;
    private final VBox root = new VBox(2);
    private final BarsPane pane = new BarsPane();
    private final HBox crumbs = new HBox(2);
    private final Label caption = new Label();
    private final Region spacer = new Region();
    private final HBox header = new HBox(HEADER_GAP);
    /** Where the caption goes when not even its shortest wording fits beside the breadcrumbs: a line of its own. */
    private final HBox captionLine = new HBox();
    private Label title;
    /** What the caption may say, longest first: the first that fits is shown. */
    private List<String> captionChoices = List.of("");
    private final Button zoomOut;
    private final Tooltip tooltip = new Tooltip();
    private final Rectangle dragBand = new Rectangle();
    private final List<Node> bars = new ArrayList<>();
    private final List<Text> axis = new ArrayList<>();
    private final List<Text> context = new ArrayList<>();
    private double[] lefts = new double[0];
    private double[] widths = new double[0];
    private int dragStart = -1;
    private int hovered = -1;
    private boolean tooltipShown;

    public HistogramView(TimelineViewModel model, Messages messages) {
        this.model = model;
        this.m = messages;
        root.getStyleClass().add("histogram");
        root.setId("histogram");
        pane.setId("histogram-bars");
        pane.getStyleClass().add("histogram-bars");
        pane.setMinHeight(60);
        pane.setFocusTraversable(true);
        VBox.setVgrow(pane, Priority.ALWAYS);
        dragBand.getStyleClass().add("histogram-drag");
        dragBand.setVisible(false);
        dragBand.setManaged(false);
        dragBand.setMouseTransparent(true);
        tooltip.setId("timeline-tooltip");
        tooltip.setShowDelay(Duration.millis(150));
        tooltip.setHideDelay(Duration.millis(100));

        zoomOut = new Button(m.get("timeline.zoomOut"));
        zoomOut.setId("timeline-zoom-out");
        zoomOut.getStyleClass().add("link-button");
        zoomOut.setOnAction(e -> model.zoomOut());
        zoomOut.setMinWidth(Region.USE_PREF_SIZE);
        caption.getStyleClass().add("histogram-caption");
        caption.setId("timeline-caption");
        caption.setMinWidth(0);
        caption.setTooltip(new Tooltip(m.get("timeline.hint")));
        crumbs.setId("timeline-crumbs");
        crumbs.setAlignment(Pos.CENTER_LEFT);
        crumbs.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(spacer, Priority.ALWAYS);
        title = new Label(m.get("timeline.title"));
        title.getStyleClass().add("pane-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        header.getChildren().addAll(title, crumbs, caption, spacer, zoomOut);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("pane-header");
        captionLine.getStyleClass().add("pane-header");
        captionLine.setId("timeline-caption-line");
        root.getChildren().addAll(header, pane);
        // The room beside the breadcrumbs depends on the header's width and the crumbs, not on the caption.
        header.widthProperty().addListener((o, a, b) -> fitCaption());
        crumbs.widthProperty().addListener((o, a, b) -> fitCaption());

        pane.widthProperty().addListener((o, a, b) -> model.widthProperty().set(chartWidth()));
        pane.setOnMousePressed(e -> {
            pane.requestFocus();
            dragStart = indexAt(e.getX());
            showBand(dragStart, dragStart);
        });
        pane.setOnMouseDragged(e -> {
            if (dragStart >= 0) {
                int at = indexAt(e.getX());
                showBand(dragStart, at);
                showCaption(rangeText(dragStart, at));
            }
        });
        pane.setOnMouseReleased(e -> {
            int end = indexAt(e.getX());
            dragBand.setVisible(false);
            if (dragStart >= 0 && end >= 0) {
                int start = dragStart;
                dragStart = -1;
                model.selectBuckets(start, end);
            }
            dragStart = -1;
        });
        pane.setOnMouseMoved(e -> hover(indexAt(e.getX())));
        pane.setOnMouseExited(e -> {
            hover(-1);
            showCaption();
        });
        pane.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                if (model.rangeFrom() != null || model.rangeTo() != null) {
                    model.zoomOut(); // one step out
                } else {
                    model.escape(); // no range left: clears every filter, as Escape does elsewhere
                }
                e.consume();
            }
        });
        model.layoutProperty().addListener((o, a, b) -> rebuild());
        model.loadedProperty().addListener((o, a, b) -> showCaption()); // an empty archive's layout does not change
        rebuild();
    }

    private double chartWidth() {
        return Math.max(0, pane.getWidth() - pane.snappedLeftInset() - pane.snappedRightInset());
    }

    private void hover(int i) {
        if (hovered >= 0 && hovered < bars.size()) {
            bars.get(hovered).getStyleClass().remove("hover");
        }
        hovered = i;
        List<Bucket> buckets = model.buckets();
        if (i < 0 || i >= buckets.size()) {
            Tooltip.uninstall(pane, tooltip); // off the bars: no empty bubble
            tooltipShown = false;
            return;
        }
        bars.get(i).getStyleClass().add("hover");
        String text = describe(buckets.get(i));
        tooltip.setText(text);
        showCaption(text);
        if (!tooltipShown) {
            Tooltip.install(pane, tooltip);
            tooltipShown = true;
        }
    }

    /** "March 1994: 412 clippings"; a folded gap says what it hides. */
    public String describe(Bucket b) {
        return b.folded() ? m.get("timeline.fold", b.label()) : m.get("timeline.bar", b.label(), b.count());
    }

    private String rangeText(int a, int b) {
        List<Bucket> buckets = model.buckets();
        if (a < 0 || b < 0 || buckets.isEmpty()) {
            return "";
        }
        Bucket lo = buckets.get(Math.min(a, b));
        Bucket hi = buckets.get(Math.max(a, b));
        return m.get("timeline.bar", Bucket.span(lo.start(), hi.end()), model.total(a, b));
    }

    private void showCaption() {
        TimelineScale.Layout layout = model.layoutProperty().get();
        List<Bucket> buckets = layout.buckets();
        if (buckets.isEmpty()) {
            // Before the first counts arrive the archive is not known to be empty: say it is loading.
            showCaption(m.get(model.loadedProperty().get() == 0 ? "timeline.loading" : "timeline.empty"));
            return;
        }
        long total = buckets.stream().mapToLong(Bucket::count).sum();
        String span = Bucket.span(buckets.get(0).start(), buckets.get(buckets.size() - 1).end());
        String unit = layout.unit().noun();
        // Month- or year-only dates the bars cannot place: said, so the caption's count and the list's agree.
        long coarser = TimelineScale.coarser(model.counts(), layout.unit());
        // Narrow windows (1024 px) and deep breadcrumbs leave little room: shorter wordings rather
        // than a sentence cut in the middle. The dates the bars cannot place go last, since they make
        // the caption add up to the list; before them the span, which the axis and crumbs show too.
        showCaption(m.get("timeline.summary", total, span, unit, coarser), m.get("timeline.summary.more", total, span, unit, coarser),
                m.get("timeline.summary.count", total, span, unit, coarser),
                m.get("timeline.summary.short", total, span, unit),
                m.get("timeline.summary.shortest", total, span, unit));
    }

    private void showCaption(String... choices) {
        captionChoices = List.of(choices);
        fitCaption();
    }

    /**
     * Shows the longest wording that fits beside the breadcrumbs; if none does (a narrow window
     * zoomed into a month), the caption takes a line of its own under them. Before the first
     * layout, the longest wording in the header.
     */
    private void fitCaption() {
        // Breadcrumbs just rebuilt have no style yet and would measure too narrow (and the width
        // they reach once styled may equal the old one, so no later change would correct it).
        crumbs.applyCss();
        double width = header.getWidth() - header.snappedLeftInset() - header.snappedRightInset();
        double beside = width - title.prefWidth(-1) - crumbs.prefWidth(-1) - zoomOut.prefWidth(-1) - 4 * HEADER_GAP;
        String chosen = width <= 0 ? captionChoices.get(0) : longestFitting(beside);
        boolean ownLine = chosen == null;
        if (ownLine) {
            chosen = longestFitting(width);
            chosen = chosen == null ? captionChoices.get(captionChoices.size() - 1) : chosen;
        }
        placeCaption(ownLine);
        if (!chosen.equals(caption.getText())) {
            caption.setText(chosen);
        }
        // A shortened caption keeps its whole wording a hover away.
        String full = captionChoices.get(0);
        caption.getTooltip().setText(chosen.equals(full) ? m.get("timeline.hint") : full + "\n" + m.get("timeline.hint"));
    }

    private String longestFitting(double room) {
        double padding = caption.snappedLeftInset() + caption.snappedRightInset();
        for (String choice : captionChoices) {
            if (textWidth(choice) + padding <= room) {
                return choice;
            }
        }
        return null;
    }

    private void placeCaption(boolean ownLine) {
        if (ownLine && caption.getParent() != captionLine) {
            header.getChildren().remove(caption);
            captionLine.getChildren().setAll(caption);
            root.getChildren().add(1, captionLine);
        } else if (!ownLine && caption.getParent() != header) {
            root.getChildren().remove(captionLine);
            captionLine.getChildren().clear();
            header.getChildren().add(2, caption);
        }
    }

    private double textWidth(String s) {
        Text probe = new Text(s);
        probe.setFont(caption.getFont());
        return Math.ceil(probe.getLayoutBounds().getWidth());
    }

    private void rebuildCrumbs() {
        crumbs.getChildren().clear();
        List<TimelineViewModel.Crumb> path = model.crumbs(m.get("timeline.all"));
        for (int i = 0; i < path.size(); i++) {
            TimelineViewModel.Crumb c = path.get(i);
            if (i > 0) {
                Label sep = new Label("›");
                sep.getStyleClass().add("crumb-separator");
                crumbs.getChildren().add(sep);
            }
            if (i == path.size() - 1) {
                Label here = new Label(c.label());
                here.getStyleClass().add("crumb-current");
                here.setId(i == 0 ? "timeline-all" : null);
                crumbs.getChildren().add(here);
            } else {
                Hyperlink link = new Hyperlink(c.label());
                link.getStyleClass().add("crumb");
                link.setId(i == 0 ? "timeline-all" : null);
                link.setOnAction(e -> model.goTo(c));
                crumbs.getChildren().add(link);
            }
        }
        zoomOut.setDisable(path.size() == 1);
    }

    private void rebuild() {
        pane.getChildren().clear();
        bars.clear();
        axis.clear();
        context.clear();
        hovered = -1;
        List<Bucket> buckets = model.buckets();
        List<String> axisLabels = TimelineScale.axisLabels(buckets);
        for (int i = 0; i < buckets.size(); i++) {
            Bucket b = buckets.get(i);
            Node bar;
            if (b.folded()) {
                Region fold = new Region();
                fold.getStyleClass().add("histogram-fold");
                bar = fold;
            } else {
                Rectangle r = new Rectangle();
                r.getStyleClass().add("histogram-bar");
                if (model.highlighted(b)) {
                    r.getStyleClass().add("in-range");
                }
                bar = r;
            }
            bar.setManaged(false);
            bar.setMouseTransparent(true);
            bars.add(bar);
            Text t = new Text(axisLabels.get(i));
            t.getStyleClass().add("histogram-axis");
            t.setManaged(false);
            t.setMouseTransparent(true);
            axis.add(t);
            Text c = new Text(b.folded() ? "" : b.contextLabel());
            c.getStyleClass().addAll("histogram-axis", "histogram-context");
            c.setManaged(false);
            c.setMouseTransparent(true);
            context.add(c);
        }
        pane.getChildren().addAll(bars);
        pane.getChildren().addAll(axis);
        pane.getChildren().addAll(context);
        pane.getChildren().add(dragBand);
        rebuildCrumbs();
        showCaption();
        pane.requestLayout();
    }

    private int indexAt(double x) {
        if (lefts.length == 0) {
            return -1;
        }
        for (int i = 0; i < lefts.length; i++) {
            if (x < lefts[i] + widths[i]) {
                return i;
            }
        }
        return lefts.length - 1;
    }

    private void showBand(int a, int b) {
        if (a < 0 || b < 0 || a >= lefts.length || b >= lefts.length) {
            return;
        }
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        dragBand.setX(lefts[lo]);
        dragBand.setY(0);
        dragBand.setWidth(lefts[hi] + widths[hi] - lefts[lo]);
        dragBand.setHeight(pane.getHeight() - AXIS_HEIGHT);
        dragBand.setVisible(true);
    }

    /** Where bar {@code i}'s middle is on screen (tests click and drag with it). */
    public Point2D barCenterOnScreen(int i) {
        return pane.localToScreen(lefts[i] + widths[i] / 2, (pane.getHeight() - AXIS_HEIGHT) / 2);
    }

    /** Bar {@code i}'s left and right edges on screen. */
    public double[] barEdgesOnScreen(int i) {
        return new double[] {pane.localToScreen(lefts[i], 0).getX(), pane.localToScreen(lefts[i] + widths[i], 0).getX()};
    }

    /** The bars shown now and their granularity. */
    public TimelineScale.Layout layout() {
        return model.layoutProperty().get();
    }

    /** The text the tooltip shows now (the bar under the pointer). */
    public String tooltipText() {
        return tooltip.getText();
    }

    public VBox node() {
        return root;
    }

    private final class BarsPane extends Pane {
        @Override
        protected void layoutChildren() {
            List<Bucket> buckets = model.buckets();
            int n = Math.min(buckets.size(), bars.size());
            int folds = 0;
            long max = 1;
            for (int i = 0; i < n; i++) {
                Bucket b = buckets.get(i);
                folds += b.folded() ? 1 : 0;
                max = Math.max(max, b.count());
            }
            double left = snappedLeftInset();
            double top = snappedTopInset() + 4;
            double chart = Math.max(1, getHeight() - top - AXIS_HEIGHT - snappedBottomInset());
            double slot = n == folds ? 0 : Math.min(MAX_SLOT, Math.max(1, (chartWidth() - folds * TimelineScale.FOLD_SLOT) / (n - folds)));
            double gap = slot > 5 ? Math.min(3, Math.max(1, slot * 0.18)) : 0;
            lefts = new double[n];
            widths = new double[n];
            double x = left;
            for (int i = 0; i < n; i++) {
                Bucket b = buckets.get(i);
                double w = b.folded() ? TimelineScale.FOLD_SLOT : slot;
                lefts[i] = x;
                widths[i] = w;
                Node bar = bars.get(i);
                if (bar instanceof Rectangle r) {
                    double h = b.count() == 0 ? 0 : Math.max(2, chart * b.count() / max);
                    r.setX(x + gap / 2);
                    r.setWidth(Math.max(1, w - gap));
                    r.setY(top + chart - h);
                    r.setHeight(h);
                } else if (bar instanceof Region fold) {
                    fold.resizeRelocate(Math.round(x + 3), top, Math.max(1, Math.round(w - 6)), chart);
                }
                x += w;
            }
            placeLabels(buckets, n, slot, top + chart);
        }

        /**
         * Bar labels on round positions (every year, every fifth year...) as dense as their width
         * allows; the period labels (year, month) where a new one starts. None overlaps another.
         */
        private void placeLabels(List<Bucket> buckets, int n, double slot, double baseline) {
            double widest = 0;
            for (int i = 0; i < n; i++) {
                axis.get(i).applyCss(); // measured in the stylesheet's font, also on the first layout
                context.get(i).applyCss();
                widest = Math.max(widest, axis.get(i).getLayoutBounds().getWidth());
            }
            int step = n == 0 ? 1 : TimelineScale.labelStep(buckets.get(0).unit(), slot, widest);
            double lastRight = Double.NEGATIVE_INFINITY;
            double lastContextRight = Double.NEGATIVE_INFINITY;
            String lastContext = null;
            double limit = snappedLeftInset() + chartWidth();
            for (int i = 0; i < n; i++) {
                Bucket b = buckets.get(i);
                Text t = axis.get(i);
                double w = t.getLayoutBounds().getWidth();
                double x = Math.max(snappedLeftInset(), Math.min(limit - w, lefts[i] + (widths[i] - w) / 2));
                boolean show = !b.folded() && !t.getText().isEmpty() && b.labelledAt(step) && x >= lastRight + LABEL_GAP;
                t.setVisible(show);
                t.setX(x);
                t.setY(baseline + ROW - 2);
                if (show) {
                    lastRight = x + w;
                }
                Text c = context.get(i);
                String label = c.getText();
                double cw = c.getLayoutBounds().getWidth();
                double cx = Math.min(limit - cw, lefts[i]);
                boolean showContext = !b.folded() && !label.isEmpty() && !label.equals(lastContext) && cx >= lastContextRight + 3 * LABEL_GAP;
                if (!b.folded() && !label.isEmpty() && !label.equals(lastContext)) {
                    lastContext = showContext ? label : lastContext;
                }
                c.setVisible(showContext);
                c.setX(cx);
                c.setY(baseline + 2 * ROW);
                if (showContext) {
                    lastContextRight = cx + cw;
                }
            }
        }
    }
}
