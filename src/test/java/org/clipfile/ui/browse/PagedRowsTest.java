package org.clipfile.ui.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.clipfile.search.ClippingRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A new result replaces the table's rows in one cheap change: no list of a million removed rows,
 * and no scan of every row (which made every slot and asked for every page).
 */
@ExtendWith(ApplicationExtension.class)
class PagedRowsTest {
    final List<Integer> loads = new ArrayList<>();
    PagedRows rows;
    TableView<RowSlot> table;

    Stage own;

    /** A stage of its own, closed afterwards: the primary stage is left as the window tests expect it. */
    @Start
    void start(Stage primary) {
        Stage stage = new Stage();
        own = stage;
        rows = new PagedRows((offset, limit, generation, sink) -> {
            loads.add(offset);
            Platform.runLater(() -> {
                List<ClippingRow> page = new ArrayList<>();
                for (int i = 0; i < limit; i++) {
                    page.add(new ClippingRow(offset + i, "Row " + (offset + i), null, null, List.of(), null));
                }
                sink.loaded(offset, generation, page);
            });
        });
        table = new TableView<>(rows);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setFixedCellSize(26);
        TableColumn<RowSlot, String> title = new TableColumn<>("Title");
        title.setCellValueFactory(f -> new SimpleStringProperty(f.getValue().row() == null ? "…" : f.getValue().row().title()));
        table.getColumns().add(title);
        stage.setScene(new Scene(table, 400, 300));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(own::close).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> changes(PagedRows list, Runnable action) {
        List<String> seen = new ArrayList<>();
        ListChangeListener<RowSlot> listener = c -> {
            while (c.next()) {
                seen.add(c.getFrom() + ".." + c.getTo() + " removed " + c.getRemovedSize() + (c.wasReplaced() ? " replaced" : ""));
            }
        };
        list.addListener(listener);
        action.run();
        list.removeListener(listener);
        return seen;
    }

    @Test
    void resetIsOneReplacementWhoseRemovedRowsAreTheOldSlots() {
        PagedRows list = new PagedRows((offset, limit, generation, sink) -> { });
        assertThat(changes(list, () -> list.reset(0))).isEmpty();
        assertThat(changes(list, () -> list.reset(1_000_000))).containsExactly("0..1000000 removed 0");
        RowSlot shown = list.get(450);
        List<RowSlot> removed = new ArrayList<>();
        ListChangeListener<RowSlot> look = c -> {
            c.next();
            removed.add(c.getRemoved().get(450));
            removed.add(c.getRemoved().get(999_999));
            assertThat(c.next()).isFalse();
        };
        list.addListener(look);
        assertThat(changes(list, () -> list.reset(3))).containsExactly("0..3 removed 1000000 replaced");
        list.removeListener(look);
        assertThat(removed.get(0)).isSameAs(shown);
        assertThat(removed.get(1)).isNotNull();
        assertThat(list).hasSize(3);
        assertThat(changes(list, () -> list.reset(0))).containsExactly("0..0 removed 3");
    }

    @Test
    void indexOfLooksOnlyAtSlotsMadeSoFar() {
        List<Integer> asked = new ArrayList<>();
        PagedRows list = new PagedRows((offset, limit, generation, sink) -> asked.add(offset));
        list.reset(1_000_000);
        RowSlot slot = list.get(123_456);
        assertThat(list.indexOf(slot)).isEqualTo(123_456);
        assertThat(list.contains(slot)).isTrue();
        list.reset(1_000_000);
        assertThat(list.indexOf(slot)).isEqualTo(-1);
        assertThat(list.contains(new RowSlot())).isFalse();
        assertThat(asked).containsExactly(123_400);
    }

    @Test
    void aNewResultClearsTheSelectionWithoutLoadingEveryPage() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> rows.reset(1_000_000)).get();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> table.getSelectionModel().select(5)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getSelectionModel().getSelectedIndices()).containsExactly(5);
        loads.clear();

        WaitForAsyncUtils.asyncFx(() -> rows.reset(1_000_000)).get();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getSelectionModel().getSelectedIndices()).isEmpty();
        assertThat(table.getFocusModel().getFocusedIndex()).isEqualTo(0);
        assertThat(loads).as("pages asked for after the reset").containsExactly(0);
        assertThat(rows.rowAt(0).title()).isEqualTo("Row 0");

        WaitForAsyncUtils.asyncFx(() -> {
            table.getSelectionModel().selectRange(10, 13);
            table.scrollTo(700_000);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getSelectionModel().getSelectedIndices()).containsExactly(10, 11, 12);
        assertThat(rows.rowAt(700_000)).isNotNull();

        WaitForAsyncUtils.asyncFx(() -> rows.reset(40)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getSelectionModel().getSelectedIndices()).isEmpty();
        assertThat(table.getItems()).hasSize(40);
        assertThat(rows.rowAt(0).title()).isEqualTo("Row 0");
    }

    @Test
    void aFirstPageThatCameWithTheCountIsShownWithoutLoadingItAgain() throws Exception {
        List<ClippingRow> first = new ArrayList<>();
        for (int i = 0; i < PagedRows.PAGE_SIZE; i++) {
            first.add(new ClippingRow(i, "Given " + i, null, null, List.of(), null));
        }
        WaitForAsyncUtils.asyncFx(() -> rows.reset(5000, first)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rows.rowAt(0).title()).isEqualTo("Given 0");
        assertThat(rows.get(3).row().title()).isEqualTo("Given 3");
        assertThat(loads).as("page 0 came with the count").doesNotContain(0);
        assertThat(rows.rowAt(PagedRows.PAGE_SIZE)).isNull();
    }
}
