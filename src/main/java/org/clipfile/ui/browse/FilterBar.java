package org.clipfile.ui.browse;

import java.util.Objects;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.clipfile.ui.common.Messages;
import org.clipfile.ui.common.Shortcut;
import org.clipfile.ui.workspace.FilterChip;
import org.clipfile.ui.workspace.Browsing;

/** The search box (searching as the analyst types), the any/all switch for tags and the filter chips. */
public final class FilterBar {
    static final Duration DEBOUNCE = Duration.millis(250);

    private final VBox root = new VBox(4);
    private final TextField search = new TextField();
    private final FlowPane chips = new FlowPane(6, 4);
    private final Browsing browsing;
    private final Messages messages;
    private boolean syncing;

    public FilterBar(Browsing browsing, Messages messages) {
        this.browsing = browsing;
        this.messages = messages;
        root.getStyleClass().add("filter-bar");
        search.setId("search-field");
        search.setPromptText(messages.get("search.prompt", Shortcut.FIND.displayKeys()));
        search.setTooltip(new Tooltip(messages.get("search.help")));
        HBox.setHgrow(search, Priority.ALWAYS);

        // The filter remembered from the last run is set before the window is made: show its query.
        search.setText(browsing.filter().query() == null ? "" : browsing.filter().query());
        PauseTransition pause = new PauseTransition(DEBOUNCE);
        pause.setOnFinished(e -> browsing.setQuery(search.getText()));
        search.textProperty().addListener((o, a, b) -> {
            if (!syncing) {
                pause.playFromStart();
            }
        });
        search.setOnAction(e -> {
            pause.stop();
            browsing.setQuery(search.getText());
        });

        ToggleGroup matching = new ToggleGroup();
        ToggleButton all = new ToggleButton(messages.get("tags.all"));
        all.setId("match-all");
        ToggleButton any = new ToggleButton(messages.get("tags.any"));
        any.setId("match-any");
        all.setToggleGroup(matching);
        any.setToggleGroup(matching);
        all.setTooltip(new Tooltip(messages.get("tags.all.tip")));
        any.setTooltip(new Tooltip(messages.get("tags.any.tip")));
        all.getStyleClass().add("left-pill");
        any.getStyleClass().add("right-pill");
        matching.selectToggle(browsing.filter().anyTag() ? any : all);
        matching.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                matching.selectToggle(a); // one of the two is always on
            } else {
                browsing.setAnyTag(b == any);
            }
        });
        Label tagsLabel = new Label(messages.get("tags.match"));
        HBox switchBox = new HBox(0, all, any);
        HBox top = new HBox(8, search, tagsLabel, switchBox);
        top.setAlignment(Pos.CENTER_LEFT);

        chips.setId("filter-chips");
        chips.getStyleClass().add("chips");
        root.getChildren().addAll(top, chips);

        browsing.chips().addListener((ListChangeListener<FilterChip>) c -> showChips());
        browsing.filterProperty().addListener((o, a, b) -> {
            String q = b.query() == null ? "" : b.query();
            if (!Objects.equals(q.strip(), search.getText().strip())) {
                pause.stop();
                syncing = true;
                search.setText(q);
                syncing = false;
            }
            matching.selectToggle(b.anyTag() ? any : all);
        });
        showChips();
    }

    private void showChips() {
        chips.getChildren().clear();
        for (FilterChip chip : browsing.chips()) {
            Label label = new Label(chip.label());
            Button remove = new Button("✕");
            remove.getStyleClass().add("chip-remove");
            remove.setOnAction(e -> browsing.removeChip(chip));
            remove.setTooltip(new Tooltip(messages.get("chip.remove")));
            HBox box = new HBox(4, label, remove);
            box.setAlignment(Pos.CENTER_LEFT);
            box.getStyleClass().addAll("chip", "chip-" + chip.kind().name().toLowerCase(java.util.Locale.ROOT));
            chips.getChildren().add(box);
        }
        if (!browsing.chips().isEmpty()) {
            Button clear = new Button(messages.get("chips.clear", Shortcut.CLEAR_FILTERS.displayKeys()));
            clear.setId("clear-filters");
            clear.getStyleClass().add("link-button");
            clear.setOnAction(e -> browsing.clearFilters());
            chips.getChildren().add(clear);
        }
        chips.setVisible(!chips.getChildren().isEmpty());
        chips.setManaged(chips.isVisible());
    }

    public TextField searchField() {
        return search;
    }

    public VBox node() {
        return root;
    }
}
