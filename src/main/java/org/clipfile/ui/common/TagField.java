package org.clipfile.ui.common;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.collections.ObservableList;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The one tag input of the window (reader, Ctrl+T, the new-clipping editor): completes from the
 * archive's topics as the analyst types, Down/Up walk the suggestions, Enter commits. With
 * {@code several}, the field holds a comma-separated list and completes its last entry.
 */
public final class TagField {
    private final TextField field = new TextField();
    private final ObservableList<String> known;
    private final boolean several;
    private final ContextMenu suggestions = new ContextMenu();
    private Predicate<String> exclude = t -> false;
    private Consumer<String> onCommit = t -> { };
    private List<String> matches = List.of();
    private int matchIndex = -1;
    private boolean completing;

    public TagField(ObservableList<String> known, boolean several) {
        this.known = known;
        this.several = several;
        field.getStyleClass().add("tag-field");
        field.textProperty().addListener((o, a, b) -> {
            if (!completing) {
                suggest(b);
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if ((e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP) && !matches.isEmpty()) {
                matchIndex = Math.floorMod(matchIndex + (e.getCode() == KeyCode.DOWN ? 1 : -1), matches.size());
                complete(matches.get(matchIndex));
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && suggestions.isShowing()) {
                suggestions.hide();
                e.consume();
            }
        });
        field.setOnAction(e -> commit());
        field.focusedProperty().addListener((o, a, b) -> {
            if (!b) {
                suggestions.hide();
            }
        });
    }

    /** Tags not to suggest (those a clipping already carries). */
    public void setExclude(Predicate<String> exclude) {
        this.exclude = exclude;
    }

    /** What Enter does with the typed text (the reader adds it as a tag and clears the field). */
    public void setOnCommit(Consumer<String> onCommit) {
        this.onCommit = onCommit;
    }

    public TextField node() {
        return field;
    }

    /** The suggestions for what is typed now, best first (for tests and the popup). */
    public List<String> matches() {
        return matches;
    }

    private void commit() {
        suggestions.hide();
        String typed = field.getText();
        if (typed != null && !typed.isBlank()) {
            onCommit.accept(typed.strip());
        }
    }

    private String lastEntry(String typed) {
        if (!several) {
            return typed;
        }
        int cut = Math.max(typed.lastIndexOf(','), typed.lastIndexOf(';'));
        return typed.substring(cut + 1);
    }

    private void complete(String tag) {
        String typed = field.getText();
        String head = several ? typed.substring(0, typed.length() - lastEntry(typed).length()) : "";
        completing = true;
        field.setText(head.isEmpty() || head.endsWith(" ") ? head + tag : head + " " + tag);
        field.end();
        completing = false;
    }

    private void suggest(String typed) {
        matchIndex = -1;
        String entry = typed == null ? "" : lastEntry(typed).strip().toLowerCase(Locale.ROOT);
        if (entry.isEmpty()) {
            matches = List.of();
            suggestions.hide();
            return;
        }
        matches = known.stream()
                .filter(p -> p.toLowerCase(Locale.ROOT).contains(entry) && !exclude.test(p))
                .sorted((a, b) -> Boolean.compare(!a.toLowerCase(Locale.ROOT).startsWith(entry), !b.toLowerCase(Locale.ROOT).startsWith(entry)))
                .limit(8).toList();
        if (matches.isEmpty() || !field.isFocused()) {
            suggestions.hide();
            return;
        }
        suggestions.getItems().clear();
        for (String match : matches) {
            MenuItem item = new MenuItem(match);
            item.setOnAction(e -> {
                complete(match);
                if (!several) {
                    commit();
                }
            });
            suggestions.getItems().add(item);
        }
        if (!suggestions.isShowing() && field.getScene() != null && field.getScene().getWindow() != null) {
            suggestions.show(field, Side.BOTTOM, 0, 0);
        }
    }
}
