package org.clipfile.ui.copying;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.clipfile.archive.Archive;
import org.clipfile.archive.ArchiveAddress;
import org.clipfile.copy.ArchiveCopy;
import org.clipfile.search.ClippingFilter;
import org.clipfile.ui.common.BackgroundOperation;
import org.clipfile.ui.common.Dialogs;
import org.clipfile.ui.common.ErrorText;
import org.clipfile.ui.common.Messages;
import org.clipfile.ui.workspace.Browsing;
import org.clipfile.ui.workspace.ServerTrouble;
import org.clipfile.ui.workspace.WindowSession;

/**
 * File › Copy clippings: what {@code clipfile copy --to} and {@code --from} do, over the same
 * {@link ArchiveCopy}. "To" copies what the current filter shows (the whole archive when there is
 * none) into a file or team archive; "from" brings all of another archive's clippings into this
 * one. Either may be run again after an interruption: only what is missing is added.
 */
public final class CopyViewModel {
    private final Archive archive;
    private final Browsing browsing;
    private final WindowSession session;
    private final Dialogs dialogs;
    private final Messages messages;
    private final BackgroundOperation operation;
    private final Supplier<List<String>> recentTeamArchives;
    /** Passwords typed for other team archives, by address without password: kept only while this window is open. */
    private final java.util.Map<String, String> typedPasswords = new java.util.HashMap<>();

    public CopyViewModel(Archive archive, Browsing browsing, WindowSession session, Dialogs dialogs, Messages messages,
            BackgroundOperation operation, Supplier<List<String>> recentTeamArchives) {
        this.archive = archive;
        this.browsing = browsing;
        this.session = session;
        this.dialogs = dialogs;
        this.messages = messages;
        this.operation = operation;
        this.recentTeamArchives = recentTeamArchives;
    }

    public void toFile() {
        if (!idle()) {
            return;
        }
        dialogs.chooseCopyTarget("clipfile-copy.db").ifPresent(path -> copyTo(new ArchiveAddress.File(path)));
    }

    public void toTeamArchive() {
        if (!idle()) {
            return;
        }
        askTeamArchive(messages.get("copy.to.prompt")).ifPresent(this::copyTo);
    }

    public void fromFile() {
        if (!idle()) {
            return;
        }
        dialogs.chooseArchiveToOpen().ifPresent(path -> copyFrom(new ArchiveAddress.File(path)));
    }

    public void fromTeamArchive() {
        if (!idle()) {
            return;
        }
        askTeamArchive(messages.get("copy.from.prompt")).ifPresent(this::copyFrom);
    }

    private boolean idle() {
        return !operation.refuseWhileBusy(dialogs, messages, messages.get("copy.title"));
    }

    private Optional<ArchiveAddress> askTeamArchive(String prompt) {
        Optional<String> typed = dialogs.askTeamArchive(messages.get("copy.title"), prompt, recentTeamArchives.get());
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ArchiveAddress.parse(typed.get()));
        } catch (RuntimeException e) {
            dialogs.showError(messages.get("copy.title"), ErrorText.of(e));
            return Optional.empty();
        }
    }

    private void copyTo(ArchiveAddress target) {
        if (isThisArchive(target)) {
            return;
        }
        ClippingFilter filter = browsing.filter();
        boolean whole = filter.isEmpty() && !filter.trash();
        String question = whole ? messages.get("copy.to.confirm.all", target) : messages.get("copy.to.confirm.filter", target);
        if (dialogs.confirm(messages.get("copy.title"), question, messages.get("copy.action"))) {
            run(target, false, filter);
        }
    }

    private void copyFrom(ArchiveAddress source) {
        if (isThisArchive(source)) {
            return;
        }
        if (dialogs.confirm(messages.get("copy.title"), messages.get("copy.from.confirm", source, archive.address()), messages.get("copy.action"))) {
            run(source, true, ClippingFilter.ALL);
        }
    }

    private boolean isThisArchive(ArchiveAddress other) {
        if (sameArchive(other, archive.address())) {
            dialogs.showError(messages.get("copy.title"), messages.get("copy.itself", other));
            return true;
        }
        return false;
    }

    /** The same file, or the same database on the same server whatever login opens it. */
    static boolean sameArchive(ArchiveAddress a, ArchiveAddress b) {
        if (a instanceof ArchiveAddress.Server sa && b instanceof ArchiveAddress.Server sb) {
            return sa.host().equalsIgnoreCase(sb.host()) && sa.port() == sb.port() && sa.database().equals(sb.database());
        }
        return a.equals(b); // file addresses are absolute and normalised
    }

    /**
     * Opens the other archive off the JavaFX thread and copies; a refused login asks for the
     * password (never stored) and tries again.
     */
    private void run(ArchiveAddress address, boolean pulling, ClippingFilter filter) {
        ArchiveAddress other = address;
        if (address instanceof ArchiveAddress.Server server && server.password() == null && typedPasswords.containsKey(server.toString())) {
            other = server.withLogin(server.user(), typedPasswords.get(server.toString()));
        }
        copy(other, pulling, filter);
    }

    private void copy(ArchiveAddress other, boolean pulling, ClippingFilter filter) {
        String name = messages.get(pulling ? "copy.from.running" : "copy.to.running", other);
        operation.run(session.runner(), name, p -> {
            try (Archive opened = Archive.open(other, pulling ? Archive.Options.READ_ONLY : Archive.Options.NO_DAILY_BACKUP)) {
                return pulling ? ArchiveCopy.copy(opened, filter, archive, p) : ArchiveCopy.copy(archive, filter, opened, p);
            }
        }, r -> {
            String done = messages.get(pulling ? "copy.from.done" : "copy.to.done", messages.clippings(r.read()), other, r.added(), r.alreadyThere())
                    + (r.emptyTopics() == 0 ? "" : messages.get("copy.emptyTopics", r.emptyTopics()));
            if (pulling) {
                session.changed(done); // the copied clippings show in every pane
            } else {
                session.statusProperty().set(done);
            }
        }, e -> {
            if (pulling) {
                session.changed(null); // whole batches committed before the failure stay, and show
            }
            if (other instanceof ArchiveAddress.Server server && ServerTrouble.loginRefused(e)) {
                askPasswordAndRetry(server, ErrorText.of(e), pulling, filter);
                return;
            }
            session.fail(messages.get("copy.title"), e);
        });
    }

    private void askPasswordAndRetry(ArchiveAddress.Server server, String reason, boolean pulling, ClippingFilter filter) {
        ArchiveAddress.Server withoutPassword = server.withLogin(server.user(), null);
        typedPasswords.remove(withoutPassword.toString()); // refused: not offered again
        String login = server.user() != null ? server.user() : messages.get("team.password.defaultUser");
        dialogs.askPassword(messages.get("team.password.title"), messages.get("team.password.prompt", reason, login, withoutPassword))
                .ifPresent(password -> {
                    typedPasswords.put(withoutPassword.toString(), password);
                    copy(server.withLogin(server.user(), password), pulling, filter);
                });
    }
}
