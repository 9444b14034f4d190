package org.clipfile.ui.exporting;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.clipfile.archive.Archive;
import org.clipfile.copy.ArchiveCopy;
import org.clipfile.export.ExportFormat;
import org.clipfile.export.ExportWriter;
import org.clipfile.search.ClippingFilter;
import org.clipfile.ui.common.BackgroundOperation;
import org.clipfile.ui.common.Messages;
import org.clipfile.ui.common.Dialogs;
import org.clipfile.ui.workspace.Browsing;
import org.clipfile.ui.workspace.WindowSession;

/**
 * Writes the archive out to files: the current filter or the selection to JSON or JSONL (by the
 * file's extension), or the whole archive to a backup, an archive file of its own.
 */
public final class ExportViewModel {
    private final ExportWriter exporter;
    private final Archive archive;
    private final Browsing browsing;
    private final WindowSession session;
    private final Dialogs dialogs;
    private final Messages messages;
    private final BackgroundOperation operation;

    public ExportViewModel(ExportWriter exporter, Archive archive, Browsing browsing, WindowSession session, Dialogs dialogs,
            Messages messages, BackgroundOperation operation) {
        this.exporter = exporter;
        this.archive = archive;
        this.browsing = browsing;
        this.session = session;
        this.dialogs = dialogs;
        this.messages = messages;
        this.operation = operation;
    }

    public void exportFilter() {
        export(browsing.filter(), suggestedName(browsing.filter()));
    }

    public void exportSelection() {
        List<Long> ids = List.copyOf(browsing.selectedIds());
        if (ids.isEmpty()) {
            dialogs.showError(messages.get("export.title"), messages.get("export.noSelection"));
            return;
        }
        export(ClippingFilter.ALL.inTrash(browsing.filter().trash()).withIds(ids), "selection-" + ids.size() + ".json");
    }

    /**
     * A file name that says what the export holds: "clippings-diplomacy-taiwan-2023-06-to-2023-07.json"
     * rather than "clippings.json" every time (names of topics and searched words, the date range).
     */
    static String suggestedName(ClippingFilter f) {
        StringBuilder name = new StringBuilder(f.trash() ? "trash" : "clippings");
        for (String tag : f.tags()) {
            append(name, tag.substring(tag.lastIndexOf('/') + 1));
        }
        if (f.query() != null) {
            append(name, f.query());
        }
        if (f.source() != null) {
            append(name, f.source());
        }
        if (f.from() != null || f.to() != null) {
            append(name, (f.from() == null ? "" : f.from().toString()) + "-to-" + (f.to() == null ? "" : f.to().toString()));
        }
        if (f.undatedOnly()) {
            append(name, "undated");
        }
        if (f.ids() != null) {
            append(name, f.ids().size() + "");
        }
        String base = name.length() > 80 ? name.substring(0, 80).replaceAll("-+$", "") : name.toString();
        return base + ".json";
    }

    private static void append(StringBuilder name, String words) {
        String slug = words.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        if (!slug.isEmpty()) {
            name.append('-').append(slug);
        }
    }

    /** File › Back up to file…: the whole archive, as {@code backup FILE} writes it (see {@link ArchiveCopy#backup}). */
    public void backUp() {
        if (operation.refuseWhileBusy(dialogs, messages, messages.get("backup.title"))) {
            return;
        }
        dialogs.chooseBackupFile("clipfile-backup-" + LocalDate.now() + ".db").ifPresent(target ->
                // The save dialog has already asked before replacing an existing file.
                write(messages.get("backup.title"), messages.get("backup.running", target.getFileName()),
                        p -> ArchiveCopy.backup(archive, target, true, p),
                        b -> b.fromServer()
                                ? messages.get("backup.done.team", messages.clippings(b.clippings()), b.file())
                                : messages.get("backup.done", b.file())));
    }

    private void export(ClippingFilter filter, String suggestedName) {
        if (operation.refuseWhileBusy(dialogs, messages, messages.get("export.title"))) {
            return;
        }
        Path target = dialogs.chooseExportFile(suggestedName).orElse(null);
        if (target == null) {
            return;
        }
        ExportFormat format = ExportFormat.forFileName(target.getFileName().toString());
        // The save dialog has already asked before replacing an existing file.
        write(messages.get("export.title"), messages.get("export.running", target.getFileName()),
                p -> exporter.export(filter, format, target, true, p),
                r -> messages.get("export.done", messages.clippings(r.count()), r.file()));
    }

    /** Runs one file's writing in the background with progress and Cancel; its outcome goes to the status line. */
    private <T> void write(String title, String name, org.clipfile.ui.common.Job<T> work, java.util.function.Function<T, String> done) {
        operation.run(session.runner(), name, work, r -> session.statusProperty().set(done.apply(r)), e -> session.fail(title, e));
    }
}
