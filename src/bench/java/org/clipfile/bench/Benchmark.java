package org.clipfile.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.clipfile.archive.Archive;
import org.clipfile.archive.ClippingStore;
import org.clipfile.archive.NewClipping;
import org.clipfile.archive.TagStore;
import org.clipfile.search.ClippingFilter;
import org.clipfile.search.ClippingSearch;
import org.clipfile.search.SortOrder;

/**
 * Builds a synthetic archive of each requested size and measures import, queries, bulk tag edits
 * and export on it. The README's "Performance" section says what each row means.
 */
public final class Benchmark {
    static final int PAGE = 100;
    private static final int BUILD_CHUNK = 50_000;
    private static final int IMPORT_BATCH = 500; // what FileImporter uses
    private static final int WARM_UP_ROWS = 2_000;

    /**
     * What to run. {@code runs} is the number of timed repetitions of each latency. {@code server}
     * is null for SQLite files, else the PostgreSQL server to build team archives on; with
     * {@code latencyMs} above zero the network measurements are taken too, through a
     * {@link DelayingProxy} with that round trip, and {@code bandwidthMbit} (0: unlimited).
     */
    public record Options(List<Long> sizes, long seed, int runs, int importSample, Path workDir, boolean keep,
                          boolean export, String exportHeap, int[] words, List<Path> reuse, boolean window,
                          BenchServer server, double latencyMs, double bandwidthMbit) {
        public Options(List<Long> sizes, long seed, int runs, int importSample, Path workDir, boolean keep,
                       boolean export, String exportHeap, int[] words, List<Path> reuse, boolean window) {
            this(sizes, seed, runs, importSample, workDir, keep, export, exportHeap, words, reuse, window, null, 0, 0);
        }

        public String engine() {
            return server == null ? "sqlite" : "postgresql";
        }
    }

    /**
     * Results for one archive size. {@code archiveBytes} is the file's size (SQLite) or the
     * database's (PostgreSQL, {@code pg_database_size}); {@code overNetwork} holds the
     * measurements through the delaying proxy (empty without {@code --latency-ms}).
     */
    public record SizeResult(long clippings, int minWords, int maxWords, double buildSeconds, long archiveBytes,
                             List<Measurement> rows, String engine, List<Measurement> overNetwork) {
        public SizeResult(long clippings, int minWords, int maxWords, double buildSeconds, long archiveBytes, List<Measurement> rows) {
            this(clippings, minWords, maxWords, buildSeconds, archiveBytes, rows, "sqlite", List.of());
        }
    }

    private final Options options;
    private final PrintWriter log;

    public Benchmark(Options options, PrintWriter log) {
        this.options = options;
        this.log = log;
    }

    public List<SizeResult> run() throws Exception {
        List<SizeResult> out = new ArrayList<>();
        for (int i = 0; i < options.sizes().size(); i++) {
            out.add(runSize(options.sizes().get(i), options.reuse() == null ? null : options.reuse().get(i)));
        }
        return out;
    }

