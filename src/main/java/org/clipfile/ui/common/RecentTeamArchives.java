package org.clipfile.ui.common;

import java.util.ArrayList;
import java.util.List;
import org.clipfile.archive.ArchiveAddress;

/**
 * The team archives File › Open team archive… offers: most recent first, at most {@link #LIMIT},
 * each as its address without a password (a password never reaches the settings file).
 */
public final class RecentTeamArchives {
    public static final int LIMIT = 8;

    private RecentTeamArchives() {
    }

    /** {@code recent} with {@code opened} moved (or added) to the top. */
    public static List<String> add(List<String> recent, ArchiveAddress.Server opened) {
        String text = opened.withLogin(opened.user(), null).toString();
        List<String> out = new ArrayList<>(LIMIT);
        out.add(text);
        for (String r : recent) {
            if (out.size() == LIMIT) {
                break;
            }
            if (!r.equals(text)) {
                out.add(r);
            }
        }
        return List.copyOf(out);
    }
}
