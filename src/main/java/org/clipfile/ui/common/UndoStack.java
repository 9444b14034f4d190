package org.clipfile.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The last changes the analyst made, newest on top; each knows how to reverse itself. */
public final class UndoStack {
    /** A change that can be reversed by calling the core again (it runs off the JavaFX thread). */
    public interface Change {
        String description();

        void revert();
    }

    private static final int LIMIT = 100;
    private final Deque<Change> changes = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper nextDescription = new ReadOnlyStringWrapper("");

    public void push(Change change) {
        changes.push(change);
        if (changes.size() > LIMIT) {
            changes.removeLast();
        }
        changed();
    }

    public Optional<Change> pop() {
        Change c = changes.poll();
        changed();
        return Optional.ofNullable(c);
    }

    public void clear() {
        changes.clear();
        changed();
    }

    private void changed() {
        canUndo.set(!changes.isEmpty());
        nextDescription.set(changes.isEmpty() ? "" : changes.peek().description());
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nextDescriptionProperty() {
        return nextDescription.getReadOnlyProperty();
    }
}
