package org.clipfile.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The team archive's full-text rows ({@code clipping_text}, see {@link TextVector}), written with
 * every change of a clipping's text. On SQLite the FTS5 index is kept by triggers, and all of this
 * does nothing.
 */
final class TextIndexRows {
    private TextIndexRows() {
    }

    /** A statement adding rows in a batch (bind with {@link #add}), or null where triggers keep the index. */
    static PreparedStatement writer(Connection c) throws SQLException {
        if (SqlDialect.of(c) == SqlDialect.SQLITE) {
            return null;
        }
        return c.prepareStatement("INSERT INTO clipping_text (id, doc) VALUES (?, ?::tsvector)"
                + " ON CONFLICT (id) DO UPDATE SET doc = excluded.doc");
    }

    static void add(PreparedStatement writer, long id, String title, String body, String notes) throws SQLException {
        writer.setLong(1, id);
        writer.setString(2, TextVector.of(title, body, notes));
        writer.addBatch();
    }

    /** Writes one clipping's row now (an edit). */
    static void write(Connection c, long id, String title, String body, String notes) throws SQLException {
        try (PreparedStatement ps = writer(c)) {
            if (ps != null) {
                add(ps, id, title, body, notes);
                ps.executeBatch();
            }
        }
    }

    /** After ids were given explicitly (a copy, an export read back): new clippings must be numbered past them. */
    static void movePast(Connection c, long largestGivenId) throws SQLException {
        if (largestGivenId <= 0 || SqlDialect.of(c) == SqlDialect.SQLITE) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT setval('clipping_id_seq', greatest(?, (SELECT last_value FROM clipping_id_seq)))")) {
            ps.setLong(1, largestGivenId);
            ps.execute();
        }
    }
}
