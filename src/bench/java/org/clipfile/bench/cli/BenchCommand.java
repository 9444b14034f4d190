package org.clipfile.bench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.clipfile.bench.BenchReport;
import org.clipfile.bench.BenchServer;
import org.clipfile.bench.Measurement;
import org.clipfile.bench.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import org.clipfile.cli.ClipfileCommand;

@Command(name = "bench", description = {
        "Measure speed on seeded synthetic archives built in a temporary folder; your archive is not touched.",
        "Times import, search, tag tree, histogram, bulk tagging, tag rename, export and the window,"
                + " prints a Markdown table and writes it as JSON."})
public final class BenchCommand implements Callable<Integer> {
    @ParentCommand
    ClipfileCommand root;

    @Option(names = "--clippings", split = ",", paramLabel = "N[,N...]", defaultValue = "100000",
            description = "Archive sizes to build (default: ${DEFAULT-VALUE}); e.g. 100000,1000000.")
    List<Long> sizes;

    @Option(names = "--runs", defaultValue = "9", description = "Timed repetitions per latency (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--import-sample", defaultValue = "50000",
            description = "Clippings imported through the real path and the baseline for the rate (default: ${DEFAULT-VALUE}).")
    int importSample;

    @Option(names = "--seed", defaultValue = "20261129", description = "Seed of the synthetic data (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--dir", paramLabel = "FOLDER", description = "Where the temporary archives go, made if missing (default: the system temp folder).")
    Path dir;

    @Option(names = "--json", paramLabel = "FILE", defaultValue = "bench-results.json",
            description = "Where to write the results as JSON (default: ${DEFAULT-VALUE}).")
    Path json;

    @Option(names = "--markdown", paramLabel = "FILE", description = "Also write the Markdown table to FILE.")
    Path markdown;

    @Option(names = "--words", paramLabel = "MIN-MAX",
            description = "Words per article (default: 300-1500 up to 200,000 clippings, 100-400 above).")
    String words;

    @Option(names = "--keep", description = "Keep the generated archives.")
    boolean keep;

    @Option(names = "--skip-export", description = "Leave out the JSON export measurement (it runs in a child JVM).")
    boolean skipExport;

    @Option(names = "--skip-window", description = "Leave out the window measurement (it opens the real window, headless, in a child JVM).")
    boolean skipWindow;

    @Option(names = "--export-heap", defaultValue = "256m", description = "-Xmx of the export's JVM (default: ${DEFAULT-VALUE}).")
    String exportHeap;

    @Option(names = "--reuse", split = ",", paramLabel = "FOLDER|DATABASE[,...]",
            description = "Measure copies of the archives --keep runs left (one per --clippings size, same --seed) instead of building them:"
                    + " their folders, or with --engine postgresql their databases (clipfile_bench_<size>).")
    List<Path> reuse;

    @Option(names = "--engine", defaultValue = "sqlite", paramLabel = "sqlite|postgresql",
            description = "Build SQLite archive files (default) or team archives on the PostgreSQL server named by --server.")
    String engine;

    @Option(names = "--server", paramLabel = "postgresql://USER@HOST:PORT",
            description = "With --engine postgresql: a server where the benchmark may create and drop databases of its own"
                    + " (clipfile_bench_<size>); the login needs CREATEDB. A password comes from PGPASSWORD or ~/.pgpass.")
    String server;

    @Option(names = "--latency-ms", defaultValue = "0", paramLabel = "MS",
            description = "With --engine postgresql: also measure opening, a first page, a filter, tagging 1,000 clippings and"
                    + " saving an edit through a local proxy that adds this round trip (e.g. 30), as across a network.")
    double latencyMs;

