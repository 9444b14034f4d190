package org.clipfile.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.clipfile.archive.Archive;
import org.clipfile.archive.ArchiveCheck;
import org.sqlite.SQLiteConfig;

/** What must hold after any fault: the archive opens, and SQLite, FTS5 and the tag tree all check out. */
final class Invariants {
    private Invariants() {
    }

    /** Opens the archive as the app does and runs every check, repairing nothing. */
    static void assertSound(Path archiveFile) {
        try (Archive archive = Archive.open(archiveFile, Archive.Options.NO_DAILY_BACKUP)) {
            String integrity = archive.read(c -> one(c, "PRAGMA integrity_check"));
            assertThat(integrity).isEqualTo("ok");
            archive.write(c -> {
                // FTS5's own check; throws SQLITE_CORRUPT_VTAB if the index is inconsistent.
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO clipping_fts (clipping_fts, rank) VALUES ('integrity-check', 0)");
                }
                return null;
            });
            ArchiveCheck.Report report = new ArchiveCheck(archive).run(false);
            assertThat(report.findings()).as(String.join("\n", report.lines())).allMatch(ArchiveCheck.Finding::ok);
        }
    }

    static long count(Path archiveFile, String sql) {
        try (Connection c = readOnly(archiveFile); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            return -1; // not yet created, or the schema is not there yet
        }
    }

    /** A plain read-only connection, as a watching test needs while a child writes. */
    static Connection readOnly(Path archiveFile) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(5000);
        return java.sql.DriverManager.getConnection("jdbc:sqlite:" + archiveFile, config.toProperties());
    }

    private static String one(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
