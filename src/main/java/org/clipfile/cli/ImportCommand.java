package org.clipfile.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.clipfile.archive.Archive;
import org.clipfile.archive.ClippingStore;
import org.clipfile.ingest.FileImporter;
import org.clipfile.ingest.ImportReport;
import org.clipfile.work.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "import", description = {
        "Import text files (.txt, .md), folders (recursively) and Clipfile exports (.json, .jsonl).",
        "The same text is stored once. Exit status: 0 all read, 1 some rejected, 2 usage error."})
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    ClipfileCommand root;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to import.")
    List<Path> paths = new ArrayList<>();

    @Option(names = {"-t", "--tag"}, paramLabel = "TAG", description = "Tag everything imported, duplicates included (repeatable).")
    List<String> tags = new ArrayList<>();

    @Option(names = "--quiet", description = "Print only the summary and rejections.")
    boolean quiet;

    @Override
    public Integer call() {
        try (Archive archive = root.openArchive()) {
            FileImporter importer = new FileImporter(new ClippingStore(archive));
            ImportReport report = importer.importPaths(paths, new FileImporter.Options(tags), Progress.NONE);
            var out = root.spec.commandLine().getOut();
            var err = root.spec.commandLine().getErr();
            for (ImportReport.Note n : report.notes()) {
                out.println("note: " + n);
            }
            for (ImportReport.Rejection r : report.rejections()) {
                err.println("rejected: " + r);
            }
            out.println(report.summary() + " (archive: " + archive.file() + ")");
            return report.rejections().isEmpty() ? ClipfileCommand.OK : ClipfileCommand.PARTIAL;
        }
    }
}
