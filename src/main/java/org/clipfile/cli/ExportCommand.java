package org.clipfile.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.clipfile.archive.Archive;
import org.clipfile.export.ExportFormat;
import org.clipfile.export.ExportWriter;
import org.clipfile.search.ClippingFilter;
import org.clipfile.work.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "export", description = {"Export the clippings of a filter to JSON (or JSONL), oldest first.",
        "The file appears complete or not at all; an existing file is only replaced with --force."})
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    ClipfileCommand root;

    @Mixin
    FilterOptions filter;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "Where to write; - for standard output.")
    String output;

    @Option(names = "--ids", split = ",", paramLabel = "ID", description = "Only these clippings (comma-separated).")
    List<Long> ids = new ArrayList<>();

    @Option(names = "--jsonl", description = "One clipping object per line, no envelope (default for a .jsonl name).")
    boolean jsonl;

    @Option(names = "--force", description = "Replace an existing file.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        ClippingFilter f = filter.toFilter();
        if (!ids.isEmpty()) {
            f = f.withIds(ids);
        }
        ExportFormat format = jsonl ? ExportFormat.JSONL : ExportFormat.forFileName(output);
        if (!output.equals("-")) {
            ClipfileCommand.requireFolderOf(Path.of(output), "the export");
        }
        try (Archive archive = root.openArchiveToRead()) {
            ExportWriter writer = new ExportWriter(archive);
            if (output.equals("-")) {
                OutputStream stdout = System.out;
                writer.write(f, format, stdout, Progress.NONE);
                stdout.flush();
                return ClipfileCommand.OK;
            }
            ExportWriter.Result r = writer.export(f, format, Path.of(output), force, Progress.NONE);
            root.spec.commandLine().getOut().printf("exported %d clipping%s to %s (%,d bytes)%n",
                    r.count(), r.count() == 1 ? "" : "s", r.file(), r.bytes());
            return ClipfileCommand.OK;
        }
    }
}
