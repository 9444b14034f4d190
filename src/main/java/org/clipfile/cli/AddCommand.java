package org.clipfile.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.clipfile.archive.AddResult;
import org.clipfile.archive.Archive;
import org.clipfile.archive.ClippingStore;
import org.clipfile.archive.DateOrigin;
import org.clipfile.archive.NewClipping;
import org.clipfile.archive.PublishedDate;
import org.clipfile.ingest.ClippingParseException;
import org.clipfile.ingest.FileImporter;
import org.clipfile.ingest.ParsedClipping;
import org.clipfile.ingest.TextClippingParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "add", description = {
        "Add one clipping from a file, or from standard input when FILE is - or missing.",
        "Options override what is read from the text. Its URL is kept as given; only a web address (http, https) opens in the window."})
final class AddCommand implements Callable<Integer> {
    @ParentCommand
    ClipfileCommand root;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "A text file, or - for standard input.")
    String file;

    @Option(names = "--title") String title;
    @Option(names = "--date", paramLabel = "DATE", description = "YYYY-MM-DD, YYYY-MM or YYYY.") String date;
    @Option(names = "--source") String source;
    @Option(names = "--url") String url;
    @Option(names = "--author") String author;
    @Option(names = "--notes") String notes;
    @Option(names = {"-t", "--tag"}, paramLabel = "TAG", description = "Repeatable.") List<String> tags = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        String text = file == null || file.equals("-")
                ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
                : Files.readString(Path.of(file), StandardCharsets.UTF_8);
        ParsedClipping parsed;
        try {
            parsed = new TextClippingParser().parse(text, file == null || file.equals("-") ? null : Path.of(file).getFileName().toString());
        } catch (ClippingParseException e) {
            root.spec.commandLine().getErr().println("clipfile: nothing to add: " + Sentences.plain(e.getMessage()));
            return ClipfileCommand.FAILED;
        }
        PublishedDate publishedDate = parsed.date();
        if (date != null) {
            publishedDate = PublishedDate.parseIso(date, DateOrigin.USER)
                    .orElseThrow(() -> new IllegalArgumentException("--date '" + date + "' is not YYYY-MM-DD, YYYY-MM or YYYY"));
        }
        NewClipping base = FileImporter.toNew(parsed, new FileImporter.Options(tags));
        NewClipping clipping = new NewClipping(or(title, base.title()), base.text(), or(notes, base.notes()), publishedDate,
                or(source, base.source()), or(url, base.url()), or(author, base.author()), base.tags(), null, null);
        try (Archive archive = root.openArchive()) {
            AddResult r = new ClippingStore(archive).add(clipping);
            var out = root.spec.commandLine().getOut();
            out.println(r.added() ? "added #" + r.id() + ": " + clipping.title()
                    : "already stored as #" + r.id() + " (same text); tags added to it");
            return ClipfileCommand.OK;
        }
    }

    private static String or(String preferred, String fallback) {
        return preferred != null ? preferred : fallback;
    }
}
