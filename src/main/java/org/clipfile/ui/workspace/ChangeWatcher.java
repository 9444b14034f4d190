package org.clipfile.ui.workspace;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.WeakHashMap;
import org.clipfile.archive.Archive;

/**
 * Notices commits by other connections (the command line importing into the same file).
 * SQLite's {@code PRAGMA data_version} is per connection, and the archive lends out whichever reader
 * connection is idle, so each connection's last value is remembered separately: comparing values of
 * two different connections would report changes that never happened.
 */
final class ChangeWatcher {
    private final Archive archive;
    private final Map<Connection, Long> lastSeen = new WeakHashMap<>();

    ChangeWatcher(Archive archive) {
        this.archive = archive;
    }

    /** True if some connection saw another connection commit since it was last asked. Runs off the FX thread. */
    boolean changed() {
        return archive.read(c -> {
            long version;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA data_version")) {
                version = rs.next() ? rs.getLong(1) : 0L;
            }
            synchronized (lastSeen) {
                Long before = lastSeen.put(c, version);
                return before != null && before != version;
            }
        });
    }
}