    @Option(names = "--bandwidth-mbit", defaultValue = "0", paramLabel = "MBIT",
            description = "With --latency-ms: the proxy's link carries this many megabits a second each way (e.g. 100;"
                    + " default: unlimited), so that what a step moves across the network costs time too.")
    double bandwidthMbit;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = root.out();
        if (sizes.stream().anyMatch(n -> n < 10) || runs < 1 || importSample < 1) {
            throw new IllegalArgumentException("--clippings must be at least 10, --runs and --import-sample at least 1");
        }
        if (reuse != null && reuse.size() != sizes.size()) {
            throw new IllegalArgumentException("--reuse needs one kept archive per --clippings size");
        }
        BenchServer benchServer = null;
        switch (engine) {
            case "sqlite" -> {
                if (server != null || latencyMs != 0 || bandwidthMbit != 0) {
                    throw new IllegalArgumentException("--server, --latency-ms and --bandwidth-mbit belong to --engine postgresql");
                }
                if (reuse != null && reuse.stream().anyMatch(r -> !java.nio.file.Files.isRegularFile(r.resolve("archive.db")))) {
                    throw new IllegalArgumentException("--reuse needs folders each holding the archive.db of a --keep run");
                }
            }
            case "postgresql" -> {
                if (server == null) {
                    throw new IllegalArgumentException("--engine postgresql needs --server postgresql://user@host:port, a server where"
                            + " the benchmark may create and drop its own databases");
                }
                if (!(latencyMs >= 0 && latencyMs <= 10_000)) {
                    throw new IllegalArgumentException("--latency-ms must be between 0 and 10000, not " + latencyMs);
                }
                if (!(bandwidthMbit >= 0 && bandwidthMbit <= 100_000) || bandwidthMbit > 0 && latencyMs == 0) {
                    throw new IllegalArgumentException("--bandwidth-mbit must be between 0 and 100000, with --latency-ms, not " + bandwidthMbit);
                }
                benchServer = BenchServer.parse(server);
            }
            default -> throw new IllegalArgumentException("--engine must be sqlite or postgresql, not '" + engine + "'");
        }
        int[] wordRange = null;
        if (words != null) {
            String[] p = words.split("-");
            if (p.length != 2) {
                throw new IllegalArgumentException("--words must look like 100-400");
            }
            wordRange = new int[] {Integer.parseInt(p[0].strip()), Integer.parseInt(p[1].strip())};
        }
        Path work = dir != null ? java.nio.file.Files.createDirectories(dir) : Path.of(System.getProperty("java.io.tmpdir"));
        Benchmark.Options options = new Benchmark.Options(sizes, seed, runs, importSample, work, keep, !skipExport, exportHeap, wordRange, reuse, !skipWindow,
                benchServer, latencyMs, bandwidthMbit);
        List<Benchmark.SizeResult> results = new Benchmark(options, out).run();
        String command = "java -jar target/clipfile.jar bench --clippings "
                + String.join(",", sizes.stream().map(String::valueOf).toList()) + " --runs " + runs
                + (words == null ? "" : " --words " + words) + (importSample == 50_000 ? "" : " --import-sample " + importSample)
                + (reuse == null ? "" : " --reuse " + String.join(",", reuse.stream().map(Path::toString).toList()))
                + (benchServer == null ? "" : " --engine postgresql --server " + benchServer)
                + (latencyMs > 0 ? " --latency-ms " + Measurement.format(latencyMs) : "")
                + (bandwidthMbit > 0 ? " --bandwidth-mbit " + Measurement.format(bandwidthMbit) : "")
                + (skipExport ? " --skip-export" : "") + (skipWindow ? " --skip-window" : "");
        BenchReport report = new BenchReport(command, results);
        String table = report.markdown();
        out.println();
        out.print(table);
        report.writeJson(json);
        out.println();
        out.println("JSON: " + json.toAbsolutePath());
        if (markdown != null) {
            java.nio.file.Files.writeString(markdown, table);
            out.println("Markdown: " + markdown.toAbsolutePath());
        }
        out.flush();
        return ClipfileCommand.OK;
    }
}
