package org.clipfile.ui.browse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import org.clipfile.search.ClippingRow;
import org.clipfile.search.SortOrder;
import org.clipfile.ui.common.ClippingDrag;
import org.clipfile.ui.common.Messages;
import org.clipfile.ui.workspace.Browsing;

/**
 * The clipping table: virtualised over {@link PagedRows}; a column click changes the order in the
 * database, not in memory. Rows can be dragged onto a tag.
 */
public final class ClippingTable {
    private final TableView<RowSlot> table = new TableView<>();
    private final ClippingListViewModel model;
    private final Browsing browsing;
    private final TableColumn<RowSlot, String> source;
    private final TableColumn<RowSlot, String> tags;
    private final TableColumn<RowSlot, String> title;

    public ClippingTable(ClippingListViewModel model, Browsing browsing, Messages m, Node welcome, Node noMatches) {
        this.model = model;
        this.browsing = browsing;
        table.setId("clipping-table");
        table.getStyleClass().add("clipping-table");
        table.setItems(model.rows());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        // Sized by fitColumns: the title takes whatever the others leave (no constrained policy, which
        // shares the width by preferred sizes and leaves the title cut while space stays empty).
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setFixedCellSize(26);

        TableColumn<RowSlot, String> date = column(m.get("column.date"), "date", r -> r.date() == null ? "—" : r.date().iso());
        date.setMinWidth(92);
        date.setPrefWidth(96);
        date.setMaxWidth(96);
        TableColumn<RowSlot, String> title = column(m.get("column.title"), "title", ClippingRow::title);
        title.setMinWidth(120);
        title.setPrefWidth(380);
        this.title = title;
        source = column(m.get("column.source"), "source", r -> r.source() == null ? "" : r.source());
        source.setSortable(false);
        tags = column(m.get("column.tags"), "tags", r -> String.join(", ", r.tags()));
        tags.setSortable(false);
        table.getColumns().add(date);
        table.getColumns().add(title);
        table.getColumns().add(source);
        table.getColumns().add(tags);
        fitColumns();
        table.widthProperty().addListener((o, a, b) -> fitColumns());
        for (TableColumn<RowSlot, String> c : List.of(date, source, tags)) {
            c.widthProperty().addListener((o, a, b) -> fitTitle());
            c.visibleProperty().addListener((o, a, b) -> fitTitle());
        }

        // Sorting happens in the database: map the sort column to an order and reload.
        table.setSortPolicy(t -> {
            if (t.getSortOrder().isEmpty()) {
                model.columnSortProperty().set(null);
            } else {
                TableColumn<RowSlot, ?> c = t.getSortOrder().get(0);
                boolean ascending = c.getSortType() == TableColumn.SortType.ASCENDING;
                model.columnSortProperty().set(c == title ? SortOrder.TITLE : ascending ? SortOrder.OLDEST : SortOrder.NEWEST);
            }
            return true;
        });
        // A new search drops a header sort (the model says so): the header arrow goes too.
        model.columnSortProperty().addListener((o, a, b) -> {
            if (b == null && !table.getSortOrder().isEmpty()) {
                table.getSortOrder().clear();
            }
        });

        Label loading = new Label(m.get("table.loading"));
        loading.setId("table-loading");
        loading.getStyleClass().add("placeholder-text");
        Label trashEmpty = new Label(m.get("table.trashEmpty"));
        trashEmpty.setId("trash-empty");
        trashEmpty.getStyleClass().add("placeholder-text");
        table.placeholderProperty().bind(Bindings.createObjectBinding(() -> model.loadingProperty().get() && model.countProperty().get() == 0 ? loading
                : model.archiveEmptyProperty().get() ? welcome
                : browsing.filter().trash() && browsing.filter().isEmpty() ? trashEmpty : noMatches,
                model.loadingProperty(), model.countProperty(), model.archiveEmptyProperty(), browsing.filterProperty()));
        table.getSelectionModel().getSelectedIndices().addListener((ListChangeListener<Integer>) c -> publishSelection());
        model.setOnPageLoaded(() -> {
            publishSelection();
            fitColumns();
        });

        table.setRowFactory(t -> {
            TableRow<RowSlot> row = new TableRow<>();
            row.setOnDragDetected(e -> {
                if (row.isEmpty()) {
                    return;
                }
                List<Long> ids = browsing.selectedIds().isEmpty() ? List.of() : List.copyOf(browsing.selectedIds());
                if (ids.isEmpty()) {
                    return;
                }
                Dragboard db = row.startDragAndDrop(TransferMode.LINK);
                ClipboardContent content = new ClipboardContent();
                content.put(ClippingDrag.CLIPPING_IDS, ClippingDrag.encode(ids));
                db.setContent(content);
                e.consume();
            });
            return row;
        });
    }

    private TableColumn<RowSlot, String> column(String name, String id, Function<ClippingRow, String> text) {
        TableColumn<RowSlot, String> c = new TableColumn<>(name);
        c.setId("column-" + id);
        // A row whose page is still loading stays blank rather than showing "…".
        c.setCellValueFactory(f -> {
            ObservableValue<ClippingRow> row = f.getValue().rowProperty();
            return Bindings.createStringBinding(() -> row.getValue() == null ? "" : text.apply(row.getValue()), row);
        });
        c.setCellFactory(col -> new CutTextCell());
        return c;
    }

