package org.clipfile.search;

import org.clipfile.archive.SqlDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The text around a clipping's first match, with the matches marked, for a result row. */
final class Snippets {
    private Snippets() {
    }

    static final int SNIPPET_CHARS = ClippingSearch.SNIPPET_CHARS;

    /** Where a snippet's match is looked for first: most articles show a hit near the top. */
    static final int SNIPPET_SEARCH_CHARS = 8_000;

    /**
     * A snippet around the first match. Highlighting tokenizes the text, which for long articles
     * was most of a result page's time; so look in the opening first (cut at white space, so no
     * word is split) and read the whole text only when the opening has no match.
     */
    static Snippet snippet(String body, SearchQuery query) {
        if (body.length() > SNIPPET_SEARCH_CHARS) {
            int cut = SNIPPET_SEARCH_CHARS;
            while (cut > 0 && !Character.isWhitespace(body.charAt(cut))) {
                cut--;
            }
            String opening = body.substring(0, cut);
            List<Range> early = Highlighter.find(opening, query);
            if (!early.isEmpty()) {
                return Snippet.around(opening, early, SNIPPET_CHARS);
            }
        }
        return Snippet.around(body, Highlighter.find(body, query), SNIPPET_CHARS);
    }

    static Map<Long, Snippet> forIds(Connection c, List<Long> ids, SearchQuery query) throws SQLException {
        Map<Long, Snippet> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        try (PreparedStatement ps = Sql.prepare(c, "SELECT id, body FROM clipping WHERE id IN (" + SqlDialect.of(c).idsFrom() + ")")) {
            ps.setString(1, SqlDialect.idList(ids));
            List<Map.Entry<Long, String>> bodies = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    bodies.add(Map.entry(rs.getLong(1), rs.getString(2)));
                }
            }
            for (Map.Entry<Long, String> e : bodies) {
                out.put(e.getKey(), snippet(e.getValue(), query));
            }
        }
        return out;
    }
}
