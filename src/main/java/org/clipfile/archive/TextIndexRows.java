package org.clipfile.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The team archive's full-text rows ({@code clipping_text}, see {@link TextVector}), written with
 * every change of a clipping's text: gathered by {@link #add} and written by {@link #flush} in one
 * statement, not one per clipping. On SQLite the FTS5 index is kept by triggers, and all of this
 * does nothing.
 */
final class TextIndexRows {
    /** Flushed on its own past this many characters of documents, so a large batch stays a few megabytes. */
    private static final int FLUSH_CHARS = 8 << 20;

    private final Connection c;
    private final boolean kept;
    private final List<Long> ids = new ArrayList<>();
    private final List<String> docs = new ArrayList<>();
    private long chars;

    private TextIndexRows(Connection c, boolean kept) {
        this.c = c;
        this.kept = kept;
    }

    /** The rows of {@code c}'s archive: kept by Clipfile on PostgreSQL, by triggers on SQLite. */
    static TextIndexRows of(Connection c) throws SQLException {
        return new TextIndexRows(c, SqlDialect.of(c) != SqlDialect.SQLITE);
    }

    /** Writes one clipping's row now (an edit). */
    static void write(Connection c, long id, String title, String body, String notes) throws SQLException {
        TextIndexRows rows = of(c);
        rows.add(id, title, body, notes);
        rows.flush();
    }

    void add(long id, String title, String body, String notes) throws SQLException {
        if (!kept) {
            return;
        }
        String doc = TextVector.of(title, body, notes);
        ids.add(id);
        docs.add(doc);
        chars += doc.length();
        if (chars > FLUSH_CHARS) {
            flush();
        }
    }

    void flush() throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO clipping_text (id, doc)"
                + " SELECT u.id, u.doc::tsvector FROM unnest(?::bigint[], ?::text[]) AS u(id, doc)"
                + " ON CONFLICT (id) DO UPDATE SET doc = excluded.doc")) {
            ps.setArray(1, c.createArrayOf("bigint", ids.toArray(Long[]::new)));
            ps.setArray(2, c.createArrayOf("text", docs.toArray(String[]::new)));
            ps.executeUpdate();
        }
        ids.clear();
        docs.clear();
        chars = 0;
    }
}
