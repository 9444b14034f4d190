package org.clipfile.ui.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clipfile.ingest.FileImporter;
import org.clipfile.ingest.ImportReport;
import org.clipfile.ui.common.BackgroundOperation;
import org.clipfile.ui.common.Messages;
import org.clipfile.ui.common.TaskHandle;
import org.clipfile.ui.common.TaskListener;
import org.clipfile.ui.workspace.Workspace;

/** Imports files and folders in the background with progress and Cancel, ending with a report. */
public final class ImportViewModel {
    /** The sample clippings shipped with Clipfile (also in the project's {@code data/} folder). */
    static final List<String> SAMPLES = List.of("biden-xi-woodside-summit-2023-11-15.txt", "blinken-qin-beijing-talks.txt",
            "blinken-taiwan-independence-remarks.txt", "qin-blinken-call-2023-06-14.txt", "wang-yi-washington-visit.txt",
            "wangyi-taiwan-question-zh.txt", "yellen-beijing-visit.md");

    private final Workspace workspace;
    private final BackgroundOperation operation;

    public ImportViewModel(Workspace workspace, BackgroundOperation operation) {
        this.workspace = workspace;
        this.operation = operation;
    }

    public void chooseFiles() {
        List<Path> files = workspace.dialogs().chooseFilesToImport();
        if (!files.isEmpty()) {
            importPaths(files);
        }
    }

    public void chooseFolder() {
        workspace.dialogs().chooseFolderToImport().ifPresent(dir -> importPaths(List.of(dir)));
    }

    /** Imports the sample clippings: the {@code data/} folder when run from the project, else the bundled copies. */
    public void importSamples() {
        workspace.run("task.samples", p -> {
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
        Messages m = workspace.messages();
        if (paths.isEmpty()) {
            return;
        }
        if (operation.runningProperty().get()) {
            workspace.dialogs().showError(m.get("import.title"), m.get("import.busy"));
            return;
        }
        String name = m.get("import.running");
        List<Path> copy = List.copyOf(paths);
        TaskHandle handle = workspace.runner().run(org.clipfile.ui.common.TaskRunner.Lane.LONG, name,
                p -> workspace.services().importer().importPaths(copy, FileImporter.Options.NONE, p),
                new TaskListener<ImportReport>(report -> {
                    operation.finish();
                    finished(report);
                }, e -> {
                    operation.finish();
                    workspace.changed(null); // batches committed before the failure stay
                    workspace.fail(m.get("import.title"), e);
                }, (done, total, detail) -> operation.update(name, done, total, fileName(detail))));
        if (operation.runningProperty().get() || handle == TaskHandle.DONE) {
            return; // the synchronous runner has already finished
        }
        operation.start(name, handle);
    }

    private void finished(ImportReport report) {
        Messages m = workspace.messages();
        List<String> details = new ArrayList<>();
        for (ImportReport.Rejection r : report.rejections()) {
            details.add(m.get("import.rejected", r.file(), r.reason()));
        }
        for (ImportReport.Note n : report.notes()) {
            details.add(m.get("import.note", n.file(), n.message()));
        }
        workspace.changed(report.summary());
        workspace.dialogs().showReport(m.get(report.wasCancelled() ? "import.cancelled" : "import.done"), report.summary(), details);
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