    /** A cell whose full text shows as a tooltip when the column is too narrow for it. */
    private static final class CutTextCell extends TableCell<RowSlot, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
        }

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            // The skin's Text node holds what is drawn: "Xi and Biden me…" when the text was cut.
            javafx.scene.Node drawn = lookup(".text");
            String full = getText();
            boolean cut = full != null && !full.isEmpty() && drawn instanceof Text t && !full.equals(t.getText());
            if (cut && (getTooltip() == null || !full.equals(getTooltip().getText()))) {
                setTooltip(new Tooltip(full));
            } else if (!cut && getTooltip() != null) {
                setTooltip(null);
            }
        }
    }

    /**
     * Sizes Source and Tags to what the loaded rows hold (within limits), hides them when no row
     * has any, drops Tags on a narrow table (the reader shows them), and leaves the rest to the title.
     */
    private void fitColumns() {
        double available = table.getWidth();
        boolean anySource = false;
        boolean anyTags = false;
        double sourceWidth = headerWidth(source);
        double tagsWidth = headerWidth(tags);
        int loaded = 0;
        for (int i = 0; i < model.rows().size() && loaded < 400; i++) {
            ClippingRow r = model.rows().rowAt(i);
            if (r == null) {
                continue;
            }
            loaded++;
            if (r.source() != null && !r.source().isBlank()) {
                anySource = true;
                sourceWidth = Math.max(sourceWidth, textWidth(r.source()));
            }
            if (!r.tags().isEmpty()) {
                anyTags = true;
                tagsWidth = Math.max(tagsWidth, textWidth(String.join(", ", r.tags())));
            }
        }
        if (loaded == 0) {
            fitTitle();
            return; // nothing to measure yet: keep the columns as they are
        }
        sourceWidth = Math.min(sourceWidth, available < 700 ? 120 : 180);
        tagsWidth = Math.min(tagsWidth, 240);
        source.setVisible(anySource);
        tags.setVisible(anyTags && (available <= 0 || available >= 760));
        source.setMinWidth(headerWidth(source));
        tags.setMinWidth(headerWidth(tags));
        // Pages arrive while the analyst scrolls: a column moves only when it must, since every
        // change of a width lays out and repaints the whole table.
        setWidth(source, sourceWidth);
        setWidth(tags, tagsWidth);
        fitTitle();
    }

    private static void setWidth(TableColumn<?, ?> c, double width) {
        if (Math.abs(c.getPrefWidth() - width) >= 1) {
            c.setPrefWidth(width);
        }
    }

    /** The title column takes the width the other visible columns leave (less the scroll bar's). */
    private void fitTitle() {
        double used = 0;
        for (TableColumn<RowSlot, ?> c : table.getColumns()) {
            if (c != title && c.isVisible()) {
                used += c.getWidth();
            }
        }
        double free = table.getWidth() - used - 18;
        if (free > 0) {
            setWidth(title, Math.max(title.getMinWidth(), free));
        }
    }

    private double headerWidth(TableColumn<?, ?> c) {
        return textWidth(c.getText()) + 8; // room for the sort arrow's gap
    }

    /** Measured text widths: pages arrive as the analyst scrolls, and the same sources recur on every one. */
    private final java.util.Map<String, Double> widths = new java.util.HashMap<>();

    private double textWidth(String s) {
        if (widths.size() > 10_000) {
            widths.clear();
        }
        return widths.computeIfAbsent(s, ClippingTable::measure);
    }

    private static double measure(String s) {
        Text t = new Text(s);
        t.setFont(javafx.scene.text.Font.font(13));
        return Math.ceil(t.getLayoutBounds().getWidth()) + 16; // the cell's padding on both sides
    }

    /**
     * Tells the window which clippings are selected. Rows whose page is not loaded yet are
     * fetched (and published when they arrive); "select all" asks the database for every id
     * instead of loading every page.
     */
    private void publishSelection() {
        List<Integer> indices = List.copyOf(table.getSelectionModel().getSelectedIndices());
        int size = model.rows().size();
        if (size > PagedRows.PAGE_SIZE && indices.size() == size) {
            model.allIds(ids -> {
                if (table.getSelectionModel().getSelectedIndices().size() == model.rows().size()) {
                    browsing.selectedIds().setAll(ids);
                }
            });
            return;
        }
        List<Long> ids = new ArrayList<>();
        for (Integer i : indices) {
            ClippingRow r = i == null ? null : model.rows().rowAt(i);
            if (r != null) {
                ids.add(r.id());
            } else if (i != null && i >= 0 && i < size) {
                model.rows().get(i); // starts loading its page; publishSelection runs again when it arrives
            }
        }
        if (!ids.equals(browsing.selectedIds())) {
            browsing.selectedIds().setAll(ids);
        }
    }

    public TableView<RowSlot> node() {
        return table;
    }
}
