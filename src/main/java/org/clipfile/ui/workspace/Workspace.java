package org.clipfile.ui.workspace;

import org.clipfile.ui.common.Browser;
import org.clipfile.ui.common.Dialogs;
import org.clipfile.ui.common.Messages;
import org.clipfile.ui.common.TaskRunner;

/**
 * One open archive's window, put together: its core services and the three pieces the panes
 * share — {@link Browsing} (filter, selection), {@link ArchiveEdits} (changes and undo) and
 * {@link WindowSession} (runner, status, revision). The window builds the view models from these
 * pieces; no view model takes the workspace itself.
 */
public final class Workspace {
    private final ArchiveServices services;
    private final TaskRunner runner;
    private final Dialogs dialogs;
    private final Messages messages;
    private final WindowSession session;
    private final Browsing browsing;
    private final ArchiveEdits edits;

    public Workspace(ArchiveServices services, TaskRunner runner, Dialogs dialogs, Browser browser, Messages messages) {
        this.services = services;
        this.runner = runner;
        this.dialogs = dialogs;
        this.messages = messages;
        this.session = new WindowSession(runner, dialogs, browser, messages, services.watcher());
        this.browsing = new Browsing(messages);
        this.edits = new ArchiveEdits(services.archive(), services.store(), services.tags(), browsing, session, dialogs, messages);
    }

    public ArchiveServices services() {
        return services;
    }

    public TaskRunner runner() {
        return runner;
    }

    public Dialogs dialogs() {
        return dialogs;
    }

    public Messages messages() {
        return messages;
    }

    public WindowSession session() {
        return session;
    }

    public Browsing browsing() {
        return browsing;
    }

    public ArchiveEdits edits() {
        return edits;
    }
}
