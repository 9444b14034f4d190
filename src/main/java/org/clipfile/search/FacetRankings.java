package org.clipfile.search;

import org.clipfile.archive.SqlDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.roaringbitmap.RoaringBitmap;

/**
 * Relevance from the facets: a query's matches ranked once, kept with the facets' state, and
 * walked for every later page and every filter of the same query.
 */
final class FacetRankings {
    private FacetRankings() {
    }

    /**
     * Every match of a full-text expression, best first ({@link Sql#RANK}, then newest
     * id), as seen in {@code c}'s snapshot. Seconds at a million matches, so callers run it
     * outside {@link #use} (the lock) and hand it to {@link #keepRanking} there.
     */
    static int[] rank(Connection c, String match) throws SQLException {
        SqlDialect dialect = SqlDialect.of(c);
        boolean sqlite = dialect == SqlDialect.SQLITE;
        // Through the text index: a scan of the text rows would open each long article twice (match, then rank).
        return dialect.throughTextIndex(c, () -> {
            int[] ids = new int[1024];
            int n = 0;
            try (PreparedStatement ps = c.prepareStatement(sqlite
                    ? "SELECT rowid FROM clipping_fts WHERE clipping_fts MATCH ? ORDER BY " + Sql.RANK + ", rowid DESC"
                    : "SELECT t.id FROM clipping_text t WHERE t.doc @@ ?::tsquery ORDER BY " + Sql.PG_RANK + " DESC, t.id DESC")) {
                ps.setString(1, match);
                if (!sqlite) {
                    ps.setString(2, match);
                }
                try (ResultSet rs = dialect.streamed(ps)) {
                    while (rs.next()) {
                        if (n == ids.length) {
                            ids = Arrays.copyOf(ids, n * 2);
                        }
                        ids[n++] = rs.getInt(1);
                    }
                }
            }
            return Arrays.copyOf(ids, n);
        });
    }

    /**
     * Keeps a ranking made by {@link #rank} in the same snapshot {@code s} was just brought up to
     * (inside {@link #use} with the same connection, the state is exactly that snapshot).
     */
    static void keepRanking(FacetIndex.State s, String match, int[] ranking) {
        s.rankings.put(match, ranking);
        if (s.rankings.size() > FacetIndex.CACHED_RANKINGS) {
            s.rankings.remove(s.rankings.keySet().iterator().next());
        }
    }

    /** The kept ranking of {@code match}, if any. */
    static int[] ranking(FacetIndex.State s, String match) {
        return s.rankings.get(match);
    }

    /**
     * One page of the clippings {@code selected} holds, in the order of {@code ranking} (all the
     * query's matches, best first). bm25 depends only on the archive, never on the filter, so the
     * filter's relevance order is the ranking restricted to the filter.
     */
    static List<Long> rankedPage(int[] ranking, RoaringBitmap selected, int offset, int limit) {
        List<Long> page = new ArrayList<>(Math.max(0, Math.min(limit, selected.getCardinality())));
        int skipped = 0;
        for (int i = 0; i < ranking.length && page.size() < limit; i++) {
            if (selected.contains(ranking[i]) && skipped++ >= offset) {
                page.add((long) ranking[i]);
            }
        }
        return page;
    }
}