    private SizeResult runSize(long size, Path reuse) throws Exception {
        if (options.server() != null) {
            return new ServerBenchmark(this, options, size).run(reuse == null ? null : reuse.toString());
        }
        boolean large = size > 200_000;
        SyntheticCorpus corpus = SyntheticCorpus.forRun(options.seed(), size, options.words());
        Path dir = Files.createTempDirectory(options.workDir(), "clipfile-bench-" + size + "-");
        log("== %,d clippings (%d–%d words each) in %s", size, corpus.minWords(), corpus.maxWords(), dir);
        List<Measurement> rows = new ArrayList<>();
        try {
            int sample = (int) Math.min(size, options.importSample());
            List<NewClipping> sampleRows = corpus.first(sample);
            // Both paths once, untimed, on throwaway archives: otherwise whichever runs first pays the JVM's warm-up.
            List<NewClipping> warmRows = sampleRows.subList(0, Math.min(sampleRows.size(), WARM_UP_ROWS));
            log("warm-up on %,d clippings (not counted):", warmRows.size());
            importThroughStore(dir.resolve("warm-real.db"), warmRows);
            try (Archive warm = Archive.open(dir.resolve("warm-baseline.db"))) {
                baselineRate(new BulkLoader(warm), warmRows);
            }
            double realRate = importThroughStore(dir.resolve("real.db"), sampleRows);
            Path archiveFile = dir.resolve("archive.db");
            double baselineRate;
            double buildSeconds;
            long buildStart = System.nanoTime();
            if (reuse != null) {
                // A kept archive of this size and seed: measured on a copy, so its writes leave the original as it was.
                try (Archive baseline = Archive.open(dir.resolve("baseline.db"))) {
                    baselineRate = baselineRate(new BulkLoader(baseline), sampleRows);
                }
                sampleRows.clear();
                Files.copy(reuse.resolve("archive.db"), archiveFile);
                Path wal = reuse.resolve("archive.db-wal"); // commits not yet checkpointed belong to it
                if (Files.exists(wal)) {
                    Files.copy(wal, dir.resolve("archive.db-wal"));
                }
                log("copied %s", reuse.resolve("archive.db"));
            } else {
                SideIndexBuild sideIndex = null;
                try (Archive archive = Archive.open(archiveFile)) {
                    BulkLoader loader = new BulkLoader(archive);
                    baselineRate = baselineRate(loader, sampleRows);
                    if (size > sample) {
                        loader.startBuilding();
                        sideIndex = SideIndexBuild.run(archive, loader, sampleRows, corpus::clipping, sample, size, BUILD_CHUNK,
                                dir.resolve("side-index.db"),
                                done -> log("built %,d / %,d (%.0f s)", done, size, (System.nanoTime() - buildStart) / 1e9));
                        loader.stopBuilding();
                    }
                }
                sampleRows = null;
                if (sideIndex != null) {
                    sideIndex.install(archiveFile);
                    log("full-text index installed (%.0f s)", (System.nanoTime() - buildStart) / 1e9);
                }
            }
            buildSeconds = reuse != null ? Double.NaN : (System.nanoTime() - buildStart) / 1e9;
            double ratio = realRate / baselineRate;
            rows.add(new Measurement("import_rate", "Import, real path (ClippingStore.addAll, batches of 500)", "clippings/s",
                    realRate, Double.NaN, 1, "", null, String.format(java.util.Locale.ROOT, "%,d-clipping sample, fresh archive", sample)));
            rows.add(new Measurement("import_baseline", "Import, baseline (plain JDBC batch, one transaction)", "clippings/s",
                    baselineRate, Double.NaN, 1, "", null, "same rows, same schema, FTS via the same trigger"));
            rows.add(new Measurement("import_ratio", "Import rate ÷ baseline", "×", ratio, Double.NaN, 1, "≥ 0.5", ratio >= 0.5, ""));

            try (Archive archive = Archive.open(archiveFile)) { // reopened as a user would: after PRAGMA optimize on close
                if (reuse != null) {
                    requireSize(archive, size, reuse.toString());
                }
                queries(archive, corpus, large, rows);
                writes(archive, corpus, size, rows);
            }
            long bytes = Files.size(archiveFile);
            if (options.export()) {
                rows.addAll(export(archiveFile, dir.resolve("export.json")));
            }
            if (options.window()) {
                rows.addAll(window(archiveFile, dir.resolve("window.json")));
            }
            return new SizeResult(size, corpus.minWords(), corpus.maxWords(), buildSeconds, bytes, rows);
        } finally {
            if (options.keep()) {
                log("kept %s", dir);
            } else {
                deleteTree(dir);
            }
        }
    }

    private double baselineRate(BulkLoader loader, List<NewClipping> sampleRows) throws Exception {
        long start = System.nanoTime();
        loader.load(i -> sampleRows.get((int) i), 0, sampleRows.size());
        double rate = sampleRows.size() / ((System.nanoTime() - start) / 1e9);
        log("baseline (plain JDBC batch, one transaction): %,.0f clippings/s", rate);
        return rate;
    }

