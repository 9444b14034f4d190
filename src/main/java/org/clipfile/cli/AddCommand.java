package org.clipfile.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.clipfile.archive.AddResult;
import org.clipfile.archive.Archive;
import org.clipfile.archive.ClippingStore;
import org.clipfile.archive.DateOrigin;
import org.clipfile.archive.PublishedDate;
import org.clipfile.ingest.ClippingCapture;
import org.clipfile.ingest.ClippingParseException;
import org.clipfile.ingest.ParsedClipping;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "add", description = {
        "Add one clipping from a file, or from standard input when FILE is - or missing.",
        "It is read as 'import' reads a file of its kind: text and Markdown in any encoding (detected), saved pages",
        "and MHTML as a browser decodes them. Options override what is read. Its URL is kept as given; only a web",
        "address (http, https) opens in the window."})
final class AddCommand implements Callable<Integer> {
    @ParentCommand
    ClipfileCommand root;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "A text, Markdown, HTML or MHTML file, or - for standard input.")
    String file;

    @Option(names = "--title") String title;
    @Option(names = "--date", paramLabel = "DATE", description = "YYYY-MM-DD, YYYY-MM or YYYY.") String date;
    @Option(names = "--source") String source;
    @Option(names = "--url") String url;
    @Option(names = "--author") String author;
    @Option(names = "--notes") String notes;
    @Option(names = {"-t", "--tag"}, paramLabel = "TAG", description = "Repeatable.") List<String> tags = new ArrayList<>();

    @Option(names = "--encoding", paramLabel = "CHARSET", converter = ImportCommand.CharsetConverter.class,
            description = "Read text that is not UTF-8 (and has no byte-order mark) in CHARSET instead of detecting it.")
    Charset encoding;

    @Override
    public Integer call() throws IOException {
        PublishedDate publishedDate = null;
        if (date != null) {
            publishedDate = PublishedDate.parseIso(date, DateOrigin.USER).orElseThrow(() -> new CommandLine.ParameterException(
                    root.spec.commandLine(), "--date '" + date + "' is not YYYY-MM-DD, YYYY-MM or YYYY"));
        }
        boolean stdin = file == null || file.equals("-");
        ClippingCapture.Draft draft;
        try {
            ClippingCapture capture = new ClippingCapture();
            draft = stdin ? capture.read(System.in.readAllBytes(), encoding) : capture.read(Path.of(file), encoding);
        } catch (ClippingParseException e) {
            root.spec.commandLine().getErr().println("clipfile: nothing to add: " + (stdin ? "" : file + ": ")
                    + Sentences.plain(e.getMessage()));
            return ClipfileCommand.FAILED;
        }
        draft.notes().forEach(n -> root.spec.commandLine().getErr().println("note: " + (stdin ? "" : file + ": ") + n));
        ParsedClipping read = draft.clipping();
        ParsedClipping clipping = new ParsedClipping(or(title, read.title()), read.text(),
                publishedDate != null ? publishedDate : read.date(), or(source, read.source()), or(url, read.url()),
                or(author, read.author()), read.tags(), or(notes, read.notes()));
        try (Archive archive = root.openArchive()) { // only now: nothing to add makes no archive
            AddResult r = ClippingCapture.add(new ClippingStore(archive), clipping, tags);
            root.spec.commandLine().getOut().println(r.added() ? "added #" + r.id() + ": " + clipping.title()
                    : "already stored as #" + r.id() + " (same text); tags added to it");
            return ClipfileCommand.OK;
        }
    }

    private static String or(String preferred, String fallback) {
        return preferred != null ? preferred : fallback;
    }
}
