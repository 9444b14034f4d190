package org.clipfile.ui.browse;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.clipfile.search.ClippingRow;

/** A place in the table for one row; empty until its page has been loaded. */
public final class RowSlot {
    private final ReadOnlyObjectWrapper<ClippingRow> row = new ReadOnlyObjectWrapper<>();

    public ReadOnlyObjectProperty<ClippingRow> rowProperty() {
        return row.getReadOnlyProperty();
    }

    public ClippingRow row() {
        return row.get();
    }

    void fill(ClippingRow r) {
        row.set(r);
    }
}
