package org.clipfile.bench.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.clipfile.bench.SampleArchive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import org.clipfile.cli.ClipfileCommand;
import org.clipfile.cli.TerminalProgress;

@Command(name = "sample-archive", description = {
        "Build a new archive of realistic, made-up wire stories to try the window on.",
        "The stories run from 1987 to 2023, more each year, with gaps and news spikes, about 5%% in Chinese,",
        "under a deep tag tree. The same seed gives the same archive. Never overwrites a file."})
public final class SampleArchiveCommand implements Callable<Integer> {
    @ParentCommand
    ClipfileCommand root;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The new archive file (must not exist).")
    Path output;

    @Option(names = "--clippings", defaultValue = "21300", paramLabel = "N", description = "How many clippings (default: ${DEFAULT-VALUE}).")
    long clippings;

    @Option(names = "--seed", defaultValue = "1987", paramLabel = "S", description = "Seed: the same seed gives the same archive (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--tagged", defaultValue = "0.02", paramLabel = "SHARE",
            description = "Share of clippings that carry tags, 0 to 1 (default: ${DEFAULT-VALUE}, a few hundred in 20,000).")
    double tagged;

    @Override
    public Integer call() throws Exception {
        TerminalProgress progress = new TerminalProgress(root.err());
        SampleArchive.Built built = SampleArchive.build(output, clippings, seed, tagged, progress);
        progress.update(clippings, clippings, null); // clears the progress line
        root.out().println(String.format(Locale.ROOT,
                "wrote %s: %,d clippings (%,d in the trash), %,d tags, in %.1f s",
                built.file(), built.clippings(), built.trashed(), built.tags(), built.millis() / 1000.0));
        return ClipfileCommand.OK;
    }
}
