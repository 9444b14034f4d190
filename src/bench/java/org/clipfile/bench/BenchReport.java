package org.clipfile.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Renders benchmark results as a Markdown table (console and README) and as JSON. */
public final class BenchReport {
    private final String command;
    private final String machine;
    private final Instant finished;
    private final List<Benchmark.SizeResult> results;

    public BenchReport(String command, List<Benchmark.SizeResult> results) {
        this.command = command;
        this.machine = describeMachine();
        this.finished = Instant.now();
        this.results = results;
    }

    static String describeMachine() {
        Runtime rt = Runtime.getRuntime();
        String memory = "";
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            memory = String.format(Locale.ROOT, ", %.0f GB RAM", os.getTotalMemorySize() / 1e9);
        }
        return String.format(Locale.ROOT, "%s %s (%s), %d cores%s; Java %s, max heap %d MB",
                System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("os.arch"),
                rt.availableProcessors(), memory, System.getProperty("java.version"), rt.maxMemory() / (1024 * 1024));
    }

    /**
     * One table, a column pair (median, p95) per archive size; a second one for the measurements
     * across a network when there are any.
     */
    public String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("Command: `").append(command).append("`  \n");
        sb.append("Machine: ").append(machine).append("  \n");
        sb.append("Finished: ").append(finished).append("  \n");
        for (Benchmark.SizeResult r : results) {
            boolean server = !"sqlite".equals(r.engine());
            sb.append(String.format(Locale.ROOT, "%s of %,d clippings: %d–%d words each, %,.0f MB %s, %s.  %n",
                    server ? "Team archive (PostgreSQL)" : "Archive", r.clippings(), r.minWords(), r.maxWords(), r.archiveBytes() / 1e6,
                    server ? "in the database (pg_database_size)" : "on disk",
                    Double.isNaN(r.buildSeconds()) ? "a copy of a kept one" : String.format(Locale.ROOT, "built in %.0f s", r.buildSeconds())));
        }
        sb.append('\n');
        table(sb, Benchmark.SizeResult::rows);
        if (results.stream().anyMatch(r -> !r.overNetwork().isEmpty())) {
            sb.append('\n').append("Across a network (through a proxy that delays every packet):\n\n");
            table(sb, Benchmark.SizeResult::overNetwork);
        }
        return sb.toString();
    }

    private void table(StringBuilder sb, java.util.function.Function<Benchmark.SizeResult, List<Measurement>> rowsOf) {
        StringBuilder head = new StringBuilder("| Measurement |");
        StringBuilder rule = new StringBuilder("|---|");
        for (Benchmark.SizeResult r : results) {
            String n = shortCount(r.clippings());
            head.append(" ").append(n).append(" median | ").append(n).append(" p95 | target | met |");
            rule.append("---:|---:|---|---|");
        }
        head.append(" notes |");
        rule.append("---|");
        sb.append(head).append('\n').append(rule).append('\n');
        for (String key : keys(rowsOf)) {
            Measurement first = null;
            StringBuilder line = new StringBuilder();
            List<String> notes = new ArrayList<>();
            for (Benchmark.SizeResult r : results) {
                Measurement m = rowsOf.apply(r).stream().filter(x -> x.key().equals(key)).findFirst().orElse(null);
                if (m == null) {
                    line.append(" | | | |");
                    continue;
                }
                if (first == null) {
                    first = m;
                }
                if (m.runs() == 0 && m.met() == null) { // does not apply to this engine; the note says why
                    line.append(" n/a | n/a | | |");
                } else {
                    line.append(' ').append(Measurement.format(m.median())).append(' ').append(m.unit())
                        .append(" | ").append(Measurement.format(m.p95()))
                        .append(" | ").append(m.target())
                        .append(" | ").append(m.met() == null ? "" : m.met() ? "yes" : "**no**").append(" |");
                }
                if (!m.note().isEmpty()) {
                    notes.add(results.size() > 1 ? shortCount(r.clippings()) + ": " + m.note() : m.note());
                }
            }
            sb.append("| ").append(first.label()).append(" |").append(line).append(' ')
                    .append(String.join("; ", notes)).append(" |\n");
        }
    }

    /** Every row key in first-seen order. */
    List<String> keys() {
        return keys(Benchmark.SizeResult::rows);
    }

    private List<String> keys(java.util.function.Function<Benchmark.SizeResult, List<Measurement>> rowsOf) {
        List<String> keys = new ArrayList<>();
        for (Benchmark.SizeResult r : results) {
            for (Measurement m : rowsOf.apply(r)) {
                if (!keys.contains(m.key())) {
                    keys.add(m.key());
                }
            }
        }
        return keys;
    }

    public void writeJson(Path file) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("command", command);
        root.put("machine", machine);
        root.put("finished", finished.toString());
        List<Object> sizes = new ArrayList<>();
        for (Benchmark.SizeResult r : results) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("engine", r.engine());
            s.put("clippings", r.clippings());
            s.put("wordsPerArticle", List.of(r.minWords(), r.maxWords()));
            s.put("buildSeconds", Double.isNaN(r.buildSeconds()) ? null : r.buildSeconds());
            s.put("archiveBytes", r.archiveBytes());
            s.put("measurements", json(r.rows()));
            if (!r.overNetwork().isEmpty()) {
                s.put("overNetwork", json(r.overNetwork()));
            }
            sizes.add(s);
        }
        root.put("archives", sizes);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValue(file.toFile(), root);
    }

    private static List<Object> json(List<Measurement> measurements) {
        List<Object> rows = new ArrayList<>();
        for (Measurement m : measurements) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("key", m.key());
            row.put("label", m.label());
            row.put("unit", m.unit());
            row.put("median", Double.isNaN(m.median()) ? null : m.median());
            row.put("p95", Double.isNaN(m.p95()) ? null : m.p95());
            row.put("runs", m.runs());
            row.put("target", m.target());
            row.put("met", m.met());
            row.put("note", m.note());
            rows.add(row);
        }
        return rows;
    }

    private static String shortCount(long n) {
        if (n >= 1_000_000 && n % 1_000_000 == 0) {
            return n / 1_000_000 + "M";
        }
        if (n >= 1_000 && n % 1_000 == 0) {
            return n / 1_000 + "k";
        }
        return Long.toString(n);
    }
}
