package org.clipfile.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.clipfile.archive.Archive;
import org.clipfile.archive.ClippingStore;
import org.clipfile.archive.TagPath;
import org.clipfile.ingest.EncodingDetector;
import org.clipfile.ingest.EncodingGuess;
import org.clipfile.ingest.FileImporter;
import org.clipfile.ingest.ImportReport;
import org.clipfile.work.Progress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "import", description = {
        "Import files and folders of clippings; the same text is stored once.",
        "Reads text and Markdown (.txt, .md), saved web pages (.html, .htm, .mhtml),",
        "Clipfile exports and other tools' JSON (.json, .jsonl), and folders of them",
        "(recursively; a saved page's NAME_files folder is skipped). Encodings are",
        "detected; a file whose encoding is unsure is named, with what it could be,",
        "and not imported.",
        "Exit status: 0 all read, 1 some rejected, 2 usage error."})
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @ParentCommand
    ClipfileCommand root;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to import.")
    List<Path> paths = new ArrayList<>();

    @Option(names = {"-t", "--tag"}, paramLabel = "TAG", description = "Tag everything imported, duplicates included (repeatable).")
    List<String> tags = new ArrayList<>();

    @Option(names = "--quiet", description = "Print only the summary and rejections.")
    boolean quiet;

    @Option(names = "--encoding", paramLabel = "CHARSET", converter = CharsetConverter.class,
            description = "Read files that are not UTF-8 (and have no byte-order mark) in CHARSET, "
                    + "e.g. GB18030, Big5, Shift_JIS, windows-1252, instead of detecting it. UTF-8 files are never re-read.")
    Charset encoding;

    /** Unknown charset names are a usage error (exit 2), with the name repeated back. */
    static final class CharsetConverter implements CommandLine.ITypeConverter<Charset> {
        @Override
        public Charset convert(String value) {
            return EncodingDetector.charsetFor(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "unknown encoding '" + value + "' (try UTF-8, GB18030, Big5, Shift_JIS, windows-1252)"));
        }
    }

    @Override
    public Integer call() {
        for (String tag : tags) {
            try {
                TagPath.parse(tag);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--tag '" + tag + "': " + e.getMessage());
            }
        }
        try (Archive archive = root.openArchive()) {
            FileImporter importer = new FileImporter(new ClippingStore(archive));
            var out = root.spec.commandLine().getOut();
            var err = root.spec.commandLine().getErr();
            Progress progress = System.console() != null && !quiet ? new TerminalProgress(err) : Progress.NONE;
            ImportReport report = importer.importPaths(paths, new FileImporter.Options(tags, encoding), progress);
            progress.update(0, 0, null);
            if (!quiet) {
                for (ImportReport.Note n : report.notes()) {
                    out.println("note: " + n);
                }
            }
            for (ImportReport.Rejection r : report.rejections()) {
                err.println("rejected: " + r);
            }
            if (!quiet) {
                for (ImportReport.UnsureEncoding u : report.unsureEncodings()) {
                    err.println("  " + u.file().getFileName() + " in each encoding it could be:");
                    for (EncodingGuess.Candidate c : u.guess().candidates()) {
                        err.println("    " + c.name() + ": " + c.preview());
                    }
                }
            }
            out.println(report.summary() + " (archive: " + archive.address() + ")");
            return report.rejections().isEmpty() ? ClipfileCommand.OK : ClipfileCommand.PARTIAL;
        }
    }
}
