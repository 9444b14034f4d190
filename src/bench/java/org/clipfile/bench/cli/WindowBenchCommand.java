package org.clipfile.bench.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import org.clipfile.cli.ClipfileCommand;
import org.clipfile.cli.UiEntry;

@Command(name = "window-bench", description = {
        "Measure the real window on an archive: time to the first frame and first rows, and the worst stalls while typing and scrolling.",
        "Runs headless when there is no display; 'bench' runs it on each archive it builds."})
public final class WindowBenchCommand implements Callable<Integer> {
    @ParentCommand
    ClipfileCommand root;

    @Option(names = "--query", paramLabel = "QUERY", defaultValue = "trade talks",
            description = "The search to type, one character at a time (default: ${DEFAULT-VALUE}).")
    String query;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures to FILE as JSON.")
    Path json;

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>(List.of("--archive", root.archiveArgument(), "--query", query));
        if (json != null) {
            args.addAll(List.of("--json", json.toString()));
        }
        return UiEntry.call(UiEntry.WINDOW_BENCH, "run", args.toArray(String[]::new));
    }
}
