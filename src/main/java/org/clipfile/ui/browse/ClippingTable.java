package org.clipfile.ui.browse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.SelectionMode;
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
import org.clipfile.ui.workspace.Workspace;

/**
 * The clipping table: virtualised over {@link PagedRows}; a column click changes the order in the
 * database, not in memory. Rows can be dragged onto a tag.
 */
public final class ClippingTable {
    private final TableView<RowSlot> table = new TableView<>();
    private final ClippingListViewModel model;
    private final Workspace workspace;

    public ClippingTable(ClippingListViewModel model, Workspace workspace, Node welcome, Node noMatches) {
        this.model = model;
        this.workspace = workspace;
        Messages m = workspace.messages();
        table.setId("clipping-table");
        table.getStyleClass().add("clipping-table");
        table.setItems(model.rows());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(26);

        TableColumn<RowSlot, String> date = column(m.get("column.date"), "date", r -> r.date() == null ? "—" : r.date().iso());
        date.setMinWidth(92);
        date.setPrefWidth(96);
        date.setMaxWidth(130);
        TableColumn<RowSlot, String> title = column(m.get("column.title"), "title", ClippingRow::title);
        title.setPrefWidth(380);
        TableColumn<RowSlot, String> source = column(m.get("column.source"), "source", r -> r.source() == null ? "" : r.source());
        source.setPrefWidth(140);
        source.setSortable(false);
        TableColumn<RowSlot, String> tags = column(m.get("column.tags"), "tags", r -> String.join(", ", r.tags()));
        tags.setPrefWidth(200);
        tags.setSortable(false);
        table.getColumns().add(date);
        table.getColumns().add(title);
        table.getColumns().add(source);
        table.getColumns().add(tags);

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

        table.placeholderProperty().bind(Bindings.when(model.archiveEmptyProperty()).then(welcome).otherwise(noMatches));
        table.getSelectionModel().getSelectedIndices().addListener((ListChangeListener<Integer>) c -> publishSelection());
        model.setOnPageLoaded(this::publishSelection);

        table.setRowFactory(t -> {
            TableRow<RowSlot> row = new TableRow<>();
            row.setOnDragDetected(e -> {
                if (row.isEmpty()) {
                    return;
                }
                List<Long> ids = workspace.selectedIds().isEmpty() ? List.of() : List.copyOf(workspace.selectedIds());
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
        c.setCellValueFactory(f -> {
            ObservableValue<ClippingRow> row = f.getValue().rowProperty();
            return Bindings.createStringBinding(() -> row.getValue() == null ? "…" : text.apply(row.getValue()), row);
        });
        return c;
    }

    /**
     * Tells the workspace which clippings are selected. Rows whose page is not loaded yet are
     * fetched (and published when they arrive); "select all" asks the database for every id
     * instead of loading every page.
     */
    private void publishSelection() {
        List<Integer> indices = List.copyOf(table.getSelectionModel().getSelectedIndices());
        int size = model.rows().size();
        if (size > PagedRows.PAGE_SIZE && indices.size() == size) {
            model.allIds(ids -> {
                if (table.getSelectionModel().getSelectedIndices().size() == model.rows().size()) {
                    workspace.selectedIds().setAll(ids);
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
        if (!ids.equals(workspace.selectedIds())) {
            workspace.selectedIds().setAll(ids);
        }
    }

    public TableView<RowSlot> node() {
        return table;
    }
}
