package org.clipfile.search;

import org.clipfile.archive.SqlDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.roaringbitmap.IntConsumer;
import org.roaringbitmap.RoaringBitmap;
import org.roaringbitmap.RoaringBitmapWriter;

/**
 * The archive's facets in memory, so a filter's tag counts and month histogram take milliseconds
 * at a million clippings instead of joining millions of tag rows: a compressed bitmap of clipping
 * ids per tag (explicit and implied, as stored), the live and trashed clippings as bitmaps, and
 * each clipping's published date and precision in arrays indexed by id.
 * <p>
 * Built once from one read transaction (seconds at 1M; the window does it in the background and
 * queries use SQL until it is ready). At the start of each later use it is brought up to date
 * inside the caller's read transaction from what schema format 3 records: a version per tag,
 * bumped by the triggers that keep {@code tag_count}, and the {@code clipping_change} journal of
 * clippings added, deleted, re-dated, (un)trashed or edited (format 4). So it is exact for the caller's snapshot,
 * whoever wrote — this process or another.
 */
final class FacetIndex {
    /** Larger ids would make the arrays too big for a desktop heap: then the SQL path serves. */
    static final long MAX_ID = 50_000_000;
    static final int CACHED_MATCHES = 8;
    /** Rankings hold every match (4 bytes each: 4 MB for a word in most of a million clippings). */
    static final int CACHED_RANKINGS = 2;

    static final byte NONE = 0;
    static final byte DAY = 1;
    static final byte MONTH = 2;
    static final byte YEAR = 3;

    /** Clippings and tags replayed onto kept facets after which they are kept anew. */
    private static final long REWRITE_AFTER = 2_000;

    /** More journal entries than this since the last use: rebuilding is cheaper than replaying. */
    private final int replayLimit;
    private final ReentrantLock lock = new ReentrantLock();
    private State state;
    /** Built and not being built: uses wait for each other (milliseconds) but never for a build (seconds). */
    private volatile boolean ready;
    /** Whether the last build started from a kept copy ({@link FacetCache}) rather than every row. */
    private volatile boolean fromKeptCopy;
    /** Where the last build kept the facets (null: not kept), so words read later are kept there too. */
    private FacetCache cache;

    FacetIndex(int replayLimit) {
        this.replayLimit = replayLimit;
    }

    boolean fromKeptCopy() {
        return fromKeptCopy;
    }

    /** Whether {@link #use} answers now (built and not being rebuilt). */
    boolean ready() {
        return ready;
    }

    /** What one consistent build holds; only touched under {@link #lock}. */
    static final class State {
        /** Published date as yyyymmdd (0 when undated or no such clipping), by clipping id. */
        int[] date;
        byte[] precision;
        RoaringBitmap live = new RoaringBitmap();
        RoaringBitmap trash = new RoaringBitmap();
        final Map<Long, RoaringBitmap> byTag = new HashMap<>();
        final Map<Long, Long> tagVersion = new HashMap<>();
        /** {@link #tagFingerprint} of {@link #tagVersion}'s snapshot: while it holds, no tag changed. */
        TagFingerprint tags = TagFingerprint.NONE;
        long seq;
        /** Changed clippings and tags read since this state was built or kept: when it is worth keeping anew. */
        long replayed;
        /** Text matches of this data, most recent last; cleared when a clipping changes. */
        final Map<String, RoaringBitmap> matches = new LinkedHashMap<>(16, 0.75f, true);
        /** The archive's frequent words' matches ({@link TextMatches}), by expression: kept up to date, and on disk. */
        final Map<String, RoaringBitmap> frequent = new LinkedHashMap<>();
        /** Frequent words' matches set aside by a change too large to bring them up to date while a reader waits. */
        FrequentBehind behind;
        /** Every match of a text query, best first ({@link Sql#RANK}); cleared with the matches. */
        final Map<String, int[]> rankings = new LinkedHashMap<>(4, 0.75f, true);

        int date(int id) {
            return id < date.length ? date[id] : 0;
        }

        byte precision(int id) {
            return id < precision.length ? precision[id] : NONE;
        }
    }

