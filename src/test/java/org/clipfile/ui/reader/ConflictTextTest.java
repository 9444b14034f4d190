package org.clipfile.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.clipfile.archive.Clipping;
import org.clipfile.archive.ClippingEdit;
import org.junit.jupiter.api.Test;

/** "Merge…": each field from the side that changed it; both texts, separated, where both did. */
class ConflictTextTest {
    static Clipping clipping(String title, String text, String notes, String source) {
        Instant t = Instant.parse("2026-12-07T10:00:00Z");
        return new Clipping(7, title, text, notes, null, source, null, null, List.of(), t, t, "h", null, "anna", "anna");
    }

    @Test
    void eachSideKeepsWhatOnlyItChanged() {
        Clipping began = clipping("Title", "Text.", "", "Reuters");
        Clipping theirs = clipping("Title", "Text.", "Ben's note", "AP");
        ClippingEdit mine = new ClippingEdit("My title", "My text.", "", null, "Reuters", null, null);
        ClippingEdit merged = ConflictText.merge(began, theirs, mine, "-- sep --");
        assertThat(merged.title()).isEqualTo("My title");
        assertThat(merged.text()).isEqualTo("My text.");
        assertThat(merged.notes()).isEqualTo("Ben's note");
        assertThat(merged.source()).isEqualTo("AP");
    }

    @Test
    void whereBothChangedTheTextBothAreKeptTheirsFirst() {
        Clipping began = clipping("Title", "Text.", null, null);
        Clipping theirs = clipping("Their title", "Their text.\n", null, null);
        ClippingEdit mine = new ClippingEdit("My title", "My text.", null, null, null, null, null);
        ClippingEdit merged = ConflictText.merge(began, theirs, mine, "-- sep --");
        assertThat(merged.text()).isEqualTo("Their text.\n\n-- sep --\n\nMy text.");
        assertThat(merged.title()).isEqualTo("My title");
        assertThat(ConflictText.merge(began, theirs, new ClippingEdit("Title", "Their text.\n", null, null, null, null, null), "x").text())
                .as("the same change on both sides is not doubled").isEqualTo("Their text.\n");
    }
}
