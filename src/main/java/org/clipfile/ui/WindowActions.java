package org.clipfile.ui;

import java.util.List;
import javafx.stage.Stage;
import org.clipfile.ui.capture.CaptureViewModel;
import org.clipfile.ui.capture.CaptureWindow;
import org.clipfile.ui.common.AboutText;
import org.clipfile.ui.common.Messages;
import org.clipfile.ui.common.Seams;
import org.clipfile.ui.help.HelpWindow;
import org.clipfile.ui.workspace.Browsing;
import org.clipfile.ui.workspace.Workspace;

/**
 * The window's commands that menus, keys, the toolbar and the reader's bulk buttons share: new or
 * pasted clipping, tag, untag, delete and restore the selection, help and about. One place for
 * each, so every way in does the same thing.
 */
final class WindowActions {
    private final Workspace workspace;
    private final Browsing browsing;
    private final Seams seams;
    private final Messages m;
    private final Stage stage;
    private CaptureWindow capture;

    WindowActions(Workspace workspace, Seams seams, Stage stage) {
        this.workspace = workspace;
        this.browsing = workspace.browsing();
        this.seams = seams;
        this.m = workspace.messages();
        this.stage = stage;
    }

    /** Opens the editor pre-filled from the clipboard: its HTML flavour if a browser put one there, else its text. */
    void pasteClipping() {
        openCapture(seams.clipboard().html().orElse(null), seams.clipboard().text().orElse(""));
    }

    void newClipping() {
        openCapture(null, "");
    }

    private void openCapture(String html, String text) {
        if (capture != null && capture.stage().isShowing()) {
            capture.stage().toFront();
            return;
        }
        CaptureViewModel model = new CaptureViewModel(workspace.services().store(), workspace.browsing(), workspace.edits(),
                workspace.session(), workspace.dialogs(), m);
        if (!text.isBlank() || (html != null && !html.isBlank())) {
            model.fillFrom(html, text);
        }
        capture = new CaptureWindow(model, m, stage, List.of(MainWindow.STYLESHEET));
        capture.show();
    }

    /** A new-clipping editor belongs to this window's archive: it must not outlive it and save into a closed one. */
    void closeCapture() {
        if (capture != null && capture.stage().isShowing()) {
            capture.stage().close();
        }
        capture = null;
    }

    void deleteSelection() {
        List<Long> ids = List.copyOf(browsing.selectedIds());
        if (browsing.filter().trash()) {
            return; // in the trash, Delete does nothing; Empty trash is the only hard delete
        }
        workspace.edits().moveToTrash(ids);
    }

    void restoreSelection() {
        workspace.edits().restore(List.copyOf(browsing.selectedIds()));
    }

    void emptyTrash() {
        workspace.edits().emptyTrash();
    }

    void tagSelection() {
        if (selectionMissing()) {
            return;
        }
        List<Long> ids = List.copyOf(browsing.selectedIds());
        seams.dialogs().askTag(m.get("tag.add.title"), m.get("tag.add.prompt", m.clippings(ids.size())), browsing.knownTags())
                .ifPresent(t -> workspace.edits().tagTyped(ids, t));
    }

    void untagSelection() {
        if (selectionMissing()) {
            return;
        }
        List<Long> ids = List.copyOf(browsing.selectedIds());
        seams.dialogs().askTag(m.get("tag.remove.title"), m.get("tag.remove.prompt", m.clippings(ids.size())), browsing.knownTags())
                .ifPresent(t -> workspace.edits().untag(ids, t));
    }

    private boolean selectionMissing() {
        if (browsing.selectedIds().isEmpty()) {
            workspace.session().statusProperty().set(m.get("status.selectFirst"));
            return true;
        }
        return false;
    }

    /** Help › About: the version, and where the archive, its backups, the settings and the log are. */
    void showAbout() {
        seams.dialogs().showReport(m.get("about.title"), m.get("about.summary", AboutText.version()),
                AboutText.lines(workspace.services().archive().address()));
    }

    void showHelp() {
        new HelpWindow(m, stage, List.of(MainWindow.STYLESHEET)).show();
    }
}