    private double importThroughStore(Path file, List<NewClipping> rows) {
        try (Archive archive = Archive.open(file)) {
            ClippingStore store = new ClippingStore(archive);
            long start = System.nanoTime();
            for (int i = 0; i < rows.size(); i += IMPORT_BATCH) {
                store.addAll(rows.subList(i, Math.min(rows.size(), i + IMPORT_BATCH)));
            }
            double rate = rows.size() / ((System.nanoTime() - start) / 1e9);
            log("real import path (ClippingStore.addAll): %,.0f clippings/s", rate);
            return rate;
        }
    }

    void queries(Archive archive, SyntheticCorpus corpus, boolean large, List<Measurement> rows) throws Exception {
        ClippingSearch search = new ClippingSearch(archive);
        double searchTarget = large ? 150 : 50;
        double treeTarget = large ? 300 : 100;
        ClippingFilter tagFilter = ClippingFilter.ALL.withTag(corpus.midTag());
        ClippingFilter tagDates = tagFilter.withDates(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31));
        ClippingFilter topFilter = ClippingFilter.ALL.withTag(corpus.topTag());

        page(search, rows, "search_common", "Search, common word — first page", ClippingFilter.ALL.withQuery(corpus.commonWord()), SortOrder.NEWEST, searchTarget);
        page(search, rows, "search_common_relevance", "Search, common word — first page by relevance", ClippingFilter.ALL.withQuery(corpus.commonWord()), SortOrder.RELEVANCE, searchTarget);
        page(search, rows, "search_rare", "Search, rare word — first page", ClippingFilter.ALL.withQuery(corpus.rareWord()), SortOrder.NEWEST, searchTarget);
        page(search, rows, "search_phrase", "Search, phrase — first page", ClippingFilter.ALL.withQuery("\"" + corpus.phrase() + "\""), SortOrder.NEWEST, searchTarget);
        page(search, rows, "search_cjk", "Search, CJK substring — first page", ClippingFilter.ALL.withQuery(corpus.cjkSubstring()), SortOrder.NEWEST, searchTarget);
        page(search, rows, "filter_tag", "Tag filter — first page", tagFilter, SortOrder.NEWEST, 50.0);
        page(search, rows, "filter_tag_dates", "Tag + date range — first page", tagDates, SortOrder.NEWEST, 50.0);
        page(search, rows, "browse_all", "Everything, newest first — first page", ClippingFilter.ALL, SortOrder.NEWEST, null);

