package org.clipfile.ui.exporting;

import java.nio.file.Path;
import java.util.List;
import org.clipfile.export.ExportFormat;
import org.clipfile.export.ExportWriter;
import org.clipfile.search.ClippingFilter;
import org.clipfile.ui.common.BackgroundOperation;
import org.clipfile.ui.common.Messages;
import org.clipfile.ui.common.TaskHandle;
import org.clipfile.ui.common.TaskListener;
import org.clipfile.ui.common.Dialogs;
import org.clipfile.ui.workspace.Browsing;
import org.clipfile.ui.workspace.WindowSession;

/** Exports the current filter or the selection to JSON or JSONL (by the file's extension). */
public final class ExportViewModel {
    private final ExportWriter exporter;
    private final Browsing browsing;
    private final WindowSession session;
    private final Dialogs dialogs;
    private final Messages messages;
    private final BackgroundOperation operation;

    public ExportViewModel(ExportWriter exporter, Browsing browsing, WindowSession session, Dialogs dialogs, Messages messages,
            BackgroundOperation operation) {
        this.exporter = exporter;
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

    private void export(ClippingFilter filter, String suggestedName) {
        if (operation.runningProperty().get()) {
            dialogs.showError(messages.get("export.title"), messages.get("import.busy"));
            return;
        }
        Path target = dialogs.chooseExportFile(suggestedName).orElse(null);
        if (target == null) {
            return;
        }
        ExportFormat format = ExportFormat.forFileName(target.getFileName().toString());
        String name = messages.get("export.running", target.getFileName());
        // The save dialog has already asked before replacing an existing file.
        TaskHandle handle = session.runner().run(org.clipfile.ui.common.TaskRunner.Lane.LONG, name,
                p -> exporter.export(filter, format, target, true, p),
                new TaskListener<ExportWriter.Result>(r -> {
                    operation.finish();
                    session.statusProperty().set(messages.get("export.done", messages.clippings(r.count()), r.file()));
                }, e -> {
                    operation.finish();
                    session.fail(messages.get("export.title"), e);
                }, (done, total, detail) -> operation.update(name, done, total, "")));
        if (!operation.runningProperty().get() && handle != TaskHandle.DONE) {
            operation.start(name, handle);
        }
    }
}
