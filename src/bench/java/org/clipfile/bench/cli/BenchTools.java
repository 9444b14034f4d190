package org.clipfile.bench.cli;

import java.util.List;
import org.clipfile.cli.ToolCommands;

/** The measuring tools, added to the command line through {@code META-INF/services}. */
public final class BenchTools implements ToolCommands {
    @Override
    public List<Object> commands() {
        return List.of(new BenchCommand(), new WindowBenchCommand(), new SampleArchiveCommand(), new CaptureQualityCommand());
    }
}
