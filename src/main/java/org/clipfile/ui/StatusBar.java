package org.clipfile.ui;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.clipfile.ui.browse.ClippingListViewModel;
import org.clipfile.ui.common.BackgroundOperation;
import org.clipfile.ui.common.Messages;
import org.clipfile.ui.workspace.Browsing;
import org.clipfile.ui.workspace.WindowSession;

/**
 * The window's bottom line: how many clippings the filter shows and in which order, what just
 * happened, and the long operation running now with its progress and a way to cancel it.
 */
final class StatusBar {
    private StatusBar() {
    }

    static Node build(ClippingListViewModel list, Browsing browsing, WindowSession session, BackgroundOperation operation,
            Messages m) {
        Label count = new Label();
        count.setId("status-count");
        count.setMinWidth(Region.USE_PREF_SIZE); // the count is never cut; the message gives way
        count.textProperty().bind(Bindings.createStringBinding(() -> list.loadingProperty().get() && list.countProperty().get() == 0
                ? m.get("status.countLoading")
                : m.get(browsing.filter().trash() ? "status.countTrash" : "status.count", m.clippings(list.countProperty().get())),
                list.countProperty(), list.loadingProperty(), browsing.filterProperty()));
        Label order = new Label();
        order.setId("sort-order");
        order.getStyleClass().add("muted");
        order.setMinWidth(Region.USE_PREF_SIZE);
        order.textProperty().bind(Bindings.createStringBinding(() -> m.get("sort." + list.sortProperty().get().name().toLowerCase(Locale.ROOT)),
                list.sortProperty()));
        Label message = new Label();
        message.setId("status-message");
        message.textProperty().bind(session.statusProperty());
        message.setMinWidth(0);
        message.setMaxWidth(Double.MAX_VALUE);
        Tooltip messageTip = new Tooltip();
        messageTip.textProperty().bind(session.statusProperty());
        message.setTooltip(messageTip);
        HBox.setHgrow(message, Priority.ALWAYS);
        ProgressBar progress = new ProgressBar();
        progress.setId("operation-progress");
        progress.setPrefWidth(140);
        progress.setMinWidth(80);
        progress.progressProperty().bind(operation.progressProperty());
        Label detail = new Label();
        detail.setId("operation-detail");
        detail.textProperty().bind(operation.detailProperty());
        detail.setMinWidth(0);
        detail.setMaxWidth(360);
        Button cancel = new Button(m.get("operation.cancel"));
        cancel.setId("operation-cancel");
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setOnAction(e -> operation.cancel());
        HBox running = new HBox(8, detail, progress, cancel);
        running.setAlignment(Pos.CENTER_RIGHT);
        running.setMinWidth(0);
        running.visibleProperty().bind(operation.runningProperty());
        running.managedProperty().bind(operation.runningProperty());
        HBox bar = new HBox(12, count, order, message, running);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

}
