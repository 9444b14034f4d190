package org.clipfile.ui.workspace;

import java.util.function.Consumer;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.clipfile.archive.ArchiveDamagedException;
import org.clipfile.archive.ArchiveWatcher;
import org.clipfile.ui.common.Browser;
import org.clipfile.ui.common.Dialogs;
import org.clipfile.ui.common.ErrorText;
import org.clipfile.ui.common.Job;
import org.clipfile.ui.common.Messages;
import org.clipfile.ui.common.TaskListener;
import org.clipfile.ui.common.TaskRunner;
import org.clipfile.ui.common.WebOnlyBrowser;
import org.clipfile.work.CancelledException;

/**
 * The plumbing one archive's window shares: work on the task runner with failures turned into a
 * message, the status line, the revision that moves whenever the archive changed (panes reload on
 * it), the damaged-file hand-off, and the one gate through which links reach the desktop.
 */
public final class WindowSession {
    private final TaskRunner runner;
    private final Dialogs dialogs;
    private final Messages messages;
    private final Browser browser;
    private final ArchiveWatcher watcher;
    private final LongProperty revision = new SimpleLongProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private boolean disposed;
    private boolean checkingVersion;
    /** The status line says a team archive's server could not be reached (the next success says it is back). */
    private boolean serverAway;
    /**
     * Some pane failed to load because the server was away since the panes last reloaded: what they
     * show may be old. Cleared when a reload is started, set again by any of its failures.
     */
    private boolean staleSinceServerAway;
    private Consumer<ArchiveDamagedException> onDamaged = e -> { };

    public WindowSession(TaskRunner runner, Dialogs dialogs, Browser browser, Messages messages, ArchiveWatcher watcher) {
        this.runner = runner;
        this.dialogs = dialogs;
        this.messages = messages;
        this.watcher = watcher;
        // Every link the window opens passes here: web addresses only (see WebOnlyBrowser).
        this.browser = new WebOnlyBrowser(browser, this::refuseToOpen);
    }

    /** The runner itself, for work that handles its own failures (progress, cancelling, an editor's message). */
    public TaskRunner runner() {
        return runner;
    }

    /** Moves whenever the archive changed (here or in another process): panes reload on it. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** Runs core work; failures become a clear message to the analyst. */
    public <T> void run(String taskKey, Job<T> job, Consumer<T> onSuccess) {
        run(TaskRunner.Lane.INTERACTIVE, taskKey, job, onSuccess);
    }

    public <T> void run(TaskRunner.Lane lane, String taskKey, Job<T> job, Consumer<T> onSuccess) {
        String name = messages.get(taskKey);
        runner.run(lane, name, job, new TaskListener<>(result -> {
            if (serverAway) {
                // The archive reconnected by itself: the line about the server being away is old news.
                serverAway = false;
                status.set(messages.get("status.serverBack"));
            }
            onSuccess.accept(result);
        }, e -> fail(name, e), null));
    }

    public void fail(String what, Throwable e) {
        if (disposed) {
            return; // this archive was closed; its late failures concern no one
        }
        if (e instanceof CancelledException) {
            status.set(messages.get("status.cancelled", what));
            return;
        }
        if (reportDamage(e)) {
            return;
        }
        if (ServerTrouble.unreachable(e)) {
            // The team archive's server is away: what is on screen stays, the status line says so, and
            // the next action reconnects by itself. A dialog for every pane's failed reload would only bury the window.
            serverAway = true;
            staleSinceServerAway = true;
            status.set(messages.get("status.serverAway", what, ErrorText.of(e)));
            return;
        }
        dialogs.showError(messages.get("error.title", what), ErrorText.of(e));
    }

    /** Tells every pane the archive changed, and says what happened in the status bar. */
    public void changed(String message) {
        if (message != null) {
            status.set(message);
        }
        revision.set(revision.get() + 1);
    }

    /**
     * Polled every few seconds: notices another process's commits (the command line importing).
     * The core's watcher reads the writer connection's data_version, which moves only for other
     * programs' commits, so the window's own saves never trigger a second reload.
     */
    public void checkForExternalChanges() {
        if (checkingVersion) {
            return;
        }
        checkingVersion = true;
        runner.run(TaskRunner.Lane.SUMMARY, "data version", p -> watcher.changed(), new TaskListener<>(changed -> {
            checkingVersion = false;
            // While a team archive's server was away, others' news could not arrive and reloads failed:
            // once the server answers the poll again, reload (until a reload gets through).
            if ((changed || staleSinceServerAway) && !disposed) {
                staleSinceServerAway = false;
                changed(null);
            }
        }, e -> checkingVersion = false, null));
    }

    /**
     * If {@code e} says the archive file is damaged, hands it to the window (which offers the latest
     * backup instead of a bare error) and returns true. Editors call it before showing their own message.
     */
    public boolean reportDamage(Throwable e) {
        if (!disposed && e instanceof ArchiveDamagedException damaged) {
            onDamaged.accept(damaged);
            return true;
        }
        return false;
    }

    /** Who hears that a read or write found the archive file damaged (the window shell, to offer a backup). */
    public void setOnDamaged(Consumer<ArchiveDamagedException> handler) {
        onDamaged = handler;
    }

    /** This archive's window was replaced (another archive opened): stay quiet from now on. */
    public void dispose() {
        disposed = true;
    }

    /** Opens web addresses only: a clipping's url is data, and must not start a program or open a file. */
    public void openInBrowser(String url) {
        browser.open(url);
    }

    /** Shows an address that is not opened, and offers to copy it instead. */
    private void refuseToOpen(String address) {
        dialogs.showWithCopy(messages.get("error.url.title"), messages.get("error.url", address), address);
    }
}
