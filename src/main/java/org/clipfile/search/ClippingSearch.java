package org.clipfile.search;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.clipfile.archive.Archive;
import org.clipfile.archive.Clipping;
import org.roaringbitmap.RoaringBitmap;

/**
 * Read-only queries over the archive for a {@link ClippingFilter}: pages of rows ({@link
 * ResultPages}), counts, the topic tree and the date histogram ({@link FilterCounts}), and the
 * export's scan ({@link ExportScan}). Every method is one read transaction that resolves the
 * filter once ({@link FilterPlan}).
 */
public final class ClippingSearch {
    public static final int SNIPPET_CHARS = 240;

    private final Archive archive;
    private final FacetIndex facets;
    private final ResultPages pages;
    private final FilterCounts counts;
    private final ExportScan exportScan;
    private final long frequentWordMatches;

    public ClippingSearch(Archive archive) {
        this(archive, SearchTuning.DEFAULT);
    }

    public ClippingSearch(Archive archive, SearchTuning tuning) {
        this.archive = archive;
        FilterPlan.TagLookup tags = FilterPlan.TagLookup.ofStore();
        this.facets = new FacetIndex(tuning.facetReplayLimit());
        this.pages = new ResultPages(archive, facets, tags, tuning);
        this.counts = new FilterCounts(archive, facets, tags);
        this.exportScan = new ExportScan(archive, tags, tuning);
        this.frequentWordMatches = tuning.frequentWordMatches();
    }

    /**
     * Builds the in-memory facets that make a filter's counts, tag tree and histogram fast on a
     * large archive (seconds at a million clippings, so off the UI thread). Until then, and for
     * one-shot commands that never call this, the same answers come from SQL. Returns false when
     * the archive is too large to hold them.
     */
    public boolean prepareFacets() {
        return archive.read(facets::build);
    }

    /**
     * As {@link #prepareFacets()}, for a window that opens the same team archive again and again:
     * the facets are kept in {@code cacheFolder} and, when they are this archive's past, read
     * from there and brought up to date from the journal instead of from every row across the
     * network. A file archive builds from its file as before.
     */
    public boolean prepareFacets(java.nio.file.Path cacheFolder) {
        if (!archive.isShared()) {
            return prepareFacets();
        }
        String address = archive.address() instanceof org.clipfile.archive.ArchiveAddress.Server server
                ? server.withLogin(null, null).toString() : archive.address().toString();
        FacetCache cache = new FacetCache(cacheFolder, address);
        return archive.read(c -> facets.build(c, cache));
    }

    /** Whether the facets were last prepared from the copy kept at an earlier open (see {@link #prepareFacets(java.nio.file.Path)}). */
    public boolean facetsFromKeptCopy() {
        return facets.fromKeptCopy();
    }

    /**
     * After {@link #prepareFacets}, and after changes: reads the matches of the archive's frequent
     * words that the facets do not hold ({@link TextMatches}: a team archive's words found in so
     * many clippings that listing them costs the server most), outside the facets' lock, and keeps
     * them with the facets (and on disk, where the facets are kept). Matches set aside by a large
     * change are brought up to date from the journal instead of read again. Stops early when
     * {@code stop} says so, keeping what was read. Returns how many words the facets hold; none
     * on a file archive.
     */
    public int keepFrequentWords(BooleanSupplier stop) {
        FacetIndex.FrequentMissing missing = archive.read(c -> facets.frequentWordsMissing(c, frequentWordMatches));
        if (missing.words().isEmpty()) {
            return facets.frequentWords().size();
        }
        Map<String, RoaringBitmap> read = new LinkedHashMap<>();
        long seq = archive.read(c -> {
            read.clear(); // a retried transaction starts again
            long at = FacetIndex.journalEnd(c); // this snapshot's: what is read here is current to it
            Map<String, RoaringBitmap> aside = new LinkedHashMap<>();
            missing.behind().sets().forEach((match, ids) -> aside.put(match, ids.clone()));
            if (!aside.isEmpty() && FacetIndex.catchUpMatches(c, aside, missing.behind().seq()) == at) {
                read.putAll(aside);
            }
            for (String match : missing.words()) {
                if (stop.getAsBoolean()) {
                    break;
                }
                if (!read.containsKey(match)) {
                    read.put(match, TextMatches.fetch(c, match));
                }
            }
            return at;
        });
        // Colleagues may write meanwhile (an import): catch up here, so that the facets' lock is held only for the last few changes.
        for (int round = 0; round < 3 && !read.isEmpty() && seq >= 0
                && archive.read(FacetIndex::journalEnd) - seq > TextMatches.REFRESH_LIMIT; round++) {
            long from = seq;
            seq = archive.read(c -> FacetIndex.catchUpMatches(c, read, from));
        }
        if (!read.isEmpty() && seq >= 0) {
            long current = seq;
            archive.read(c -> facets.keepFrequent(c, read, current));
        }
        return facets.frequentWords().size();
    }

    /** The frequent words whose matches the facets hold (see {@link #keepFrequentWords}). */
    public List<String> frequentWords() {
        return facets.frequentWords();
    }

    /** Forgets the text matches and rankings kept for recent queries (benchmarks measure a new query); frequent words stay. */
    public void forgetCachedMatches() {
        facets.forgetMatches();
    }

    /** Notes about the filter worth telling the analyst (an unknown tag, an ignored bracket). */
    public List<String> warnings(ClippingFilter filter) {
        return counts.warnings(filter);
    }

    /** One page of rows; snippets with highlights are filled in when the filter has a query. */
    public List<ClippingRow> page(ClippingFilter filter, SortOrder sort, int offset, int limit) {
        return pages.page(filter, sort, offset, limit);
    }

    /** The ids matching a filter in the given order (for "select all" and bulk actions). */
    public List<Long> ids(ClippingFilter filter, SortOrder sort) {
        return pages.ids(filter, sort);
    }

    public long count(ClippingFilter filter) {
        return counts.count(filter);
    }

    /** The topic tree, every tag with how many clippings of the filter sit under it. */
    public List<TagNode> tagTree(ClippingFilter filter) {
        return counts.tagTree(filter);
    }

    /** Clippings per month of the published date, oldest first; year-only dates are left out. */
    public List<MonthCount> months(ClippingFilter filter) {
        return counts.months(filter);
    }

    /** Clippings per year of the published date, oldest first, year-only dates included. */
    public List<YearCount> years(ClippingFilter filter) {
        return counts.years(filter);
    }

    /** Clippings per day (day-precision dates) between two dates inclusive, for a zoomed-in timeline. */
    public List<DayCount> days(ClippingFilter filter, LocalDate from, LocalDate to) {
        return counts.days(filter, from, to);
    }

    public ArchiveStats stats() {
        return counts.stats();
    }

    /** Receives a whole result set, one clipping at a time, inside one read transaction. */
    public interface Scan {
        /** Called once, before the first clipping, with how many will follow. */
        void begin(long total);

        void accept(Clipping clipping);
    }

    /**
     * Streams every clipping of the filter, complete with its tags, to {@code scan} from one
     * consistent snapshot; memory stays flat however many there are. Returns how many were read.
     */
    public long scan(ClippingFilter filter, SortOrder sort, Scan scan) {
        return exportScan.scan(filter, sort, scan);
    }
}
