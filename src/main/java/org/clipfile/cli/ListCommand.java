package org.clipfile.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.clipfile.archive.Archive;
import org.clipfile.search.ClippingFilter;
import org.clipfile.search.ClippingRow;
import org.clipfile.search.ClippingSearch;
import org.clipfile.search.SortOrder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import tools.jackson.databind.json.JsonMapper;

@Command(name = "list", description = "List clippings matching the filters, newest first.")
final class ListCommand implements Callable<Integer> {
    enum Format { table, json }

    enum Sort { date, oldest, relevance, title, added }

    @ParentCommand
    ClipfileCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    FilterOptions filter;

    @Option(names = "--sort", description = "date (newest first, default), oldest, relevance, title, added.")
    Sort sort = Sort.date;

    @Option(names = "--limit", paramLabel = "N", description = "At most this many, 1 or more (default ${DEFAULT-VALUE}).")
    int limit = 50;

    @Option(names = "--offset", paramLabel = "N", description = "Skip this many first (default 0).")
    int offset;

    @Option(names = "--format", description = "table (default) or json.")
    Format format = Format.table;

    @Option(names = "--trash", description = "List the trash instead.")
    boolean trash;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be 1 or more (it was " + limit + ")");
        }
        if (offset < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--offset must be 0 or more (it was " + offset + ")");
        }
        ClippingFilter f = filter.toFilter().inTrash(trash);
        try (Archive archive = root.openArchiveToRead()) {
            ClippingSearch search = new ClippingSearch(archive);
            PrintWriter out = root.spec.commandLine().getOut();
            for (String w : search.warnings(f)) {
                root.spec.commandLine().getErr().println("note: " + w);
            }
            List<ClippingRow> rows = search.page(f, toOrder(sort), offset, limit);
            long total = search.count(f);
            if (format == Format.json) {
                out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(rows.stream().map(ListCommand::json).toList()));
                return ClipfileCommand.OK;
            }
            for (ClippingRow r : rows) {
                out.printf("#%-6d %-10s  %s  %s%n", r.id(), r.date() == null ? "undated" : r.date().iso(),
                        Rendering.pad(r.title(), 70), Rendering.cut(r.source(), 20));
                if (!r.tags().isEmpty()) {
                    out.println("         tags: " + String.join(", ", r.tags()));
                }
                if (r.snippet() != null) {
                    out.println("         " + Rendering.snippet(r.snippet()));
                }
            }
            out.printf("%d of %d clipping%s%s%n", rows.size(), total, total == 1 ? "" : "s", trash ? " in the trash" : "");
            return ClipfileCommand.OK;
        }
    }

    static SortOrder toOrder(Sort s) {
        return switch (s) {
            case date -> SortOrder.NEWEST;
            case oldest -> SortOrder.OLDEST;
            case relevance -> SortOrder.RELEVANCE;
            case title -> SortOrder.TITLE;
            case added -> SortOrder.ADDED;
        };
    }

    private static Map<String, Object> json(ClippingRow r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("title", r.title());
        m.put("date", r.date() == null ? null : r.date().iso());
        m.put("source", r.source());
        m.put("tags", r.tags());
        if (r.snippet() != null) {
            m.put("snippet", Rendering.snippet(r.snippet()));
        }
        return m;
    }
}
