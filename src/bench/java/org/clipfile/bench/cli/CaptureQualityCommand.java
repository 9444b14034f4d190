package org.clipfile.bench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.clipfile.bench.capture.CaptureQuality;
import org.clipfile.bench.capture.CaptureReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import org.clipfile.cli.ClipfileCommand;

@Command(name = "capture-quality", description = {
        "Score how well saved pages are read: the text and date kept, against expected answers.",
        "Reads the pages as 'import' does, storing nothing. DIR holds one folder per page with source.html,",
        "expected.html and optionally expected-metadata.json. See src/docs/capture-quality.md for how each",
        "figure is defined."})
public final class CaptureQualityCommand implements Callable<Integer> {
    @ParentCommand
    ClipfileCommand root;

    @Parameters(paramLabel = "DIR", description = "The folder of pages with expected answers.")
    Path dir;

    @Option(names = "--verbose", description = "Also print one line per page.")
    boolean verbose;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures and every page's scores to FILE as JSON.")
    Path json;

    @Option(names = "--differences", paramLabel = "PAGE",
            description = "Print what differs on one page instead: expected segments not kept (-), kept segments not expected (+).")
    String differences;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = root.out();
        if (differences != null) {
            out.print(CaptureQuality.differences(dir, differences));
            out.flush();
            return ClipfileCommand.OK;
        }
        CaptureReport report = CaptureQuality.run(dir);
        out.print(report.text(verbose));
        if (json != null) {
            report.writeJson(json);
            out.println("JSON: " + json.toAbsolutePath());
        }
        out.flush();
        return ClipfileCommand.OK;
    }
}
