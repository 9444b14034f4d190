package org.clipfile.ui.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import org.clipfile.ui.common.Messages;

/**
 * Bars of clippings per month (or per day, zoomed in). Dragging across bars chooses a date range;
 * the chosen range is highlighted. Bars are nodes styled from CSS, laid out to the pane's width.
 */
public final class HistogramView {
    private static final double AXIS_HEIGHT = 16;
    private static final double MAX_SLOT = 48;

    private final TimelineViewModel model;
    private final VBox root = new VBox(2);
    private final BarsPane pane = new BarsPane();
    private final Label caption = new Label();
    private final Rectangle dragBand = new Rectangle();
    private final List<Rectangle> rects = new ArrayList<>();
    private final List<Text> labels = new ArrayList<>();
    private int dragStart = -1;
    private final Messages m;

    public HistogramView(TimelineViewModel model, Messages messages) {
        this.model = model;
        this.m = messages;
        root.getStyleClass().add("histogram");
        root.setId("histogram");
        pane.setId("histogram-bars");
        pane.getStyleClass().add("histogram-bars");
        pane.setMinHeight(60);
        VBox.setVgrow(pane, Priority.ALWAYS);
        dragBand.getStyleClass().add("histogram-drag");
        dragBand.setVisible(false);
        dragBand.setManaged(false);
        dragBand.setMouseTransparent(true);

        Button zoomOut = new Button(m.get("timeline.all"));
        zoomOut.setId("timeline-all");
        zoomOut.getStyleClass().add("link-button");
        zoomOut.setOnAction(e -> model.zoomOut());
        caption.getStyleClass().add("histogram-caption");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label title = new Label(m.get("timeline.title"));
        title.getStyleClass().add("pane-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        zoomOut.setMinWidth(Region.USE_PREF_SIZE);
        caption.setMinWidth(0);
        HBox header = new HBox(8, title, caption, spacer, zoomOut);
        header.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        header.getStyleClass().add("pane-header");
        root.getChildren().addAll(header, pane);

        pane.setOnMousePressed(e -> {
            dragStart = pane.indexAt(e.getX());
            pane.showBand(dragStart, dragStart);
        });
        pane.setOnMouseDragged(e -> {
            if (dragStart >= 0) {
                pane.showBand(dragStart, pane.indexAt(e.getX()));
            }
        });
        pane.setOnMouseReleased(e -> {
            int end = pane.indexAt(e.getX());
            if (dragStart >= 0 && end >= 0) {
                model.selectBars(dragStart, end);
            }
            dragStart = -1;
            dragBand.setVisible(false);
        });
        pane.setOnMouseMoved(e -> {
            int i = pane.indexAt(e.getX());
            if (i >= 0 && i < model.bars().size()) {
                Bar b = model.bars().get(i);
                caption.setText(m.get("timeline.bar", b.label(), b.count()));
            }
        });
        pane.setOnMouseExited(e -> showCaption());
        model.bars().addListener((ListChangeListener<Bar>) c -> rebuild());
        rebuild();
    }

    private void showCaption() {
        long total = model.bars().stream().mapToLong(Bar::count).sum();
        caption.setText(model.bars().isEmpty() ? m.get("timeline.empty")
                : m.get(model.perDayProperty().get() ? "timeline.perDay" : "timeline.perMonth", total));
    }

    private void rebuild() {
        pane.getChildren().clear();
        rects.clear();
        labels.clear();
        LocalDate from = model.rangeFrom();
        LocalDate to = model.rangeTo();
        for (Bar b : model.bars()) {
            Rectangle r = new Rectangle();
            r.getStyleClass().add("histogram-bar");
            boolean inRange = (from == null || !b.end().isBefore(from)) && (to == null || !b.start().isAfter(to));
            if ((from != null || to != null) && inRange && !model.perDayProperty().get()) {
                r.getStyleClass().add("in-range");
            }
            r.setManaged(false);
            r.setMouseTransparent(true);
            rects.add(r);
            pane.getChildren().add(r);
            String axis = axisLabel(b);
            Text t = new Text(axis == null ? "" : axis);
            t.getStyleClass().add("histogram-axis");
            t.setManaged(false);
            t.setMouseTransparent(true);
            labels.add(t);
            pane.getChildren().add(t);
        }
        pane.getChildren().add(dragBand);
        showCaption();
        pane.requestLayout();
    }

    /** Years under January (or the first bar); day numbers every week when per day. */
    private String axisLabel(Bar b) {
        if (model.perDayProperty().get()) {
            return b.start().getDayOfMonth() == 1 || b == model.bars().get(0) ? b.start().getMonth().toString().substring(0, 3) + " " + b.start().getDayOfMonth()
                    : b.start().getDayOfMonth() % 7 == 1 ? String.valueOf(b.start().getDayOfMonth()) : null;
        }
        return b.start().getMonthValue() == 1 || b == model.bars().get(0) ? String.valueOf(b.start().getYear()) : null;
    }

    /** Where bar {@code i}'s middle is on screen (tests drag across bars with it). */
    public Point2D barCenterOnScreen(int i) {
        double[] x = pane.barSpan(i);
        return pane.localToScreen((x[0] + x[1]) / 2, (pane.getHeight() - AXIS_HEIGHT) / 2);
    }

    public VBox node() {
        return root;
    }

    private final class BarsPane extends Pane {
        double slot() {
            int n = Math.max(1, rects.size());
            // A few bars stay bar-shaped instead of stretching across the whole width.
            return Math.max(1, Math.min(MAX_SLOT, (getWidth() - snappedLeftInset() - snappedRightInset()) / n));
        }

        double[] barSpan(int i) {
            double left = snappedLeftInset() + i * slot();
            return new double[] {left, left + slot()};
        }

        int indexAt(double x) {
            if (rects.isEmpty()) {
                return -1;
            }
            int i = (int) Math.floor((x - snappedLeftInset()) / slot());
            return Math.max(0, Math.min(rects.size() - 1, i));
        }

        void showBand(int a, int b) {
            if (a < 0 || b < 0) {
                return;
            }
            double[] lo = barSpan(Math.min(a, b));
            double[] hi = barSpan(Math.max(a, b));
            dragBand.setX(lo[0]);
            dragBand.setY(0);
            dragBand.setWidth(hi[1] - lo[0]);
            dragBand.setHeight(getHeight() - AXIS_HEIGHT);
            dragBand.setVisible(true);
        }

        @Override
        protected void layoutChildren() {
            long max = 1;
            for (Bar b : model.bars()) {
                max = Math.max(max, b.count());
            }
            double top = snappedTopInset() + 4;
            double chart = Math.max(1, getHeight() - top - AXIS_HEIGHT - snappedBottomInset());
            double slot = slot();
            double gap = slot > 4 ? Math.min(3, slot * 0.2) : 0;
            for (int i = 0; i < rects.size(); i++) {
                Bar b = model.bars().get(i);
                double h = b.count() == 0 ? 0 : Math.max(2, chart * b.count() / max);
                Rectangle r = rects.get(i);
                r.setX(snappedLeftInset() + i * slot + gap / 2);
                r.setWidth(Math.max(1, slot - gap));
                r.setY(top + chart - h);
                r.setHeight(h);
                Text t = labels.get(i);
                t.setX(snappedLeftInset() + i * slot + 1);
                t.setY(top + chart + AXIS_HEIGHT - 3);
            }
        }
    }
}