    /**
     * Builds the index from {@code c}'s snapshot (a read transaction), unless it is already built.
     * Returns false when the archive is too large for the arrays (the SQL path then serves).
     */
    boolean build(Connection c) throws SQLException {
        return build(c, null);
    }

    /**
     * As {@link #build(Connection)}, starting from the facets {@code cache} kept at the last open
     * when they are this archive's past (brought up to date from the journal), and keeping what
     * was built for the next open. {@code cache} may be null: no cache.
     */
    boolean build(Connection c, FacetCache cache) throws SQLException {
        lock.lock();
        try {
            this.cache = cache;
            if (state == null && cache != null) {
                State kept = cache.restore(c).orElse(null);
                if (kept != null && catchUp(c, kept, replayLimit)) {
                    state = kept;
                    fromKeptCopy = true;
                    if (state.replayed > REWRITE_AFTER) {
                        cache.save(c, state); // the next open then replays less
                        state.replayed = 0;
                    }
                }
            }
            if (state == null) {
                fromKeptCopy = false;
                state = load(c);
                if (state != null && cache != null) {
                    cache.save(c, state);
                }
            }
            ready = state != null;
            return ready;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs {@code work} on the index brought up to {@code c}'s snapshot; empty when the index is not
     * built yet (the caller then answers from SQL rather than wait for the build).
     */
    <T> Optional<T> use(Connection c, SqlFunction<State, T> work) throws SQLException {
        if (!ready) {
            return Optional.empty();
        }
        lock.lock();
        try {
            if (state == null) {
                return Optional.empty();
            }
            try {
                if (!catchUp(c, state, replayLimit)) {
                    state = load(c);
                    if (state == null) {
                        ready = false;
                        return Optional.empty();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                state = null; // half caught up: never answer from it; the next build starts afresh
                ready = false;
                throw e;
            }
            return Optional.ofNullable(work.apply(state));
        } finally {
            lock.unlock();
        }
    }

    @FunctionalInterface
    interface SqlFunction<A, B> {
        B apply(A a) throws SQLException;
    }

    /**
     * Forgets the text matches and rankings of recent queries (the benchmark measures a new query);
     * the frequent words' matches stay, as the facets do.
     */
    void forgetMatches() {
        lock.lock();
        try {
            if (state != null) {
                state.matches.clear();
                state.rankings.clear();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Frequent words' matches as of journal entry {@code seq}, to be brought up to date away from the lock. */
    record FrequentBehind(Map<String, RoaringBitmap> sets, long seq) {
    }

    /** What {@link ClippingSearch#keepFrequentWords} has to read: words, and for some of them matches set aside. */
    record FrequentMissing(List<String> words, FrequentBehind behind) {
    }

    /**
     * The frequent words ({@link TextMatches#frequentWords}, found in at least {@code minMatches}
     * clippings) whose matches the facets do not hold, as of {@code c}'s snapshot, with their
     * matches as set aside by a large change, if they were (handed over: the caller brings them up
     * to date); words no longer frequent are let go. No words when the facets are not built.
     */
    FrequentMissing frequentWordsMissing(Connection c, long minMatches) throws SQLException {
        return use(c, s -> {
            long clippings = s.live.getLongCardinality() + s.trash.getLongCardinality();
            List<String> wanted = TextMatches.frequentWords(c, s.date.length - 1L, clippings, minMatches);
            s.frequent.keySet().retainAll(wanted);
            List<String> missing = new ArrayList<>(wanted);
            missing.removeAll(s.frequent.keySet());
            Map<String, RoaringBitmap> aside = new LinkedHashMap<>();
            if (s.behind != null) {
                s.behind.sets().keySet().retainAll(missing);
                aside.putAll(s.behind.sets());
            }
            FrequentBehind handed = new FrequentBehind(aside, s.behind == null ? 0 : s.behind.seq());
            s.behind = null;
            return new FrequentMissing(missing, handed);
        }).orElse(new FrequentMissing(List.of(), new FrequentBehind(Map.of(), 0)));
    }

    /**
     * Holds {@code read}, frequent words' matches as of journal entry {@code seq} (read and
     * brought nearly up to date outside the lock, {@link #catchUpMatches}), brought up to {@code
     * c}'s snapshot, and keeps the facets with them where the last build kept them. Returns false,
     * holding nothing, when the facets are not built, or the journal no longer reaches back to
     * {@code seq} or has grown too much since (the caller catches up again first).
     */
    boolean keepFrequent(Connection c, Map<String, RoaringBitmap> read, long seq) throws SQLException {
        return use(c, s -> {
            if (s.seq < seq || s.seq - seq > TextMatches.REFRESH_LIMIT || catchUpMatches(c, read, seq) < 0) {
                return false; // s.seq < seq: the journal went backwards, another past was restored
            }
            read.values().forEach(RoaringBitmap::runOptimize);
            s.frequent.putAll(read);
            if (cache != null) {
                cache.save(c, s);
            }
            return true;
        }).orElse(false);
    }

    /**
     * Brings text matches current at journal entry {@code seq} up to {@code c}'s snapshot, a
     * thousand changed clippings at a time. Returns the journal entry they are now current at, or
     * -1 when the journal no longer reaches back to {@code seq} (they must be read anew).
     */
    static long catchUpMatches(Connection c, Map<String, RoaringBitmap> matches, long seq) throws SQLException {
        long end = journalEnd(c);
        if (end > seq) {
            if (scalar(c, "SELECT coalesce(min(seq), 0) FROM clipping_change") > seq + 1) {
                return -1;
            }
            List<Long> changed = changedSince(c, seq);
            if (changed.stream().anyMatch(id -> id < 0 || id > MAX_ID)) {
                return -1;
            }
            for (int i = 0; i < changed.size(); i += 1_000) {
                TextMatches.refresh(c, matches, changed.subList(i, Math.min(changed.size(), i + 1_000)));
            }
        }
        return end;
    }

    /** The words whose matches the facets hold (see {@link #keepFrequent}). */
    List<String> frequentWords() {
        lock.lock();
        try {
            return state == null ? List.of() : state.frequent.keySet().stream().map(TextMatches::wordOf).toList();
        } finally {
            lock.unlock();
        }
    }

    /** The journal's last entry in {@code c}'s snapshot: what facets read in it are current to. */
    static long journalEnd(Connection c) throws SQLException {
        return scalar(c, "SELECT coalesce(max(seq), 0) FROM clipping_change");
    }

    // ---- building and catching up ------------------------------------------------------------

    private static State load(Connection c) throws SQLException {
        long maxId = scalar(c, "SELECT coalesce(max(id), 0) FROM clipping");
        if (maxId > MAX_ID) {
            return null;
        }
        State s = new State();
        s.date = new int[(int) maxId + 1];
        s.precision = new byte[(int) maxId + 1];
        s.seq = journalEnd(c);
        if (SqlDialect.of(c) == SqlDialect.POSTGRESQL) {
            loadGrouped(c, s);
        } else {
            loadRows(c, s);
        }
        for (RoaringBitmap b : s.byTag.values()) {
            b.runOptimize();
        }
        s.tags = tagFingerprint(c);
        s.tagVersion.putAll(tagVersions(c));
        return s;
    }

    /** SQLite, in the same process: a row per clipping and per tag row, in index order. */
    private static void loadRows(Connection c, State s) throws SQLException {
        RoaringBitmapWriter<RoaringBitmap> live = RoaringBitmapWriter.writer().get();
        // The narrow partial index holds exactly the live clippings' dates, in id order.
        try (PreparedStatement ps = Sql.prepare(c, "SELECT id, published, precision FROM clipping"
                + SqlDialect.of(c).indexedBy(Sql.LIVE_BY_ID) + " WHERE deleted_at IS NULL ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                int id = rs.getInt(1);
                live.add(id);
                s.date[id] = yyyymmdd(rs.getString(2));
                s.precision[id] = precision(rs.getString(3));
            }
        }
        s.live = live.get();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, published, precision FROM clipping WHERE deleted_at IS NOT NULL");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                int id = rs.getInt(1);
                s.trash.add(id);
                s.date[id] = yyyymmdd(rs.getString(2));
                s.precision[id] = precision(rs.getString(3));
            }
        }
        // Tag rows in primary-key order: each tag's ids arrive sorted, the cheapest way to build a bitmap.
        try (PreparedStatement ps = c.prepareStatement("SELECT tag_id, clipping_id FROM clipping_tag ORDER BY tag_id, clipping_id");
             ResultSet rs = ps.executeQuery()) {
            long current = Long.MIN_VALUE;
            RoaringBitmapWriter<RoaringBitmap> ids = null;
            while (rs.next()) {
                long tag = rs.getLong(1);
                if (tag != current) {
                    if (ids != null) {
                        s.byTag.put(current, ids.get());
                    }
                    current = tag;
                    ids = RoaringBitmapWriter.writer().get();
                }
                ids.add(rs.getInt(2));
            }
            if (ids != null) {
                s.byTag.put(current, ids.get());
            }
        }
    }

    /**
     * Rows a grouped read fetches at a time: a round trip for every 500 dates or tags. One fetch may
     * hold most of the ids (52 MB of text for the tags of 1M clippings), far less than the row
     * objects of the same ids one row each.
     */
    private static final int GROUPS_PER_FETCH = 500;

    /**
     * A server, often across a network: the ids come grouped, one row per date and per tag with
     * its ids as one array. A row per id moved 215 MB at 1M clippings (7.8 million tag rows and a
     * million dates, counted by the benchmark's proxy); grouped it is 59 MB, and the server answers
     * the tags' read in about half the time (1.1 against 3.1 s, measured with psql).
     */
    private static void loadGrouped(Connection c, State s) throws SQLException {
        for (boolean trash : new boolean[] {false, true}) {
            try (PreparedStatement ps = c.prepareStatement("SELECT published, precision, array_agg(id::int)::text FROM clipping WHERE deleted_at IS "
                    + (trash ? "NOT NULL" : "NULL") + " GROUP BY published, precision")) {
                ps.setFetchSize(GROUPS_PER_FETCH);
                try (ResultSet rs = ps.executeQuery()) {
                    RoaringBitmap ids = trash ? s.trash : s.live;
                    while (rs.next()) {
                        int date = yyyymmdd(rs.getString(1));
                        byte precision = precision(rs.getString(2));
                        int[] group = intArray(rs.getString(3));
                        for (int id : group) {
                            s.date[id] = date;
                            s.precision[id] = precision;
                        }
                        ids.or(RoaringBitmap.bitmapOfUnordered(group));
                    }
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT tag_id, array_agg(clipping_id::int)::text FROM clipping_tag GROUP BY tag_id")) {
            ps.setFetchSize(GROUPS_PER_FETCH);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    s.byTag.put(rs.getLong(1), RoaringBitmap.bitmapOfUnordered(intArray(rs.getString(2))));
                }
            }
        }
    }

    /**
     * PostgreSQL's text form of an integer array, "{3,1,2}" (asked for as {@code ::text}: the
     * driver's own rendering of an array it received in binary quotes each element).
     */
    static int[] intArray(String text) {
        int end = text.length() - 1; // the closing brace
        if (end < 1 || text.charAt(0) != '{' || text.charAt(end) != '}') {
            throw notIds(text);
        }
        int n = 0;
        for (int i = 1; i < end; i++) {
            if (text.charAt(i) == ',') {
                n++;
            }
        }
        int[] out = new int[end > 1 ? n + 1 : 0];
        int k = 0;
        int value = 0;
        int digits = 0;
        boolean negative = false;
        for (int i = 1; i <= end && out.length > 0; i++) {
            char ch = i < end ? text.charAt(i) : ',';
            if (ch == ',') {
                if (digits == 0) {
                    throw notIds(text);
                }
                out[k++] = negative ? -value : value;
                value = 0;
                digits = 0;
                negative = false;
            } else if (ch == '-' && digits == 0 && !negative) {
                negative = true;
            } else if (ch >= '0' && ch <= '9') {
                value = value * 10 + (ch - '0');
                digits++;
            } else {
                throw notIds(text);
            }
        }
        return out;
    }

    private static IllegalStateException notIds(String text) {
        return new IllegalStateException("not an array of ids: " + (text.length() > 40 ? text.substring(0, 40) + "…" : text));
    }

    /**
     * Applies what changed since {@code s} was current, as seen in {@code c}'s snapshot. Returns
     * false when the journal no longer reaches back far enough (or is too long): rebuild then.
     */
    private static boolean catchUp(Connection c, State s, int replayLimit) throws SQLException {
        long first;
        long last;
        TagFingerprint tags;
        // One round trip for the journal's ends and the tags' fingerprint: this runs on every read of the facets.
        try (PreparedStatement ps = c.prepareStatement("SELECT (SELECT min(seq) FROM clipping_change),"
                + " (SELECT max(seq) FROM clipping_change), " + TagFingerprint.COLUMNS + " FROM tag_count");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            first = rs.getLong(1);
            last = rs.getLong(2);
            tags = new TagFingerprint(rs.getLong(3), rs.getLong(4), rs.getLong(5));
        }
        if (last < s.seq) {
            return false; // the journal went backwards: another file was restored over this one
        }
        if (last > s.seq) {
            if (first > s.seq + 1 || last - s.seq > replayLimit) {
                return false;
            }
            List<Long> ids = changedSince(c, s.seq);
            if (!reread(c, s, ids)) {
                return false;
            }
            if (ids.size() > TextMatches.REFRESH_LIMIT && !s.frequent.isEmpty()) {
                // Too many texts to read again while a reader waits: set aside for keepFrequentWords to catch up.
                s.behind = new FrequentBehind(new LinkedHashMap<>(s.frequent), s.seq);
                s.frequent.clear();
            } else {
                TextMatches.refresh(c, s.frequent, ids);
            }
            s.replayed += ids.size();
            s.seq = last;
            s.matches.clear();
            s.rankings.clear(); // scores depend on every clipping's text (idf, average lengths)
        }
        // Every tag's version is read only when their fingerprint moved: across a network the versions
        // of thousands of tags were a round trip and tens of kilobytes on every read of the facets.
        if (!tags.equals(s.tags)) {
            Map<Long, Long> versions = tagVersions(c);
            List<Long> moved = new ArrayList<>();
            for (Map.Entry<Long, Long> e : versions.entrySet()) {
                if (!e.getValue().equals(s.tagVersion.get(e.getKey()))) {
                    moved.add(e.getKey());
                }
            }
            if (!moved.isEmpty()) {
                // One read for all of them: kept facets may find hundreds of tags changed since the last open.
                s.byTag.putAll(tagIds(c, moved));
                for (long tag : moved) {
                    s.tagVersion.put(tag, versions.get(tag));
                }
                s.replayed += moved.size();
            }
            if (s.tagVersion.keySet().retainAll(versions.keySet())) {
                s.byTag.keySet().retainAll(versions.keySet());
            }
            s.tags = tags;
        }
        return true;
    }

    /** The clippings the journal names after entry {@code seq}, in {@code c}'s snapshot. */
    private static List<Long> changedSince(Connection c, long seq) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT clipping_id FROM clipping_change WHERE seq > ?")) {
            ps.setLong(1, seq);
            try (ResultSet rs = SqlDialect.of(c).streamed(ps)) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /** Rereads the given clippings' date and trash state; those gone are forgotten. */
    private static boolean reread(Connection c, State s, List<Long> ids) throws SQLException {
        for (long id : ids) {
            if (id < 0 || id > MAX_ID) {
                return false;
            }
            int i = (int) id;
            s.live.remove(i);
            s.trash.remove(i);
            if (i < s.date.length) {
                s.date[i] = 0;
                s.precision[i] = NONE;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id, published, precision, deleted_at IS NOT NULL FROM clipping"
                + " WHERE id IN (" + SqlDialect.of(c).idsFrom() + ")")) {
            ps.setString(1, ids.toString());
            try (ResultSet rs = SqlDialect.of(c).streamed(ps)) {
                while (rs.next()) {
                    int id = rs.getInt(1);
                    if (id >= s.date.length) {
                        int size = (int) Math.min(MAX_ID + 1, Math.max(id + 1L, s.date.length * 3L / 2));
                        s.date = Arrays.copyOf(s.date, size);
                        s.precision = Arrays.copyOf(s.precision, size);
                    }
                    s.date[id] = yyyymmdd(rs.getString(2));
                    s.precision[id] = precision(rs.getString(3));
                    (rs.getBoolean(4) ? s.trash : s.live).add(id);
                }
            }
        }
        return true;
    }

    /**
     * The tags' versions in three numbers: how many tags, and the sums of their versions' low and
     * high 32 bits (so neither engine's sum can overflow). A clipping gaining or losing a tag raises
     * that tag's version, so the exact sum grows; a tag made or deleted changes the count. Only a tag deleted and another
     * made with the same random 60-bit version in one go could leave it unchanged.
     */
    record TagFingerprint(long tags, long lowSum, long highSum) {
        static final TagFingerprint NONE = new TagFingerprint(-1, 0, 0);
        /** The three numbers, as columns of a query over {@code tag_count}. */
        static final String COLUMNS = "count(*), coalesce(sum(version & 4294967295), 0), coalesce(sum(version >> 32), 0)";
    }

    private static TagFingerprint tagFingerprint(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + TagFingerprint.COLUMNS + " FROM tag_count");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new TagFingerprint(rs.getLong(1), rs.getLong(2), rs.getLong(3));
        }
    }

    private static Map<Long, Long> tagVersions(Connection c) throws SQLException {
        Map<Long, Long> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT tag_id, version FROM tag_count");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getLong(1), rs.getLong(2));
            }
        }
        return out;
    }

    /** The clippings of each of {@code tags} (an empty bitmap for a tag on none). */
    private static Map<Long, RoaringBitmap> tagIds(Connection c, List<Long> tags) throws SQLException {
        Map<Long, RoaringBitmap> out = new HashMap<>();
        for (long tag : tags) {
            out.put(tag, new RoaringBitmap());
        }
        SqlDialect dialect = SqlDialect.of(c);
        if (dialect == SqlDialect.POSTGRESQL) {
            try (PreparedStatement ps = c.prepareStatement("SELECT tag_id, array_agg(clipping_id::int)::text FROM clipping_tag"
                    + " WHERE tag_id IN (" + dialect.idsFrom() + ") GROUP BY tag_id")) {
                ps.setString(1, SqlDialect.idList(tags));
                ps.setFetchSize(GROUPS_PER_FETCH);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getLong(1), RoaringBitmap.bitmapOfUnordered(intArray(rs.getString(2))));
                    }
                }
            }
        } else {
            try (PreparedStatement ps = c.prepareStatement("SELECT tag_id, clipping_id FROM clipping_tag WHERE tag_id IN ("
                    + dialect.idsFrom() + ") ORDER BY tag_id, clipping_id")) {
                ps.setString(1, SqlDialect.idList(tags));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.get(rs.getLong(1)).add(rs.getInt(2));
                    }
                }
            }
        }
        out.values().forEach(RoaringBitmap::runOptimize);
        return out;
    }

    static int yyyymmdd(String published) {
        if (published == null || published.length() < 10) {
            return 0;
        }
        return Integer.parseInt(published, 0, 4, 10) * 10_000 + Integer.parseInt(published, 5, 7, 10) * 100
                + Integer.parseInt(published, 8, 10, 10);
    }

    static byte precision(String p) {
        if (p == null) {
            return NONE;
        }
        return switch (p) {
            case "day" -> DAY;
            case "month" -> MONTH;
            case "year" -> YEAR;
            default -> NONE;
        };
    }

    private static long scalar(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    static int toInt(java.time.LocalDate d) {
        return d.getYear() * 10_000 + d.getMonthValue() * 100 + d.getDayOfMonth();
    }
}
