package org.clipfile.ui.timeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import org.clipfile.search.ClippingFilter;
import org.clipfile.search.DayCount;
import org.clipfile.search.MonthCount;

/**
 * Year › month › day with counts, and the undated clippings. A click on a row filters to that
 * period; the arrow only opens or closes it. The tree keeps what is open across refreshes, and
 * its selection always is the active date filter (or nothing). Escape drops the date filter.
 */
public final class DateTreePane {
    /**
     * Months and days are named short ("Sep", "Tue 30 Sep"): under their year, in a pane a
     * sixth of a 1024-pixel window wide, "September (16,181)" two levels in lost its count's end.
     */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private final TreeView<DateNode> tree = new TreeView<>();
    private final TimelineViewModel model;
    private final String undatedLabel;
    private final String loadingText;
    /** Keys ("1994", "1994-03") of the rows the analyst opened; kept while rows come and go. */
    private final Set<String> expanded = new HashSet<>();
    private List<Object> shown = List.of();

    /** @param loadingText what the pane says until the first counts arrive */
    public DateTreePane(TimelineViewModel model, String undatedLabel, String loadingText) {
        this.model = model;
        this.undatedLabel = undatedLabel;
        this.loadingText = loadingText;
        tree.setId("date-tree");
        tree.setShowRoot(false);
        tree.setRoot(new TreeItem<>());
        tree.setCellFactory(t -> new DateCell());
        tree.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            TreeItem<DateNode> item = tree.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && item != null && item.getValue() != null) {
                model.select(item.getValue());
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                model.escape(); // the tree would swallow it: the window's Escape never comes
                e.consume();
            }
        });
        model.loadedProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    /** New counts: rebuild only when they changed, then show the active filter. */
    private void refresh() {
        List<Object> data = List.of(List.copyOf(model.months()), Map.copyOf(model.yearTotals()), model.undatedProperty().get());
        if (!data.equals(shown)) {
            shown = data;
            rebuild();
        }
        showActiveFilter();
    }

    private void rebuild() {
        TreeItem<DateNode> root = new TreeItem<>();
        Map<Integer, List<MonthCount>> byYear = new LinkedHashMap<>();
        List<MonthCount> months = model.months();
        for (int i = months.size() - 1; i >= 0; i--) { // newest first
            MonthCount mc = months.get(i);
            byYear.computeIfAbsent(mc.month().getYear(), y -> new ArrayList<>()).add(mc);
        }
        for (Integer y : model.yearTotals().keySet()) {
            byYear.putIfAbsent(y, new ArrayList<>()); // a year with year-only dates and no months
        }
        List<Integer> years = new ArrayList<>(byYear.keySet());
        years.sort(Comparator.reverseOrder());
        for (Integer y : years) {
            List<MonthCount> yearMonths = byYear.get(y);
            long total = model.yearTotals().getOrDefault(y, yearMonths.stream().mapToLong(MonthCount::count).sum());
            TreeItem<DateNode> yearItem = new TreeItem<>(new DateNode(DateNode.Kind.YEAR, String.valueOf(y),
                    LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), total));
            for (MonthCount mc : yearMonths) {
                yearItem.getChildren().add(monthItem(mc));
            }
            remember(yearItem, String.valueOf(y));
            root.getChildren().add(yearItem);
        }
        if (model.undatedProperty().get() > 0) {
            root.getChildren().add(new TreeItem<>(new DateNode(DateNode.Kind.UNDATED, undatedLabel, null, null,
                    model.undatedProperty().get())));
        }
        tree.setRoot(root);
    }

    /** Opens the row if the analyst had it open, and notes when they open or close it. */
    private void remember(TreeItem<DateNode> item, String key) {
        item.setExpanded(expanded.contains(key));
        item.expandedProperty().addListener((o, was, now) -> {
            if (now) {
                expanded.add(key);
            } else {
                expanded.remove(key);
            }
        });
    }

    private TreeItem<DateNode> monthItem(MonthCount mc) {
        YearMonth ym = mc.month();
        String name = ym.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        TreeItem<DateNode> item = new TreeItem<>(new DateNode(DateNode.Kind.MONTH, name, ym.atDay(1), ym.atEndOfMonth(), mc.count()));
        item.getChildren().add(new TreeItem<>()); // placeholder, so it can be expanded; days load on demand
        ChangeListener<Boolean> onExpand = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (now) {
                    item.expandedProperty().removeListener(this);
                    model.loadDays(ym, days -> {
                        fillDays(item, days);
                        showActiveFilter(); // the active day may be one of them
                    });
                }
            }
        };
        item.expandedProperty().addListener(onExpand);
        remember(item, ym.toString());
        return item;
    }

    private static void fillDays(TreeItem<DateNode> month, List<DayCount> days) {
        List<TreeItem<DateNode>> items = new ArrayList<>();
        for (DayCount d : days) {
            items.add(new TreeItem<>(new DateNode(DateNode.Kind.DAY, DAY.format(d.day()), d.day(), d.day(), d.count())));
        }
        month.getChildren().setAll(items);
    }

    /** Selects the row that is the date filter, opening its year and month; selects nothing for any other range. */
    private void showActiveFilter() {
        ClippingFilter f = model.filter();
        TreeItem<DateNode> active = null;
        for (TreeItem<DateNode> top : tree.getRoot().getChildren()) {
            DateNode n = top.getValue();
            if (f.undatedOnly() ? n.kind() == DateNode.Kind.UNDATED : matches(n, f)) {
                active = top;
            } else if (n.kind() == DateNode.Kind.YEAR && f.from() != null && f.to() != null && f.from().getYear() == n.from().getYear()
                    && f.to().getYear() == n.from().getYear()) {
                for (TreeItem<DateNode> month : top.getChildren()) {
                    if (matches(month.getValue(), f)) {
                        top.setExpanded(true);
                        active = month;
                    } else if (month.getValue().from().getMonth() == f.from().getMonth() && f.from().equals(f.to())) {
                        top.setExpanded(true);
                        month.setExpanded(true); // the days load, then this runs again and finds the day
                        for (TreeItem<DateNode> day : month.getChildren()) {
                            if (day.getValue() != null && matches(day.getValue(), f)) {
                                active = day;
                            }
                        }
                    }
                }
            }
        }
        if (active == null) {
            tree.getSelectionModel().clearSelection();
        } else if (tree.getSelectionModel().getSelectedItem() != active) {
            tree.getSelectionModel().select(active);
            int row = tree.getRow(active);
            if (row >= 0) {
                tree.scrollTo(Math.max(0, row - 3));
            }
        }
        tree.refresh(); // the active-date mark follows the filter
    }

    private static boolean matches(DateNode n, ClippingFilter f) {
        return n != null && n.kind() != DateNode.Kind.UNDATED && !f.undatedOnly()
                && Objects.equals(n.from(), f.from()) && Objects.equals(n.to(), f.to());
    }

    /** The tree with the words shown over it until the first counts arrive (what the window lays out). */
    public Node view() {
        Label loading = new Label(loadingText);
        loading.setId("date-tree-loading");
        loading.getStyleClass().add("placeholder-text");
        loading.visibleProperty().bind(model.loadedProperty().isEqualTo(0));
        loading.setMouseTransparent(true);
        StackPane.setAlignment(loading, Pos.TOP_LEFT);
        loading.setPadding(new Insets(6, 8, 6, 8));
        return new StackPane(tree, loading);
    }

    public TreeView<DateNode> node() {
        return tree;
    }

    private final class DateCell extends TreeCell<DateNode> {
        DateCell() {
            addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
                if (isEmpty() || getItem() == null || e.getButton() != MouseButton.PRIMARY || onDisclosure(e)) {
                    return; // the arrow only opens and closes
                }
                model.select(getItem());
            });
        }

        private boolean onDisclosure(MouseEvent e) {
            Node arrow = getDisclosureNode();
            if (arrow == null || !arrow.isVisible() || getTreeItem() == null || getTreeItem().isLeaf()) {
                return false;
            }
            Bounds b = arrow.localToScene(arrow.getBoundsInLocal());
            return e.getSceneX() <= b.getMaxX() + 2;
        }

        @Override
        protected void updateItem(DateNode node, boolean empty) {
            super.updateItem(node, empty);
            setText(empty || node == null ? null : node.label() + "  (" + String.format(Locale.ROOT, "%,d", node.count()) + ")");
            ClippingFilter f = model.filter();
            boolean active = !empty && node != null
                    && (node.kind() == DateNode.Kind.UNDATED ? f.undatedOnly() : matches(node, f));
            if (active) {
                if (!getStyleClass().contains("active-date")) {
                    getStyleClass().add("active-date");
                }
            } else {
                getStyleClass().remove("active-date");
            }
        }
    }
}
