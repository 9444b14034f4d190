package org.clipfile.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.clipfile.archive.Archive;
import org.clipfile.archive.ArchiveAddress;
import org.clipfile.archive.Clipping;
import org.clipfile.archive.ClippingEdit;
import org.clipfile.archive.ClippingStore;
import org.clipfile.archive.NewClipping;
import org.clipfile.archive.TagStore;
import org.clipfile.search.ClippingFilter;
import org.clipfile.search.ClippingSearch;
import org.clipfile.search.SortOrder;

/**
 * The benchmark of one archive size on a PostgreSQL server: the same queries and writes as on a
 * file, on a team archive in a database of its own, and (with a latency) the analyst's everyday
 * steps through a {@link DelayingProxy}, as across a network.
 *
 * <p>The archive is written only through the product's own path, {@link ClippingStore#addAll}:
 * the full-text rows ({@code clipping_text}) are made in Java from the same tokens as SQLite's, so
 * there is no trigger a faster loader could lean on, and a loader of its own would have to copy
 * that code. Then {@code VACUUM ANALYZE}, as autovacuum would do soon after such a load, so the
 * planner has statistics and index-only scans see an up-to-date visibility map.
 */
final class ServerBenchmark {
    private static final int IMPORT_BATCH = 500; // what FileImporter uses
    private static final int LOAD_BATCH = 5_000;
    private static final int WARM_UP_ROWS = 2_000;
    private static final double NETWORK_TARGET_MS = 1_000;

    private final Benchmark bench;
    private final Benchmark.Options options;
    private final BenchServer server;
    private final long size;

    ServerBenchmark(Benchmark bench, Benchmark.Options options, long size) {
        this.bench = bench;
        this.options = options;
        this.server = options.server();
        this.size = size;
    }

    /** Builds the archive of this size and measures it; or, given {@code kept}, measures a copy of that database. */
    Benchmark.SizeResult run(String kept) throws Exception {
        SyntheticCorpus corpus = SyntheticCorpus.forRun(options.seed(), size, options.words());
        String name = BenchServer.PREFIX + size + (kept == null ? "" : "_copy"); // never the kept database itself
        Path dir = Files.createTempDirectory(options.workDir(), "clipfile-bench-" + size + "-");
        bench.log("== %,d clippings (%d–%d words each) in database %s on %s", size, corpus.minWords(), corpus.maxWords(), name, server);
        List<Measurement> rows = new ArrayList<>();
        try {
            ArchiveAddress.Server address;
            double buildSeconds;
            if (kept != null) {
                address = server.copyOf(kept, name);
                bench.log("measuring a copy of database %s", kept);
                buildSeconds = Double.NaN;
                rows.add(notApplicable("import_rate", "Import, real path (ClippingStore.addAll, batches of 500)", "clippings/s",
                        "a copy of the kept database " + kept + " was measured; the load was not run"));
            } else {
                address = server.freshDatabase(name);
                buildSeconds = load(address, name, corpus, rows);
            }
            rows.add(notApplicable("import_baseline", "Import, baseline (plain JDBC batch, one transaction)", "clippings/s",
                    "the baseline loader writes SQLite's SQL and leans on its FTS5 trigger; on PostgreSQL the text index rows are"
                            + " made in Java by ClippingStore, so the real path is the only honest one"));
            rows.add(notApplicable("import_ratio", "Import rate ÷ baseline", "×", "no baseline on PostgreSQL"));

            try (Archive archive = Archive.open(address, Archive.Options.NO_DAILY_BACKUP)) {
                if (kept != null) {
                    Benchmark.requireSize(archive, size, kept);
                }
                bench.queries(archive, corpus, size > 200_000, rows);
                bench.writes(archive, corpus, size, rows);
            }
            long bytes = server.databaseBytes(name);
            if (options.export()) {
                rows.addAll(bench.export(address.toString(), dir.resolve("export.json")));
            }
            if (options.window()) {
                rows.addAll(bench.window(address.toString(), dir.resolve("window.json"), ""));
            }
            List<Measurement> network = options.latencyMs() > 0 ? overNetwork(name, corpus, dir) : List.of();
            return new Benchmark.SizeResult(size, corpus.minWords(), corpus.maxWords(), buildSeconds, bytes, rows, options.engine(), network);
        } finally {
            if (options.keep()) {
                bench.log("kept database %s on %s", name, server);
            } else {
                server.drop(name);
            }
            Benchmark.deleteTree(dir);
        }
    }