        // What the window does once per open, in the background; from then on counts for a filter come from memory.
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heapBefore = rt.totalMemory() - rt.freeMemory();
        long buildStart = System.nanoTime();
        boolean built = search.prepareFacets();
        double buildMs = (System.nanoTime() - buildStart) / 1e6;
        System.gc();
        double heapMb = (rt.totalMemory() - rt.freeMemory() - heapBefore) / (1024.0 * 1024.0);
        rows.add(new Measurement("facets_build", "In-memory facets built (once per open, in the background)", "ms", buildMs,
                Double.NaN, 1, "", null, built ? String.format(java.util.Locale.ROOT, "about %.0f MB of heap", heapMb) : "archive too large: SQL serves"));
        log("%-50s %8.0f ms, about %.0f MB of heap", "facets built", buildMs, heapMb);
        // Then, as the window does, a team archive's frequent words' matches join them (none on SQLite).
        System.gc();
        long wordsBefore = rt.totalMemory() - rt.freeMemory();
        long keepStart = System.nanoTime();
        int kept = search.keepFrequentWords(() -> false);
        double keepMs = (System.nanoTime() - keepStart) / 1e6;
        System.gc();
        double wordsMb = (rt.totalMemory() - rt.freeMemory() - wordsBefore) / (1024.0 * 1024.0);
        rows.add(new Measurement("frequent_words", "Frequent words' matches read (after the facets, in the background)", "ms", keepMs,
                Double.NaN, 1, "", null, kept > 0 ? String.format(java.util.Locale.ROOT,
                "%d words found in %,d clippings or more; about %.0f MB of heap", kept,
                org.clipfile.search.SearchTuning.DEFAULT.frequentWordMatches(), wordsMb)
                : archive.isShared() ? String.format(java.util.Locale.ROOT, "none kept: no word is in %,d clippings or more",
                        org.clipfile.search.SearchTuning.DEFAULT.frequentWordMatches())
                : "none kept: SQLite's text index hands over a word's ids as they are"));
        log("%-50s %8.0f ms, %d words, about %.0f MB of heap", "frequent words kept", keepMs, kept, wordsMb);
        // Text matches are kept for the last few queries; each run here starts without them, as a new query would.
        ClippingFilter common = ClippingFilter.ALL.withQuery(corpus.commonWord());
        latency(rows, "count_common", "Count, common-word matches", null, search.count(common),
                () -> { search.forgetCachedMatches(); search.count(common); });
        // The worst word for a count: the most frequent one whose matches are not kept (the common word's are, on a server).
        List<String> keptWords = search.frequentWords();
        int rank = 4;
        while (keptWords.contains(corpus.word(rank))) {
            rank++;
        }
        ClippingFilter unkept = ClippingFilter.ALL.withQuery(corpus.word(rank));
        latency(rows, "count_unkept", "Count, the most frequent word not kept with the facets", null, search.count(unkept),
                () -> { search.forgetCachedMatches(); search.count(unkept); });
        latency(rows, "count_tag", "Count, tag filter", null, search.count(tagFilter), () -> search.count(tagFilter));
        // Relevance pages after the first walk the query's ranking of all matches, scored once and kept.
        latency(rows, "search_relevance_rank", "Search by relevance, common word — second page, query not yet ranked", null, null,
                () -> { search.forgetCachedMatches(); search.page(common, SortOrder.RELEVANCE, PAGE, PAGE); });
        latency(rows, "search_relevance_next", "Search by relevance, common word — any page once ranked", null, null,
                () -> search.page(common, SortOrder.RELEVANCE, 5 * PAGE, PAGE));
        latency(rows, "search_relevance_tag", "Search by relevance, common word + tag filter — first page once ranked", null, null,
                () -> search.page(common.withTag(corpus.topTag()), SortOrder.RELEVANCE, 0, PAGE));

