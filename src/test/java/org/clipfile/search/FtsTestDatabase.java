package org.clipfile.search;

import org.clipfile.archive.IndexText;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * An in-memory archive with the real FTS5 table, queried the way the archive code will query it.
 */
final class FtsTestDatabase implements AutoCloseable {

    static final String CREATE_FTS = "CREATE VIRTUAL TABLE clipping_fts USING fts5(title, body, notes, content='',"
            + " contentless_delete=1, tokenize=\"unicode61 remove_diacritics 2 categories 'L* N* Co M*'\")";

    private final Connection connection;

    FtsTestDatabase() throws SQLException {
        connection = DriverManager.getConnection("jdbc:sqlite::memory:");
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE clipping(id INTEGER PRIMARY KEY)");
            s.execute(CREATE_FTS);
        }
    }

    void insert(long id, String title, String body, String notes) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO clipping(id) VALUES (?)")) {
            p.setLong(1, id);
            p.executeUpdate();
        }
        try (PreparedStatement p = connection.prepareStatement(
                "INSERT INTO clipping_fts(rowid, title, body, notes) VALUES (?, ?, ?, ?)")) {
            p.setLong(1, id);
            p.setString(2, IndexText.forIndex(title));
            p.setString(3, IndexText.forIndex(body));
            p.setString(4, IndexText.forIndex(notes));
            p.executeUpdate();
        }
    }

    void deleteFts(long id) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("DELETE FROM clipping_fts WHERE rowid = ?")) {
            p.setLong(1, id);
            p.executeUpdate();
        }
    }

    /** Ids of matching clippings, best bm25 rank first when there is a positive part, else by id. */
    List<Long> search(SearchQuery q) throws SQLException {
        List<String> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        if (q.include().isPresent()) {
            sql.append("SELECT rowid FROM clipping_fts WHERE clipping_fts MATCH ?");
            args.add(q.include().get());
        } else {
            sql.append("SELECT id AS rowid FROM clipping WHERE 1");
        }
        if (q.exclude().isPresent()) {
            sql.append(" AND rowid NOT IN (SELECT rowid FROM clipping_fts WHERE clipping_fts MATCH ?)");
            args.add(q.exclude().get());
        }
        sql.append(q.include().isPresent() ? " ORDER BY bm25(clipping_fts, 10.0, 1.0, 2.0), rowid" : " ORDER BY rowid");
        try (PreparedStatement p = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                p.setString(i + 1, args.get(i));
            }
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        }
    }

    static String resource(String name) {
        try (InputStream in = FtsTestDatabase.class.getResourceAsStream("/search/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