    /**
     * Loads the archive through the product's path (its first {@code --import-sample} clippings
     * timed on their own, after a warm-up in a throwaway database), then VACUUM ANALYZE. Returns
     * the seconds the whole build took.
     */
    private double load(ArchiveAddress.Server address, String name, SyntheticCorpus corpus, List<Measurement> rows) {
        String warmName = name + "_warm";
        int sample = (int) Math.min(size, options.importSample());
        List<NewClipping> sampleRows = corpus.first(sample);
        // Once, untimed, in a throwaway database: otherwise the timed import pays the JVM's warm-up.
        List<NewClipping> warmRows = sampleRows.subList(0, Math.min(sampleRows.size(), WARM_UP_ROWS));
        bench.log("warm-up on %,d clippings (not counted):", warmRows.size());
        try (Archive warm = Archive.open(server.freshDatabase(warmName), Archive.Options.NO_DAILY_BACKUP)) {
            importThroughStore(new ClippingStore(warm), warmRows);
        } finally {
            server.drop(warmName);
        }

        long buildStart = System.nanoTime();
        double realRate;
        try (Archive archive = Archive.open(address, Archive.Options.NO_DAILY_BACKUP)) {
            ClippingStore store = new ClippingStore(archive);
            realRate = importThroughStore(store, sampleRows); // the archive's first clippings
            for (long first = sample; first < size; first += LOAD_BATCH) {
                int n = (int) Math.min(LOAD_BATCH, size - first);
                List<NewClipping> batch = new ArrayList<>(n);
                for (long i = first; i < first + n; i++) {
                    batch.add(corpus.clipping(i));
                }
                store.addAll(batch);
                if ((first + n) / 50_000 > first / 50_000 || first + n == size) { // each 50,000 passed, whatever the sample size
                    bench.log("loaded %,d / %,d (%.0f s)", first + n, size, (System.nanoTime() - buildStart) / 1e9);
                }
            }
        }
        double loadSeconds = (System.nanoTime() - buildStart) / 1e9;
        long vacuumStart = System.nanoTime();
        server.maintain(name, "VACUUM ANALYZE");
        bench.log("loaded through ClippingStore.addAll in %.0f s (%,.0f clippings/s); VACUUM ANALYZE %.0f s",
                loadSeconds, size / loadSeconds, (System.nanoTime() - vacuumStart) / 1e9);
        rows.add(new Measurement("import_rate", "Import, real path (ClippingStore.addAll, batches of 500)", "clippings/s",
                realRate, Double.NaN, 1, "", null, String.format(Locale.ROOT,
                        "%,d-clipping sample, fresh archive; whole load in batches of %,d: %,.0f clippings/s",
                        sample, LOAD_BATCH, size / loadSeconds)));
        return (System.nanoTime() - buildStart) / 1e9;
    }

    private double importThroughStore(ClippingStore store, List<NewClipping> rows) {
        long start = System.nanoTime();
        for (int i = 0; i < rows.size(); i += IMPORT_BATCH) {
            store.addAll(rows.subList(i, Math.min(rows.size(), i + IMPORT_BATCH)));
        }
        double rate = rows.size() / ((System.nanoTime() - start) / 1e9);
        bench.log("real import path (ClippingStore.addAll): %,.0f clippings/s", rate);
        return rate;
    }

