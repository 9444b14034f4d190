package org.clipfile.ui.timeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.clipfile.search.DayCount;
import org.clipfile.search.MonthCount;

/** Year › month › day with counts, and the undated clippings; a click filters to that period. */
public final class DateTreePane {
    private final TreeView<DateNode> tree = new TreeView<>();
    private final TimelineViewModel model;
    private final String undatedLabel;

    public DateTreePane(TimelineViewModel model, String undatedLabel) {
        this.model = model;
        this.undatedLabel = undatedLabel;
        tree.setId("date-tree");
        tree.setShowRoot(false);
        tree.setRoot(new TreeItem<>());
        tree.setCellFactory(t -> new TreeCell<>() {
            {
                setOnMouseClicked(e -> {
                    if (!isEmpty() && getItem() != null && e.getButton() == MouseButton.PRIMARY) {
                        model.select(getItem());
                    }
                });
            }

            @Override
            protected void updateItem(DateNode node, boolean empty) {
                super.updateItem(node, empty);
                setText(empty || node == null ? null : node.label() + "  (" + node.count() + ")");
            }
        });
        tree.setOnKeyPressed(e -> {
            TreeItem<DateNode> item = tree.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && item != null && item.getValue() != null) {
                model.select(item.getValue());
                e.consume();
            }
        });
        model.months().addListener((ListChangeListener<MonthCount>) c -> rebuild());
        model.undatedProperty().addListener((o, a, b) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        TreeItem<DateNode> root = new TreeItem<>();
        Map<Integer, List<MonthCount>> byYear = new LinkedHashMap<>();
        List<MonthCount> months = model.months();
        for (int i = months.size() - 1; i >= 0; i--) { // newest first
            MonthCount mc = months.get(i);
            byYear.computeIfAbsent(mc.month().getYear(), y -> new java.util.ArrayList<>()).add(mc);
        }
        for (Integer y : model.yearTotals().keySet()) {
            byYear.putIfAbsent(y, new java.util.ArrayList<>()); // a year with year-only dates and no months
        }
        List<Integer> years = new java.util.ArrayList<>(byYear.keySet());
        years.sort(java.util.Comparator.reverseOrder());
        for (Integer y : years) {
            List<MonthCount> yearMonths = byYear.get(y);
            long total = model.yearTotals().getOrDefault(y, yearMonths.stream().mapToLong(MonthCount::count).sum());
            TreeItem<DateNode> yearItem = new TreeItem<>(new DateNode(DateNode.Kind.YEAR, String.valueOf(y),
                    LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), total));
            for (MonthCount mc : yearMonths) {
                yearItem.getChildren().add(monthItem(mc));
            }
            root.getChildren().add(yearItem);
        }
        if (model.undatedProperty().get() > 0) {
            root.getChildren().add(new TreeItem<>(new DateNode(DateNode.Kind.UNDATED, undatedLabel, null, null,
                    model.undatedProperty().get())));
        }
        tree.setRoot(root);
    }

    private TreeItem<DateNode> monthItem(MonthCount mc) {
        YearMonth ym = mc.month();
        String name = ym.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        TreeItem<DateNode> item = new TreeItem<>(new DateNode(DateNode.Kind.MONTH, name, ym.atDay(1), ym.atEndOfMonth(), mc.count()));
        item.getChildren().add(new TreeItem<>()); // placeholder, so it can be expanded; days load on demand
        ChangeListener<Boolean> onExpand = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (now) {
                    item.expandedProperty().removeListener(this);
                    model.loadDays(ym, days -> fillDays(item, days));
                }
            }
        };
        item.expandedProperty().addListener(onExpand);
        return item;
    }

    private static void fillDays(TreeItem<DateNode> month, List<DayCount> days) {
        month.getChildren().clear();
        for (DayCount d : days) {
            month.getChildren().add(new TreeItem<>(new DateNode(DateNode.Kind.DAY, d.day().toString(), d.day(), d.day(), d.count())));
        }
    }

    public TreeView<DateNode> node() {
        return tree;
    }
}
