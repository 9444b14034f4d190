package org.clipfile.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clipfile.archive.SqlDialect;
import org.roaringbitmap.RoaringBitmap;
import org.roaringbitmap.RoaringBitmapWriter;

/**
 * The clippings a full-text expression matches, as a set of ids for the facets: read from the
 * text index, and, on a team archive, kept for the archive's frequent words.
 * <p>
 * PostgreSQL's text index knows which rows hold a word, not their ids: the server visits every
 * matching row to learn them, 0.3 s for a word in most of a million clippings, on each new query
 * of that word. So the words the server's own statistics ({@code ANALYZE}'s most common elements
 * of the text column) find in enough clippings for that to cost it 0.2 s or more ({@link
 * SearchTuning#frequentWordMatches}, 200,000: a fifth of a million clippings already puts a match
 * on nearly every page of the text rows) are read once after the facets and kept with them, up to
 * date with the journal like the dates and tags. A rarer word costs the server less. SQLite's
 * FTS5 hands over a word's ids from its index (0.14 s for the common word at a million), so
 * nothing is kept there.
 */
final class TextMatches {
    /** At most this many bytes of kept words (a word in a fifth of a million clippings takes 128 kB). */
    static final long FREQUENT_BUDGET_BYTES = 16L << 20;
    /**
     * More clippings changed at once than this (a colleague's large import): the kept words are
     * set aside rather than brought up to date while a reader waits (2,000 changed texts take
     * about 0.1 s), and brought up to date by the next {@link ClippingSearch#keepFrequentWords}.
     */
    static final int REFRESH_LIMIT = 5_000;

    private TextMatches() {
    }

    /** Every clipping (live or in the trash) whose text {@code match} finds, in the engine's form. */
    static RoaringBitmap fetch(Connection c, String match) throws SQLException {
        SqlDialect dialect = SqlDialect.of(c);
        return dialect.throughTextIndex(c, () -> {
            if (dialect == SqlDialect.POSTGRESQL) {
                long[] words = new long[1024]; // as java.util.BitSet keeps them: word i holds ids 64i to 64i + 63
                try (PreparedStatement ps = c.prepareStatement(dialect.textMatchIdWords())) {
                    ps.setString(1, match);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            int word = rs.getInt(1);
                            if (word >= words.length) {
                                words = Arrays.copyOf(words, Math.max(word + 1, words.length * 2));
                            }
                            words[word] = rs.getLong(2);
                        }
                    }
                }
                return org.roaringbitmap.BitSetUtil.bitmapOf(words);
            }
            RoaringBitmapWriter<RoaringBitmap> ids = RoaringBitmapWriter.writer().get();
            try (PreparedStatement ps = c.prepareStatement(dialect.textMatchIds())) {
                ps.setString(1, match);
                try (ResultSet rs = dialect.streamed(ps)) {
                    while (rs.next()) {
                        ids.add(rs.getInt(1));
                    }
                }
            }
            return ids.get();
        });
    }

    /**
     * The archive's frequent words worth keeping, most frequent first, each as the match
     * expression a search for it uses (the key {@link FacetCounter} looks up): those the server's
     * statistics estimate in at least {@code minMatches} of the {@code clippings}. Empty on
     * SQLite, and before the server has statistics of the text. {@code maxId} sizes each set.
     */
    static List<String> frequentWords(Connection c, long maxId, long clippings, long minMatches) throws SQLException {
        if (SqlDialect.of(c) != SqlDialect.POSTGRESQL || clippings < minMatches) {
            return List.of();
        }
        long room = Math.min(1_000, FREQUENT_BUDGET_BYTES / Math.max(1, (maxId + 8) / 8));
        List<String> out = new ArrayList<>();
        // most_common_elem_freqs ends with two or three more numbers (least, greatest, nulls): their word is null.
        try (PreparedStatement ps = c.prepareStatement("SELECT e.w FROM pg_stats s,"
                + " unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS e(w, f)"
                + " WHERE s.schemaname = current_schema() AND s.tablename = 'clipping_text' AND s.attname = 'doc'"
                + " AND e.w IS NOT NULL AND e.f >= ? ORDER BY e.f DESC, e.w")) {
            ps.setDouble(1, (double) minMatches / clippings);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next() && out.size() < room) {
                    matchOfWord(rs.getString(1)).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    /**
     * What a search for {@code lexeme} asks the text index, when that is exactly the one word
     * (so a clipping matches when its text holds the word); empty for anything the query
     * language reads otherwise.
     */
    static Optional<String> matchOfWord(String lexeme) {
        String plain = "'" + lexeme.replace("'", "''") + "'";
        return SearchQuery.parse(lexeme).include().map(SqlDialect.POSTGRESQL::textMatchParameter).filter(plain::equals);
    }

    /** The word a {@link #matchOfWord} expression searches for. */
    static String wordOf(String match) {
        return match.substring(1, match.length() - 1).replace("''", "'");
    }

    /**
     * Brings kept words' sets up to date for the {@code changed} clippings (edited, added, trashed
     * or deleted), in one statement: each changed clipping leaves every set and joins those whose
     * word its text now holds.
     */
    static void refresh(Connection c, Map<String, RoaringBitmap> kept, List<Long> changed) throws SQLException {
        if (kept.isEmpty() || changed.isEmpty()) {
            return;
        }
        Map<String, RoaringBitmap> byWord = new HashMap<>();
        for (Map.Entry<String, RoaringBitmap> e : kept.entrySet()) {
            byWord.put(wordOf(e.getKey()), e.getValue());
            for (long id : changed) {
                e.getValue().remove((int) id);
            }
        }
        SqlDialect dialect = SqlDialect.of(c);
        // Each changed text is opened once and its words matched against the kept ones by hash.
        try (PreparedStatement ps = c.prepareStatement("SELECT t.id, l.w FROM clipping_text t"
                + " CROSS JOIN LATERAL unnest(tsvector_to_array(t.doc)) AS l(w)"
                + " WHERE t.id IN (" + dialect.idsFrom() + ") AND l.w IN (SELECT unnest(?::text[]))")) {
            ps.setString(1, SqlDialect.idList(changed));
            ps.setArray(2, c.createArrayOf("text", byWord.keySet().toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byWord.get(rs.getString(2)).add(rs.getInt(1));
                }
            }
        }
    }
}
