package org.clipfile.ui.checking;

import java.util.ArrayList;
import java.util.List;
import org.clipfile.archive.Archive;
import org.clipfile.archive.ArchiveCheck;
import org.clipfile.ui.common.BackgroundOperation;
import org.clipfile.ui.common.Dialogs;
import org.clipfile.ui.common.Messages;
import org.clipfile.ui.workspace.WindowSession;

/**
 * File › Check archive: what {@code clipfile check} does (verify, and rebuild what can be rebuilt),
 * in the background, reported in the window's words.
 */
public final class CheckViewModel {
    private final Archive archive;
    private final WindowSession session;
    private final Dialogs dialogs;
    private final Messages messages;
    private final BackgroundOperation operation;

    public CheckViewModel(Archive archive, WindowSession session, Dialogs dialogs, Messages messages, BackgroundOperation operation) {
        this.archive = archive;
        this.session = session;
        this.dialogs = dialogs;
        this.messages = messages;
        this.operation = operation;
    }

    public void check() {
        if (operation.refuseWhileBusy(dialogs, messages, messages.get("check.title"))) {
            return;
        }
        String name = messages.get("check.running");
        operation.run(session.runner(), name, p -> new ArchiveCheck(archive).run(true), report -> {
            if (report.repairedSomething()) {
                session.changed(null); // counts and trees read what was rebuilt
            }
            dialogs.showReport(messages.get("check.title"), summary(report), details(report));
        }, e -> session.fail(messages.get("check.title"), e));
    }

    private String summary(ArchiveCheck.Report report) {
        if (!report.healthy()) {
            return messages.get("check.unrepairable", report.archive());
        }
        return messages.get(report.repairedSomething() ? "check.repaired" : "check.healthy", messages.clippings(report.clippings()));
    }

    private List<String> details(ArchiveCheck.Report report) {
        List<String> lines = new ArrayList<>();
        for (ArchiveCheck.Finding f : report.findings()) {
            String problems = String.join("; ", f.problems());
            lines.add(f.ok() ? messages.get("check.area.ok", f.area())
                    : messages.get(f.repaired() ? "check.area.repaired" : "check.area.problem", f.area(), problems));
        }
        return lines;
    }
}
