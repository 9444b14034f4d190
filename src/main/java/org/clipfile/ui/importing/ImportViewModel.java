package org.clipfile.ui.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clipfile.ingest.ClippingParseException;
import org.clipfile.ingest.EncodingDetector;
import org.clipfile.ingest.EncodingGuess;
import org.clipfile.ingest.FileImporter;
import org.clipfile.ingest.ImportReport;
import org.clipfile.ingest.ParsedClipping;
import org.clipfile.ui.common.EncodingChoice;
import org.clipfile.ui.common.ErrorText;
import org.clipfile.ui.common.TaskRunner;
import org.clipfile.ui.common.BackgroundOperation;
import org.clipfile.ui.common.Messages;
import org.clipfile.ui.common.TaskHandle;
import org.clipfile.ui.common.TaskListener;
import org.clipfile.ui.common.Dialogs;
import org.clipfile.ui.workspace.Browsing;
import org.clipfile.ui.workspace.WindowSession;

/** Imports files and folders in the background with progress and Cancel, ending with a report. */
public final class ImportViewModel {
    /** The sample clippings shipped with Clipfile (also in the project's {@code data/} folder). */
    static final List<String> SAMPLES = List.of("biden-xi-woodside-summit-2023-11-15.txt", "blinken-qin-beijing-talks.txt",
            "blinken-taiwan-independence-remarks.txt", "qin-blinken-call-2023-06-14.txt", "wang-yi-washington-visit.txt",
            "wangyi-taiwan-question-zh.txt", "yellen-beijing-visit.md");

    private final FileImporter importer;
    private final Browsing browsing;
    private final WindowSession session;
    private final Dialogs dialogs;
    private final Messages messages;
    private final BackgroundOperation operation;

    public ImportViewModel(FileImporter importer, Browsing browsing, WindowSession session, Dialogs dialogs, Messages messages,
            BackgroundOperation operation) {
        this.importer = importer;
        this.browsing = browsing;
        this.session = session;
        this.dialogs = dialogs;
        this.messages = messages;
        this.operation = operation;
    }

    public void chooseFiles() {
        List<Path> files = dialogs.chooseFilesToImport();
        if (!files.isEmpty()) {
            importPaths(files);
        }
    }

    public void chooseFolder() {
        dialogs.chooseFolderToImport().ifPresent(dir -> importPaths(List.of(dir)));
    }

    /** Imports the sample clippings: the {@code data/} folder when run from the project, else the bundled copies. */
    public void importSamples() {
        session.run("task.samples", p -> {
            Path data = Path.of("data");
            if (Files.isDirectory(data) && SAMPLES.stream().allMatch(s -> Files.isRegularFile(data.resolve(s)))) {
                return SAMPLES.stream().map(data::resolve).toList();
            }
            return extractSamples();
        }, this::importPaths);
    }

    private static List<Path> extractSamples() throws IOException {
        Path dir = Files.createTempDirectory("clipfile-samples");
        dir.toFile().deleteOnExit();
        List<Path> out = new ArrayList<>();
        for (String name : SAMPLES) {
            try (InputStream in = ImportViewModel.class.getResourceAsStream("/org/clipfile/ui/samples/" + name)) {
                if (in == null) {
                    throw new IOException("The sample clipping " + name + " is missing from this build");
                }
                Path target = dir.resolve(name);
                Files.copy(in, target);
                target.toFile().deleteOnExit();
                out.add(target);
            }
        }
        return out;
    }

    public boolean isRunning() {
        return operation.runningProperty().get();
    }

    public void importPaths(List<Path> paths) {
        if (paths.isEmpty()) {
            return;
        }
        if (operation.refuseWhileBusy(dialogs, messages, messages.get("import.title"))) {
            return;
        }
        String name = messages.get("import.running");
        List<Path> copy = List.copyOf(paths);
        TaskHandle handle = session.runner().run(TaskRunner.Lane.LONG, name,
                p -> importer.importPaths(copy, FileImporter.Options.NONE, p),
                new TaskListener<ImportReport>(report -> {
                    operation.finish();
                    finished(report);
                }, e -> {
                    operation.finish();
                    session.changed(null); // batches committed before the failure stay
                    session.fail(messages.get("import.title"), e);
                }, (done, total, detail) -> operation.update(name, done, total, fileName(detail))));
        if (operation.runningProperty().get() || handle == TaskHandle.DONE) {
            return; // the synchronous runner has already finished
        }
        operation.start(name, handle);
    }

    private void finished(ImportReport report) {
        if (report.unsureEncodings().isEmpty() || report.wasCancelled()) {
            showReport(report, List.of(), List.of());
            return;
        }
        session.changed(null); // what was imported already shows while the question is asked
        List<ImportReport.UnsureEncoding> unsure = report.unsureEncodings();
        session.run(TaskRunner.Lane.LONG, "encoding.running", p -> previews(unsure), readings -> askAndImport(report, readings));
    }

    /** A file whose encoding is unsure, with each candidate reading as the clipping it would become. */
    private record UnsureFile(Path file, List<EncodingChoice> choices) {
    }