        latency(rows, "tag_tree_all", "Tag tree with counts — whole archive", treeTarget, null, () -> search.tagTree(ClippingFilter.ALL));
        latency(rows, "tag_tree_filter", "Tag tree with counts — tag filter", treeTarget, search.count(topFilter), () -> search.tagTree(topFilter));
        latency(rows, "tag_tree_search", "Tag tree with counts — common-word search", treeTarget, null,
                () -> { search.forgetCachedMatches(); search.tagTree(common); });
        latency(rows, "months_all", "Month histogram — whole archive", treeTarget, null, () -> search.months(ClippingFilter.ALL));
        latency(rows, "months_filter", "Month histogram — tag filter", treeTarget, null, () -> search.months(topFilter));
        latency(rows, "months_search", "Month histogram — common-word search", treeTarget, null,
                () -> { search.forgetCachedMatches(); search.months(common); });
    }

    private void page(ClippingSearch search, List<Measurement> rows, String key, String label, ClippingFilter filter,
                      SortOrder sort, Double target) throws Exception {
        long[] shown = new long[1];
        double[] ms = Timing.repeat(1, options.runs(), i -> shown[0] = search.page(filter, sort, 0, PAGE).size());
        String note = shown[0] + " rows shown";
        Measurement m = Measurement.latency(key, label, ms, target, note);
        rows.add(m);
        log("%-50s median %8s ms  p95 %8s ms  (%s)", label, Measurement.format(m.median()), Measurement.format(m.p95()), note);
    }

    void latency(List<Measurement> rows, String key, String label, Double target, Long matching, Runnable op) throws Exception {
        double[] ms = Timing.repeat(1, options.runs(), i -> op.run());
        String note = matching == null ? "" : String.format(java.util.Locale.ROOT, "%,d matching", matching);
        Measurement m = Measurement.latency(key, label, ms, target, note);
        rows.add(m);
        log("%-50s median %8s ms  p95 %8s ms  %s", label, Measurement.format(m.median()), Measurement.format(m.p95()), note);
    }

    void writes(Archive archive, SyntheticCorpus corpus, long size, List<Measurement> rows) throws Exception {
        TagStore tags = new TagStore(archive);
        Random random = new Random(options.seed() + 1);
        int selected = (int) Math.min(1_000, size);
        long stamp = System.currentTimeMillis(); // a kept archive already has the last run's tags: each run tags with a new one

        double[] tagging = Timing.repeat(1, options.runs(), i -> {
            List<Long> ids = new ArrayList<>(selected);
            for (int k = 0; k < selected; k++) {
                ids.add(1 + (long) random.nextInt((int) size));
            }
            tags.assign(ids, "Bench/Selection " + stamp + "-" + i);
        });
        Measurement t = Measurement.latency("tag_1000", "Tag 1,000 selected clippings", tagging, 200.0, "new tag each run, random selection");
        rows.add(t);
        log("%-50s median %8s ms  p95 %8s ms", t.label(), Measurement.format(t.median()), Measurement.format(t.p95()));

        long carriers = new ClippingSearch(archive).count(ClippingFilter.ALL.withTag(corpus.hotTag()));
        String[] names = {corpus.hotTag(), corpus.hotTag() + " Renamed"};
        int renames = Math.max(2, options.runs() / 2 * 2); // even: ends on the original name
        double[] rename = Timing.repeat(0, renames, i -> tags.rename(names[i % 2], names[(i + 1) % 2]));
        String note = String.format(java.util.Locale.ROOT, "tag on %,d clippings", carriers);
        Measurement r = Measurement.latency("rename_tag", "Rename a tag", rename, carriers >= 100_000 ? 2000.0 : null, note);
        rows.add(r);
        log("%-50s median %8s ms  p95 %8s ms  %s", r.label(), Measurement.format(r.median()), Measurement.format(r.p95()), note);

        String[] places = {corpus.hotTag(), "Archive desk/Watchlist"};
        double[] move = Timing.repeat(0, 2, i -> tags.rename(places[i % 2], places[(i + 1) % 2]));
        Measurement mv = Measurement.latency("move_tag", "Move that tag under another parent", move, null, note + "; implied tags rewritten");
        rows.add(mv);
        log("%-50s median %8s ms  p95 %8s ms  %s", mv.label(), Measurement.format(mv.median()), Measurement.format(mv.p95()), note);
    }

    /** Runs the export in a child JVM limited to {@code exportHeap}, so its heap is measured alone. */
    List<Measurement> export(Path archiveFile, Path target) throws IOException, InterruptedException {
        return export(archiveFile.toString(), target);
    }

    List<Measurement> export(String archive, Path target) throws IOException, InterruptedException {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(javaBin, "-Xmx" + options.exportHeap(), "-cp", System.getProperty("java.class.path"),
                ExportProbe.class.getName(), archive, target.toString());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                lines.add(line);
            }
        }
        int exit = p.waitFor();
        Files.deleteIfExists(target);
        String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        String[] f = last.split(" ");
        if (exit != 0 || f.length != 4) {
            log("export failed (exit %d): %s", exit, String.join("\n", lines));
            return List.of(new Measurement("export_rate", "JSON export", "MB/s", Double.NaN, Double.NaN, 0, "≥ 50", false,
                    "failed with -Xmx" + options.exportHeap() + ": " + last));
        }
        long count = Long.parseLong(f[0]);
        long bytes = Long.parseLong(f[1]);
        double seconds = Long.parseLong(f[2]) / 1e9;
        double peakMb = Long.parseLong(f[3]) / (1024.0 * 1024.0);
        double rate = bytes / 1e6 / seconds;
        log("export: %,d clippings, %,.0f MB in %.1f s = %.1f MB/s, peak heap %.0f MB (-Xmx%s)", count, bytes / 1e6, seconds, rate, peakMb, options.exportHeap());
        return List.of(
                new Measurement("export_rate", "JSON export of the whole archive", "MB/s", rate, Double.NaN, 1, "≥ 50", rate >= 50,
                        String.format(java.util.Locale.ROOT, "%,.0f MB in %.1f s", bytes / 1e6, seconds)),
                new Measurement("export_heap", "Peak heap while exporting", "MB", peakMb, Double.NaN, 1, "< 256", peakMb < 256,
                        "own JVM with -Xmx" + options.exportHeap() + ", sampled every 5 ms (includes garbage)"));
    }

    /**
     * Opens the real window on the archive in a child JVM capped at 512 MB ({@code window-bench}:
     * headless Monocle when there is no display) and reads its figures back.
     */
    List<Measurement> window(Path archiveFile, Path json) throws IOException, InterruptedException {
        return window(archiveFile.toString(), json, "");
    }

    /** As {@link #window(Path, Path)} on any archive, a file or a server's address; {@code prefix} starts the rows' ids. */
    List<Measurement> window(String archive, Path json, String prefix) throws IOException, InterruptedException {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(javaBin, "-Xmx" + WINDOW_HEAP_MB + "m", "-cp", System.getProperty("java.class.path"),
                "org.clipfile.Main", "window-bench", "--archive", archive, "--json", json.toString());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        StringBuilder output = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                output.append(line).append('\n');
            }
        }
        int exit = p.waitFor();
        if (exit != 0 || !Files.isRegularFile(json)) {
            log("window-bench failed (exit %d): %s", exit, output);
            return List.of(new Measurement(prefix + "window_first_frame", "Window: launch to first frame", "ms", Double.NaN, Double.NaN, 0,
                    "≤ 2,000", false, "window-bench failed (exit " + exit + ")"));
        }
        tools.jackson.databind.JsonNode w = tools.jackson.databind.json.JsonMapper.builder().build().readTree(json.toFile());
        Files.deleteIfExists(json);
        double frame = w.get("firstFrameMs").asDouble();
        double page = w.get("firstPageMs").asDouble();
        double typing = w.get("worstTypingStallMs").asDouble();
        double scrolling = w.get("worstScrollStallMs").asDouble();
        double peak = w.get("peakHeapMb").asDouble();
        String how = "own JVM, -Xmx" + WINDOW_HEAP_MB + "m, one run";
        log("window: first frame %.0f ms, first page %.0f ms, worst stall typing %.0f ms, scrolling %.0f ms, peak heap %.0f MB",
                frame, page, typing, scrolling, peak);
        return List.of(
                new Measurement(prefix + "window_first_frame", "Window: launch to first frame", "ms", frame, Double.NaN, 1, "≤ 2,000",
                        frame <= 2_000, how),
                new Measurement(prefix + "window_first_page", "Window: launch to first page of rows", "ms", page, Double.NaN, 1, "", null,
                        "the day's backup and the facets start right after, in the background"),
                new Measurement(prefix + "window_stall_typing", "Window: worst FX-thread stall while typing a query", "ms", typing, Double.NaN, 1,
                        "≤ 100", typing <= 100, "longest gap between two JavaFX pulses"),
                new Measurement(prefix + "window_stall_scrolling", "Window: worst FX-thread stall while paging and scrolling", "ms", scrolling,
                        Double.NaN, 1, "≤ 100", scrolling <= 100, "longest gap between two JavaFX pulses"),
                new Measurement(prefix + "window_heap", "Window: peak heap with the archive open", "MB", peak, Double.NaN, 1,
                        "< " + WINDOW_HEAP_MB, peak < WINDOW_HEAP_MB, "sampled, includes garbage; the JVM is capped at that size"));
    }

    static final int WINDOW_HEAP_MB = 512;

    void log(String format, Object... args) {
        log.println(String.format(java.util.Locale.ROOT, format, args));
        log.flush();
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * A kept archive measured as another size would be measured with the wrong words (the corpus
     * depends on the size) and labelled with the wrong size: refused, saying the size to give.
     */
    static void requireSize(Archive archive, long size, String kept) {
        long held = archive.read(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM clipping")) {
                rs.next();
                return rs.getLong(1);
            }
        });
        if (held != size) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "the kept archive %s holds %,d clippings, not the %,d of --clippings: give --clippings %d with it",
                    kept, held, size, held));
        }
    }
}
