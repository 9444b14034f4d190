package org.clipfile.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.clipfile.archive.Archive;
import org.clipfile.archive.Clipping;
import org.clipfile.archive.ClippingStore;

/** The ids a command was given, each checked to name a clipping before anything is changed. */
final class ClippingIds {
    private ClippingIds() {
    }

    /**
     * The clippings {@code ids} name (in the trash or not), each once.
     *
     * @throws IllegalArgumentException naming every id with no clipping ("no clipping #999999"), so a
     *                                  typo changes nothing rather than part of what was meant
     */
    static List<Clipping> require(Archive archive, List<Long> ids) {
        ClippingStore store = new ClippingStore(archive);
        List<Clipping> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (long id : new LinkedHashSet<>(ids)) {
            store.get(id).ifPresentOrElse(found::add, () -> missing.add("#" + id));
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException((missing.size() == 1 ? "no clipping " : "no clippings ")
                    + String.join(", ", missing) + "; nothing was changed");
        }
        return found;
    }

    static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
