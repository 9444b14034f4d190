package org.clipfile.testing;

import java.nio.file.Path;
import org.clipfile.archive.Archive;

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
        return this == SQLITE ? Archive.open(TestArchives.file(dir), options) : Archive.open(server.newDatabase(), options);
    }
}