    /**
     * The list, each step as the window takes it, with {@code latencyMs} between client and
     * server: opening, a first page, a filter's counts, tag tree and histogram, tagging 1,000
     * clippings and saving an edit.
     */
    private List<Measurement> overNetwork(String name, SyntheticCorpus corpus, Path dir) throws Exception {
        List<Measurement> rows = new ArrayList<>();
        ArchiveAddress.Server direct = server.address(name);
        try (DelayingProxy proxy = new DelayingProxy(direct.host(), direct.port(), options.latencyMs(), options.bandwidthMbit())) {
            ArchiveAddress.Server far = server.on(proxy.host(), proxy.port(), name);
            String rtt = String.format(Locale.ROOT, "%s ms round trip", Measurement.format(options.latencyMs()))
                    + (options.bandwidthMbit() > 0 ? String.format(Locale.ROOT, ", %s Mbit/s", Measurement.format(options.bandwidthMbit())) : "");
            bench.log("-- through a proxy adding %s (%s -> %s)", rtt, far, direct);

            double[] open = new double[options.runs()];
            for (int i = 0; i < open.length; i++) {
                long start = System.nanoTime();
                Archive a = Archive.open(far, Archive.Options.NO_DAILY_BACKUP);
                open[i] = (System.nanoTime() - start) / 1e6;
                a.close();
            }
            Arrays.sort(open);
            add(rows, Measurement.latency("net_open", "Open the team archive", open, NETWORK_TARGET_MS,
                    "two connections (one listens for others' changes), format check"));

            try (Archive archive = Archive.open(far, Archive.Options.NO_DAILY_BACKUP)) {
                add(rows, Measurement.latency("net_round_trip", "One empty read (SELECT 1), for scale",
                        Timing.repeat(1, options.runs(), i -> archive.read(c -> {
                            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT 1")) {
                                return rs.next();
                            }
                        })), null, rtt));
                // A new ClippingSearch each run: nothing learnt by an earlier run helps, as after opening.
                add(rows, Measurement.latency("net_first_page", "First page, everything newest first", Timing.repeat(1, options.runs(),
                        i -> new ClippingSearch(archive).page(ClippingFilter.ALL, SortOrder.NEWEST, 0, Benchmark.PAGE)), NETWORK_TARGET_MS,
                        "100 rows, a new search each run"));
                ClippingFilter topFilter = ClippingFilter.ALL.withTag(corpus.topTag());
                add(rows, Measurement.latency("net_filter_sql", "Tag filter: count + tag tree + histogram, from SQL (facets not built yet)",
                        Timing.repeat(1, options.runs(), i -> filter(new ClippingSearch(archive), topFilter)), NETWORK_TARGET_MS,
                        "what the window shows while the facets load"));
                // As the window does: built from the server and kept on disk, then, at the next open, from what was kept.
                Path kept = dir.resolve("facets");
                ClippingSearch search = new ClippingSearch(archive);
                long start = System.nanoTime();
                long bytesBefore = proxy.bytesToClients();
                boolean built = search.prepareFacets(kept);
                double facetMs = (System.nanoTime() - start) / 1e6;
                double facetMb = (proxy.bytesToClients() - bytesBefore) / 1e6;
                add(rows, new Measurement("net_facets_build", "In-memory facets built (once per open, in the background)", "ms",
                        facetMs, Double.NaN, 1, "", null, built ? "reads every clipping's tags and date across the network, and keeps them on disk"
                        : "archive too large: SQL serves"));
                add(rows, new Measurement("net_facets_bytes", "What building the facets moved from the server", "MB",
                        facetMb, Double.NaN, 1, "", null, "bytes the proxy relayed to the client during the build"));
                // Then the frequent words' matches, as the window reads them next, and keeps them with the facets.
                long keepStart = System.nanoTime();
                long keepBytes = proxy.bytesToClients();
                int words = search.keepFrequentWords(() -> false);
                add(rows, new Measurement("net_frequent_words", "Frequent words' matches read (after the facets, in the background)", "ms",
                        (System.nanoTime() - keepStart) / 1e6, Double.NaN, 1, "", null, String.format(Locale.ROOT,
                        "%d words; %.1f MB from the server", words, (proxy.bytesToClients() - keepBytes) / 1e6)));
                double[] again = new double[options.runs()];
                double againMb = 0;
                boolean fromKept = true;
                for (int i = 0; i < again.length; i++) {
                    ClippingSearch reopened = new ClippingSearch(archive);
                    long t = System.nanoTime();
                    long b = proxy.bytesToClients();
                    reopened.prepareFacets(kept);
                    again[i] = (System.nanoTime() - t) / 1e6;
                    againMb = (proxy.bytesToClients() - b) / 1e6;
                    fromKept &= reopened.facetsFromKeptCopy();
                }
                Arrays.sort(again);
                add(rows, Measurement.latency("net_facets_kept", "In-memory facets at the next open, from the copy kept on disk", again, null,
                        fromKept ? String.format(Locale.ROOT, "%.2f MB from the server: checks and the journal since", againMb)
                                : "the kept copy was not used: built from the server"));
                add(rows, Measurement.latency("net_filter_facets", "Tag filter: count + tag tree + histogram, facets built",
                        Timing.repeat(1, options.runs(), i -> filter(search, topFilter)), NETWORK_TARGET_MS, ""));

                TagStore tags = new TagStore(archive);
                Random random = new Random(options.seed() + 2);
                int selected = (int) Math.min(1_000, size);
                long stamp = System.currentTimeMillis();
                add(rows, Measurement.latency("net_tag_1000", "Tag 1,000 selected clippings", Timing.repeat(1, options.runs(), i -> {
                    List<Long> ids = new ArrayList<>(selected);
                    for (int k = 0; k < selected; k++) {
                        ids.add(1 + (long) random.nextInt((int) size));
                    }
                    tags.assign(ids, "Bench/Network " + stamp + "-" + i);
                }), NETWORK_TARGET_MS, "new tag each run, random selection"));

                ClippingStore store = new ClippingStore(archive);
                double[] edit = new double[options.runs()];
                for (int i = 0; i < edit.length; i++) {
                    long id = 1 + random.nextInt((int) size);
                    Clipping before = store.get(id).orElseThrow(() -> new IllegalStateException("clipping " + id + " is missing"));
                    ClippingEdit changed = new ClippingEdit(before.title() + " (edited)", before.text() + "\n\nEdited " + i + ".",
                            before.notes(), before.date(), before.source(), before.url(), before.author());
                    long t = System.nanoTime();
                    store.update(id, changed);
                    edit[i] = (System.nanoTime() - t) / 1e6;
                }
                Arrays.sort(edit);
                add(rows, Measurement.latency("net_edit", "Save an edit (title and text changed)", edit, NETWORK_TARGET_MS,
                        "text index row rewritten too"));
            }
            if (options.window()) {
                // Whether the window freezes while the network works: the real window, through the same proxy.
                bench.window(far.toString(), dir.resolve("window-far.json"), "net_").forEach(m -> add(rows, m));
            }
        }
        return rows;
    }

    private static void filter(ClippingSearch search, ClippingFilter filter) {
        search.count(filter);
        search.tagTree(filter);
        search.months(filter);
    }

    private void add(List<Measurement> rows, Measurement m) {
        rows.add(m);
        bench.log("%-50s median %8s %s  p95 %8s  %s", m.label(), Measurement.format(m.median()), m.unit(), Measurement.format(m.p95()), m.note());
    }

    private static Measurement notApplicable(String key, String label, String unit, String reason) {
        return new Measurement(key, label, unit, Double.NaN, Double.NaN, 0, "", null, "n/a: " + reason);
    }
}