    /** Reads each unsure file once per candidate charset (off the JavaFX thread). */
    private List<UnsureFile> previews(List<ImportReport.UnsureEncoding> unsure) {
        List<UnsureFile> out = new ArrayList<>();
        for (ImportReport.UnsureEncoding u : unsure) {
            List<EncodingChoice> choices = new ArrayList<>();
            for (EncodingGuess.Candidate c : u.guess().candidates()) {
                String title;
                String preview;
                try {
                    ParsedClipping parsed = importer.preview(u.file(), c.charset());
                    title = parsed.title();
                    preview = abbreviate(parsed.text());
                } catch (ClippingParseException | RuntimeException e) {
                    title = messages.get("encoding.previewFailed", ErrorText.of(e));
                    preview = c.preview();
                }
                choices.add(new EncodingChoice(c.name(), c.charset(), title, preview, c.plausibility()));
            }
            out.add(new UnsureFile(u.file(), choices));
        }
        return out;
    }

    /** Asks per file on the JavaFX thread, then imports the chosen readings in the background. */
    private void askAndImport(ImportReport first, List<UnsureFile> files) {
        Map<Path, Charset> chosen = new LinkedHashMap<>();
        List<String> skippedLines = new ArrayList<>();
        for (UnsureFile f : files) {
            Optional<Charset> answer = f.choices().isEmpty() ? Optional.empty()
                    : dialogs.chooseEncoding(messages.get("encoding.title"), messages.get("encoding.question", f.file().getFileName()), f.choices());
            answer.ifPresentOrElse(cs -> chosen.put(f.file(), cs), () -> skippedLines.add(messages.get("import.encodingSkipped", f.file())));
        }
        if (chosen.isEmpty()) {
            showReport(first, List.of(), skippedLines);
            return;
        }
        String name = messages.get("encoding.running");
        TaskHandle handle = session.runner().run(TaskRunner.Lane.LONG, name, p -> {
            List<ImportReport> again = new ArrayList<>();
            for (Map.Entry<Path, Charset> e : chosen.entrySet()) {
                p.checkCancelled();
                again.add(importer.importPaths(List.of(e.getKey()),
                        FileImporter.Options.NONE.withEncoding(e.getValue()), org.clipfile.work.Progress.NONE));
            }
            return again;
        }, new TaskListener<List<ImportReport>>(again -> {
            operation.finish();
            List<String> lines = new ArrayList<>();
            int i = 0;
            for (Map.Entry<Path, Charset> e : chosen.entrySet()) {
                if (i < again.size() && again.get(i).rejections().isEmpty()) {
                    lines.add(messages.get("import.encodingChosen", e.getKey(), EncodingDetector.displayName(e.getValue())));
                }
                i++;
            }
            lines.addAll(skippedLines);
            showReport(first, again, lines);
        }, e -> {
            operation.finish();
            session.changed(null);
            session.fail(messages.get("import.title"), e);
        }, null));
        if (handle != TaskHandle.DONE && !operation.runningProperty().get()) {
            operation.start(name, handle);
        }
    }

    /**
     * The report of the whole import: the first run's figures without its unsure files, plus the
     * runs in the chosen encodings. {@code encodingLines} say what became of each unsure file.
     */
    private void showReport(ImportReport first, List<ImportReport> again, List<String> encodingLines) {
        List<String> details = new ArrayList<>();
        // Unsure encodings are asked about in the window (or were skipped): their core rejection text,
        // written for the command line, is never shown here.
        List<ImportReport.Rejection> rejections = new ArrayList<>(first.rejectionsOtherThanEncoding());
        List<ImportReport.Note> notes = new ArrayList<>(first.notes());
        List<Long> added = new ArrayList<>(first.addedIds());
        int duplicates = first.duplicates();
        for (ImportReport r : again) {
            rejections.addAll(r.rejectionsOtherThanEncoding());
            notes.addAll(r.notes());
            added.addAll(r.addedIds());
            duplicates += r.duplicates();
        }
        for (ImportReport.Rejection r : rejections) {
            details.add(messages.get("import.rejected", r.file(), r.reason()));
        }
        if (encodingLines.isEmpty() && again.isEmpty()) {
            for (ImportReport.UnsureEncoding u : first.unsureEncodings()) {
                details.add(messages.get("import.encodingNotChosen", u.file(), u.guess().candidateNames()));
            }
        }
        for (ImportReport.Note n : notes) {
            details.add(messages.get("import.note", n.file(), n.message()));
        }
        details.addAll(encodingLines);
        String summary = messages.get("import.summary", messages.clippings(added.size()), duplicates, rejections.size())
                + (first.skipped() > 0 ? messages.get("import.skipped", first.skipped()) : "")
                + (first.wasCancelled() ? messages.get("import.summaryCancelled") : "");
        session.changed(summary);
        browsing.showJustImported(added); // the new clippings, easy to find: a "Just imported" chip
        dialogs.showReport(messages.get(first.wasCancelled() ? "import.cancelled" : "import.done"), summary, details);
    }

    private static String abbreviate(String text) {
        String t = text == null ? "" : text.strip();
        return t.length() > 600 ? t.substring(0, 599) + "…" : t;
    }

    private static String fileName(String detail) {
        if (detail == null) {
            return "";
        }
        try {
            Path p = Path.of(detail).getFileName();
            return p == null ? detail : p.toString();
        } catch (RuntimeException e) {
            return detail;
        }
    }
}
