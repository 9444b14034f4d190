package org.clipfile.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Verifies an archive and repairs what can be rebuilt from the clippings themselves:
 * <ul>
 *   <li>the database file (SQLite's {@code integrity_check}) — cannot be repaired here: restore a backup;</li>
 *   <li>foreign keys — dangling tag links are removed;</li>
 *   <li>the tag tree (ancestor rows, implied tags) — rebuilt from the parent links and explicit tags;</li>
 *   <li>the search index (FTS5's own check, one index row per clipping) — rebuilt from the texts.</li>
 * </ul>
 * Repairs run in one transaction each, and only when the file itself is sound: writing into a
 * damaged file could make it worse.
 */
public final class ArchiveCheck {
    private final Archive archive;

    public ArchiveCheck(Archive archive) {
        this.archive = archive;
    }

    /** One thing looked at: its name, what was wrong (empty when fine), and whether it was repaired. */
    public record Finding(String area, List<String> problems, boolean repaired) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** What the check found. {@link #healthy()} is true when nothing is left wrong. */
    public record Report(ArchiveAddress archive, List<Finding> findings, long clippings, Optional<Backups.Backup> latestBackup) {
        public boolean healthy() {
            return findings.stream().allMatch(f -> f.ok() || f.repaired());
        }

        public boolean repairedSomething() {
            return findings.stream().anyMatch(Finding::repaired);
        }

        private String where() {
            if (!(archive instanceof ArchiveAddress.File f)) {
                return " (a file copy made by 'clipfile backup', brought back with 'clipfile copy --to')";
            }
            return latestBackup.map(b -> " (newest: " + b.file() + ")").orElse(" (none found in " + Backups.folderOf(f.path()) + ")");
        }

        /** Plain-text report, one line per area. */
        public List<String> lines() {
            List<String> lines = new ArrayList<>();
            for (Finding f : findings) {
                if (f.ok()) {
                    lines.add("ok        " + f.area());
                } else {
                    lines.add((f.repaired() ? "repaired  " : "PROBLEM   ") + f.area() + ": " + String.join("; ", f.problems()));
                }
            }
            lines.add(healthy()
                    ? archive + ": " + clippings + " clipping" + (clippings == 1 ? "" : "s") + ", " + (repairedSomething() ? "repaired" : "no problems")
                    : archive + " has problems that check cannot repair. Restore a backup" + where());
            return lines;
        }
    }

    /**
     * Checks everything; with {@code repair}, rebuilds what is wrong and can be rebuilt (a
     * read-only archive is only checked).
     */
    public Report run(boolean repair) {
        boolean mayRepair = repair && !archive.isReadOnly();
        List<Finding> findings = new ArrayList<>();
        if (archive.isShared()) {
            // The server keeps its own files sound and enforces every foreign key as it writes.
            findings.add(tagTree(mayRepair));
            findings.add(serverSearchIndex(mayRepair, false));
            long clippings = archive.read(c -> count(c, "SELECT count(*) FROM clipping"));
            return new Report(archive.address(), findings, clippings, Optional.empty());
        }
        List<String> integrity = fileIntegrity();
        findings.add(new Finding("database file (integrity_check)", integrity, false));
        if (!integrity.isEmpty()) {
            // The rest reads through a damaged file; its answers would mislead, and repairs could spread the damage.
            return new Report(archive.address(), findings, -1, latestBackup());
        }
        findings.add(foreignKeys(mayRepair));
        findings.add(tagTree(mayRepair));
        findings.add(searchIndex(mayRepair, false));
        long clippings = archive.read(c -> count(c, "SELECT count(*) FROM clipping"));
        return new Report(archive.address(), findings, clippings, latestBackup());
    }

    /** Rebuilds the search index from the clippings' texts, whatever its state. */
    public Finding rebuildSearchIndex() {
        return archive.isShared() ? serverSearchIndex(true, true) : searchIndex(true, true);
    }

    /** The team archive's index: one row per clipping, rebuilt from the texts in batches when asked or wrong. */
    private Finding serverSearchIndex(boolean repair, boolean force) {
        List<String> problems = new ArrayList<>();
        archive.read(c -> {
            long unindexed = count(c, "SELECT count(*) FROM clipping c WHERE NOT EXISTS (SELECT 1 FROM clipping_text t WHERE t.id = c.id)");
            if (unindexed > 0) {
                problems.add(unindexed + " clipping(s) missing from the search index");
            }
            return null;
        });
        if (!(repair && (force || !problems.isEmpty()))) {
            return new Finding("search index", problems, false);
        }
        long after = 0;
        while (after >= 0) {
            long from = after;
            after = archive.write(c -> {
                long last = -1;
                TextIndexRows write = TextIndexRows.of(c);
                try (PreparedStatement read = c.prepareStatement("SELECT id, title, body, notes FROM clipping WHERE id > ? ORDER BY id LIMIT 1000")) {
                    read.setLong(1, from);
                    try (ResultSet rs = read.executeQuery()) {
                        while (rs.next()) {
                            last = rs.getLong(1);
                            write.add(last, rs.getString(2), rs.getString(3), rs.getString(4));
                        }
                    }
                }
                write.flush();
                journalReindexed(c, from, last);
                return last;
            });
        }
        return new Finding("search index", problems, true);
    }

    private Optional<Backups.Backup> latestBackup() {
        try {
            return Backups.latest(archive.file());
        } catch (ArchiveException e) {
            return Optional.empty();
        }
    }

    private List<String> fileIntegrity() {
        try {
            return archive.read(c -> Backups.integrityProblems(c, 20));
        } catch (ArchiveDamagedException e) {
            return List.of(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
        }
    }

    private Finding foreignKeys(boolean repair) {
        List<String> problems = archive.read(c -> {
            List<String> found = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT \"table\", parent, count(*) FROM pragma_foreign_key_check GROUP BY 1, 2")) {
                while (rs.next()) {
                    found.add(rs.getLong(3) + " row(s) of " + rs.getString(1) + " point to a missing " + rs.getString(2));
                }
            }
            return found;
        });
        if (problems.isEmpty() || !repair) {
            return new Finding("links (foreign keys)", problems, false);
        }
        archive.write(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM clipping_tag WHERE clipping_id NOT IN (SELECT id FROM clipping)"
                        + " OR tag_id NOT IN (SELECT id FROM tag)");
                s.execute("UPDATE tag SET parent_id = NULL WHERE parent_id IS NOT NULL AND parent_id NOT IN (SELECT id FROM tag)");
                s.execute("DELETE FROM tag_ancestor WHERE tag_id NOT IN (SELECT id FROM tag) OR ancestor_id NOT IN (SELECT id FROM tag)");
            }
            rebuildTags(c);
            return null;
        });
        return new Finding("links (foreign keys)", problems, true);
    }

    private Finding tagTree(boolean repair) {
        List<String> problems = archive.read(ArchiveCheck::tagProblems);
        if (problems.isEmpty() || !repair) {
            return new Finding("tag tree and implied tags", problems, false);
        }
        archive.write(c -> {
            rebuildTags(c);
            return null;
        });
        return new Finding("tag tree and implied tags", problems, true);
    }

    static List<String> tagProblems(Connection c) throws SQLException {
        List<String> problems = new ArrayList<>();
        String expectedAncestors = "WITH RECURSIVE up (tag_id, ancestor_id) AS (SELECT id, id FROM tag"
                + " UNION SELECT up.tag_id, t.parent_id FROM up JOIN tag t ON t.id = up.ancestor_id WHERE t.parent_id IS NOT NULL)";
        long wrongAncestors = count(c, expectedAncestors + " SELECT count(*) FROM ("
                + " SELECT * FROM (SELECT tag_id, ancestor_id FROM up EXCEPT SELECT tag_id, ancestor_id FROM tag_ancestor) AS missing"
                + " UNION ALL"
                + " SELECT * FROM (SELECT tag_id, ancestor_id FROM tag_ancestor EXCEPT SELECT tag_id, ancestor_id FROM up) AS stale) AS wrong");
        if (wrongAncestors > 0) {
            problems.add(wrongAncestors + " tag ancestor row(s) disagree with the tag tree");
        }
        String expectedImplied = "SELECT DISTINCT a.ancestor_id, ct.clipping_id FROM clipping_tag ct"
                + " JOIN tag_ancestor a ON a.tag_id = ct.tag_id AND a.ancestor_id <> ct.tag_id WHERE ct.explicit = 1";
        long missing = count(c, "SELECT count(*) FROM (" + expectedImplied + ") e"
                + " WHERE NOT EXISTS (SELECT 1 FROM clipping_tag x WHERE x.tag_id = e.ancestor_id AND x.clipping_id = e.clipping_id)");
        long extra = count(c, "SELECT count(*) FROM clipping_tag x WHERE x.explicit = 0 AND NOT EXISTS ("
                + " SELECT 1 FROM clipping_tag ct JOIN tag_ancestor a ON a.tag_id = ct.tag_id AND a.ancestor_id <> ct.tag_id"
                + " WHERE ct.explicit = 1 AND ct.clipping_id = x.clipping_id AND a.ancestor_id = x.tag_id)");
        if (missing > 0) {
            problems.add(missing + " implied tag(s) missing (a clipping under a tag does not count for its parent)");
        }
        if (extra > 0) {
            problems.add(extra + " implied tag(s) left over from tags the clippings no longer carry");
        }
        return problems;
    }

    private static void rebuildTags(Connection c) throws SQLException {
        TagStore.rebuildAncestors(c);
        TagStore.markAffected(c, "SELECT id FROM clipping");
        TagStore.recomputeImplied(c);
    }

    private Finding searchIndex(boolean repair, boolean force) {
        List<String> problems = new ArrayList<>();
        if (!archive.isReadOnly()) {
            // FTS5's own check of its b-trees; it is an INSERT, so it needs the writer (it changes nothing).
            try {
                archive.write(c -> {
                    Archive.exec(c, "INSERT INTO clipping_fts (clipping_fts, rank) VALUES ('integrity-check', 0)");
                    return null;
                });
            } catch (ArchiveException e) {
                problems.add("the index is inconsistent (" + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage()) + ")");
            }
        }
        // Contentless: the index cannot be compared with the texts, but each clipping must have its one index row.
        try {
            archive.read(c -> {
                long unindexed = count(c, "SELECT count(*) FROM clipping c WHERE NOT EXISTS"
                        + " (SELECT 1 FROM clipping_fts_docsize d WHERE d.id = c.id)");
                long orphans = count(c, "SELECT count(*) FROM clipping_fts_docsize d WHERE NOT EXISTS"
                        + " (SELECT 1 FROM clipping c WHERE c.id = d.id)");
                if (unindexed > 0) {
                    problems.add(unindexed + " clipping(s) missing from the search index");
                }
                if (orphans > 0) {
                    problems.add(orphans + " search index entr" + (orphans == 1 ? "y" : "ies") + " for clippings that no longer exist");
                }
                return null;
            });
        } catch (ArchiveDamagedException e) {
            problems.add("the index cannot be read (" + e.getCause().getMessage() + ")");
        }
        if (!(repair && (force || !problems.isEmpty()))) {
            return new Finding("search index", problems, false);
        }
        archive.write(c -> {
            String definition;
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'clipping_fts'")) {
                if (!rs.next()) {
                    throw new ArchiveException(archive.file() + " has no search index table; restore a backup");
                }
                definition = rs.getString(1);
            }
            try (Statement s = c.createStatement()) {
                // Contentless tables have no 'rebuild' (and 'delete-all' can leave a damaged index behind):
                // drop the index and its shadow tables, create it as it was, and index every clipping again.
                s.execute("DROP TABLE clipping_fts");
                s.execute(definition);
                s.execute("INSERT INTO clipping_fts (rowid, title, body, notes) SELECT id, clipfile_index_text(title),"
                        + " clipfile_index_text(body), clipfile_index_text(notes) FROM clipping");
            }
            journalReindexed(c, 0, Long.MAX_VALUE);
            return null;
        });
        return new Finding("search index", problems, true);
    }

    /**
     * Journals the clippings whose index rows were just written again (ids above {@code after} up
     * to {@code last}): what a search found for them may have changed, and the facets' kept text
     * matches (the frequent words, a window's recent queries) learn it from the journal, as from
     * an edit. Inside the write, so in commit order with every other journal entry.
     */
    private static void journalReindexed(Connection c, long after, long last) throws SQLException {
        if (last <= after) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO clipping_change (clipping_id) SELECT id FROM clipping WHERE id > ? AND id <= ?")) {
            ps.setLong(1, after);
            ps.setLong(2, last);
            ps.executeUpdate();
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
