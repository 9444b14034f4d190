package org.clipfile.testing;

import java.nio.file.Path;
import org.clipfile.archive.Archive;
import org.clipfile.archive.ArchiveAddress;

/**
 * The engines an archive test runs on: the same test, the same expectations. Use with
 * {@code @ParameterizedClass @EnumSource(TestEngine.class)} and {@link PostgresExtension}.
 */
public enum TestEngine {
    SQLITE, POSTGRESQL;

    /** A new, empty archive: a file in {@code dir}, or a fresh database on the test server. */
    public Archive open(Path dir, PostgresServer server) {
        return open(dir, server, Archive.Options.NO_DAILY_BACKUP);
    }

    public Archive open(Path dir, PostgresServer server, Archive.Options options) {
        return Archive.open(place(dir, server), options);
    }

    /** Where a new archive goes (open it as often as a test needs: a second connection plays another program). */
    public ArchiveAddress place(Path dir, PostgresServer server) {
        return this == SQLITE ? new ArchiveAddress.File(TestArchives.file(dir)) : server.newDatabase();
    }
}
