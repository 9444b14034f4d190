package org.clipfile.ui;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.clipfile.ui.common.UserActivity;
import org.clipfile.archive.ArchiveAddress;
import org.clipfile.archive.ArchiveDamagedException;
import org.clipfile.archive.Backups;
import org.clipfile.ui.common.ErrorText;
import org.clipfile.ui.common.RecentTeamArchives;
import org.clipfile.ui.common.Messages;
import org.clipfile.ui.common.Seams;
import org.clipfile.ui.common.SettingsStore;
import org.clipfile.ui.common.TaskRunner;
import org.clipfile.ui.common.Theme;
import org.clipfile.ui.common.ThemeSwitcher;
import org.clipfile.ui.common.WindowSettings;
import org.clipfile.ui.workspace.ArchiveServices;
import org.clipfile.ui.workspace.ServerTrouble;
import org.clipfile.ui.workspace.Workspace;

/**
 * The composition root of one window: opens an archive (off the JavaFX thread), builds the
 * workspace and the main window for it, and swaps both when File › Open switches archives. The
 * application, the tests and the screenshot command all build the window through this class.
 */
public final class WindowShell implements AutoCloseable, MainWindow.ArchiveSwitcher {
    private final Stage stage;
    private final UserActivity activity = new UserActivity();
    private final TaskRunner runner;
    private final Seams seams;
    private final Messages messages;
    private final SettingsStore settings;
    private final WindowSettings initialSettings;
    private final boolean watchForChanges;
    private final ThemeSwitcher themes;
    private ArchiveServices services;
    private MainWindow window;
    private Consumer<MainWindow> onOpened = w -> { };
    private Consumer<String> onOpenFailed = m -> { };
    private boolean restoring;
    /** Damaged files whose restore the analyst declined: later failing reads say so quietly instead of asking again. */
    private final java.util.Set<Path> declined = new java.util.HashSet<>();
    /** The team archives opened lately, most recent first, as addresses without passwords (they go to the settings). */
    private List<String> recentTeamArchives;
    /**
     * Passwords typed into this window's prompt, by address without password: asked once per run,
     * kept only in memory (never in the settings, the title or a message).
     */
    private final java.util.Map<String, String> typedPasswords = new java.util.HashMap<>();
    private Opener opener = ArchiveServices::open;
    /** Set when the open archive is closed or replaced: its background reads stop at their next check. */
    private java.util.concurrent.atomic.AtomicBoolean currentClosed = new java.util.concurrent.atomic.AtomicBoolean();

    /** How an address becomes open services (the real archive; tests stand in for a server that refuses a login). */
    @FunctionalInterface
    public interface Opener {
        ArchiveServices open(ArchiveAddress address, boolean checkFirst);
    }

    /**
     * @param settings        where the window's settings are saved
     * @param initialSettings the settings to start with, loaded by the caller off the JavaFX thread
     */
    public WindowShell(Stage stage, TaskRunner runner, Seams seams, Messages messages, SettingsStore settings,
            WindowSettings initialSettings, boolean watchForChanges) {
        this.initialSettings = initialSettings;
        this.stage = stage;
        this.runner = runner;
        this.seams = seams;
        this.messages = messages;
        this.settings = settings;
        this.watchForChanges = watchForChanges;
        this.themes = new ThemeSwitcher(List.of(MainWindow.STYLESHEET), Theme.fromSetting(initialSettings.theme()));
        this.recentTeamArchives = initialSettings.recentTeamArchives();
        // Closing the window ends the program: the settings are saved by close(), once.
    }

    public void setOnOpened(Consumer<MainWindow> c) {
        onOpened = c;
    }

    public void setOnOpenFailed(Consumer<String> c) {
        onOpenFailed = c;
    }

    /** Replaces how archives are opened (tests: a server that refuses a login without a password). */
    public void setOpener(Opener opener) {
        this.opener = opener;
    }

    /** When the analyst last typed, clicked or scrolled here (background work waits for a pause). */
    public UserActivity activity() {
        return activity;
    }

    /** Shows the stage sized from the settings, then opens the archive. */
    public void show(ArchiveAddress archive) {
        show(archive, initialSettings.width(), initialSettings.height());
    }

    public void show(ArchiveAddress archive, double requestedWidth, double requestedHeight) {
        // A remembered size from a bigger monitor must still fit on this one.
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        double width = Math.min(requestedWidth, screen.getWidth());
        double height = Math.min(requestedHeight, screen.getHeight());
        if (stage.getScene() == null) {
            stage.setScene(new Scene(new javafx.scene.layout.StackPane(new javafx.scene.control.Label(messages.get("window.opening"))),
                    width, height));
        }
        themes.watchAllWindows(); // this window, the editor, help and dialogs take the stylesheet and the theme
        activity.watch(stage.getScene());
        activity.watchAllWindows(); // the capture editor and dialogs too
        stage.setTitle(archive == null ? messages.get("window.noArchive") : messages.get("window.title", archive)); // never a password
        stage.show();
        if (archive != null) {
            open(archive);
        }
    }

    /**
     * File › Open team archive…: asks for an address (offering the recent ones) and opens it; an
     * address that is no address is said at once, and the current archive stays open.
     */
    @Override
    public void openTeamArchive() {
        seams.dialogs().askTeamArchive(messages.get("team.open.title"), messages.get("team.open.prompt"), recentTeamArchives)
                .ifPresent(typed -> {
                    ArchiveAddress address;
                    try {
                        address = ArchiveAddress.parse(typed);
                    } catch (RuntimeException e) {
                        String message = ErrorText.of(e);
                        onOpenFailed.accept(message);
                        seams.dialogs().showError(messages.get("error.open.title"), message);
                        return;
                    }
                    open(address);
                });
    }

    @Override
    public List<String> recentTeamArchives() {
        return recentTeamArchives;
    }

    /** Shows the stage with no archive, saying why (an address that is no address) and offering to open one. */
    public void showWithoutArchive(String message) {
        show((ArchiveAddress) null, initialSettings.width(), initialSettings.height());
        onOpenFailed.accept(message);
        showOpenFailure(message);
    }

    /** Opens another archive in this window; the current one stays open if that fails. */
    @Override
    public void open(ArchiveAddress requested) {
        if (requested instanceof ArchiveAddress.File f) {
            declined.remove(f.path()); // opening it again on purpose: ask again
        }
        ArchiveAddress archive = withTypedPassword(requested);
        boolean chosenInTheWindow = window != null; // File › Open or New: a file from anywhere, checked before use
        runner.run(TaskRunner.Lane.LONG, messages.get("task.open"), p -> opener.open(archive, chosenInTheWindow), new org.clipfile.ui.common.TaskListener<ArchiveServices>(opened -> {
            boolean first = window == null;
            WindowSettings s = first ? initialSettings : null;
            closeCurrent();
            services = opened;
            Workspace workspace = new Workspace(opened, runner, seams.dialogs(), seams.browser(), messages);
            if (s != null) {
                workspace.browsing().setFilter(MainWindow.savedFilter(s));
            }
            window = new MainWindow(workspace, seams, stage, this, themes.themeProperty());
            stage.getScene().setRoot(window.root());
            stage.setTitle(messages.get("window.title", opened.archive().address()));
            if (opened.archive().address() instanceof ArchiveAddress.Server server) {
                recentTeamArchives = RecentTeamArchives.add(recentTeamArchives, server);
            }
            if (s != null) {
                window.apply(s);
            }
            workspace.session().setOnDamaged(this::offerRestore);
            window.start(watchForChanges);
            MainWindow shown = window;
            window.whenFirstPageShown(() -> {
                if (window == shown) {
                    housekeeping(opened, workspace);
                }
            });
            // "The daily backup could not be made: …" and the like: worth a glance, not a dialog.
            List<String> notes = opened.archive().notes();
            if (!notes.isEmpty()) {
                workspace.session().statusProperty().set(String.join(" · ", notes));
            }
            onOpened.accept(window);
        }, e -> {
            ArchiveDamagedException damaged = damageIn(e);
            if (damaged != null) {
                offerRestore(damaged);
                return;
            }
            if (archive instanceof ArchiveAddress.Server server && ServerTrouble.loginRefused(e)) {
                askPasswordAndRetry(server, ErrorText.of(e));
                return;
            }
            String message = messages.get("error.open", archive, ErrorText.of(e));
            onOpenFailed.accept(message);
            if (window == null) {
                showOpenFailure(message); // nothing to fall back on: say so in the window itself
            } else {
                seams.dialogs().showError(messages.get("error.open.title"), message);
            }
        }, null));
    }

    /** A server address with the password typed earlier in this window, if the address carries none. */
    private ArchiveAddress withTypedPassword(ArchiveAddress address) {
        if (address instanceof ArchiveAddress.Server server && server.password() == null) {
            String typed = typedPasswords.get(server.toString());
            return typed == null ? server : server.withLogin(server.user(), typed);
        }
        return address;
    }

    /**
     * The server refused the login: ask for the password (the reason above the field) and try
     * again with it. A wrong password comes back here and asks again; cancelling leaves the current
     * archive open, or says on the window why nothing is.
     */
    private void askPasswordAndRetry(ArchiveAddress.Server server, String reason) {
        ArchiveAddress.Server withoutPassword = server.withLogin(server.user(), null);
        typedPasswords.remove(withoutPassword.toString()); // it was refused: do not offer it again
        String login = server.user() != null ? server.user() : messages.get("team.password.defaultUser");
        java.util.Optional<String> password = seams.dialogs().askPassword(messages.get("team.password.title"),
                messages.get("team.password.prompt", reason, login, withoutPassword));
        if (password.isPresent()) {
            typedPasswords.put(withoutPassword.toString(), password.get());
            open(withoutPassword);
            return;
        }
        String message = messages.get("error.open", withoutPassword, reason);
        onOpenFailed.accept(message);
        if (window == null) {
            showOpenFailure(message);
        } else {
            window.workspace().session().statusProperty().set(messages.get("team.password.cancelled", withoutPassword));
        }
    }

    /**
     * After opening: build the in-memory facets (seconds at 1M clippings; until then counts for a
     * filter come from SQL, so a failure costs only speed), then take the day's backup (a copy of
     * the whole file). Neither holds up the first page or an import started meanwhile.
     */
    private void housekeeping(ArchiveServices opened, Workspace workspace) {
        java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
        currentClosed = closed;
        // A team archive's facets come from the copy kept at the last open, when it is still this archive's past;
        // then its frequent words' matches, which the server is slowest to list, join them (kept with them).
        runner.run(TaskRunner.Lane.HOUSEKEEPING, messages.get("task.facets"), p -> {
            boolean built = settings.facetCacheFolder()
                    .map(folder -> opened.search().prepareFacets(folder)).orElseGet(opened.search()::prepareFacets);
            if (built) {
                opened.search().keepFrequentWords(() -> p.isCancelled() || closed.get());
            }
            return built;
        }, new org.clipfile.ui.common.TaskListener<Boolean>(built -> { }, e -> { }, null));
        if (opened.archive().isShared()) {
            // A colleague's change of thousands of clippings at once sets the frequent words' matches aside:
            // after each change they are brought up to date, and any missing read (one short read when none is).
            var rereadWords = new org.clipfile.ui.common.RepeatableJob<>(runner, TaskRunner.Lane.HOUSEKEEPING, messages.get("task.frequentWords"),
                    p -> opened.search().keepFrequentWords(() -> p.isCancelled() || closed.get()));
            workspace.session().revisionProperty().addListener((o, before, now) -> {
                if (services == opened) {
                    rereadWords.ask();
                }
            });
        }
        if (opened.archive().isReadOnly() || opened.archive().isShared()) {
            return; // a team archive has no file to copy: the server's administrator backs it up
        }
        // The copy pauses while the analyst types or scrolls: on two cores it would take the window's core.
        runner.run(TaskRunner.Lane.HOUSEKEEPING, messages.get("task.backup"), p -> opened.archive().takeDailyBackup(Backups.Pacing.whileBusy(activity::busy)),
                new org.clipfile.ui.common.TaskListener<Optional<String>>(note -> note.ifPresent(n -> {
                    if (services == opened) {
                        String shown = workspace.session().statusProperty().get();
                        workspace.session().statusProperty().set(shown == null || shown.isEmpty() ? n : shown + " · " + n);
                    }
                }), e -> {
                    ArchiveDamagedException damaged = damageIn(e);
                    if (damaged != null && services == opened) {
                        // The copy read every page and found damage: as if found on opening, the
                        // archive is closed (nothing more is written to it) before a backup is offered.
                        window.abandon();
                        window.workspace().session().dispose();
                        window = null;
                        services = null;
                        stage.getScene().setRoot(new javafx.scene.layout.StackPane());
                        runner.run(TaskRunner.Lane.LONG, "close", p -> {
                            opened.close();
                            return null;
                        }, new org.clipfile.ui.common.TaskListener<Object>(x -> { }, x -> { }, null));
                        offerRestore(damaged);
                    }
                }, null));
    }

    /** The damage report in a failure, if the failure is (or was caused by) a damaged archive. */
    static ArchiveDamagedException damageIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ArchiveDamagedException d) {
                return d;
            }
        }
        return null;
    }

    /**
     * The archive file is damaged (found on opening, or by any read or write later): name the file
     * and offer its latest backup. Only a confirmed restore touches the file, and the restore keeps
     * the damaged state as a copy; without a backup the file is left alone and File › Open/New is offered.
     */
    public void offerRestore(ArchiveDamagedException damaged) {
        if (restoring) {
            return; // every failing read of the same damage would ask again
        }
        Path file = damaged.file();
        if (declined.contains(file)) {
            if (window != null) {
                window.workspace().session().statusProperty().set(messages.get("damaged.declined", file));
            }
            return;
        }
        restoring = true;
        runner.run(TaskRunner.Lane.LONG, messages.get("damaged.restoring"), p -> Backups.latest(file),
                new org.clipfile.ui.common.TaskListener<Optional<Backups.Backup>>(latest -> {
                    if (latest.isEmpty()) {
                        restoring = false;
                        explainDamage(messages.get("damaged.noBackup", file));
                        return;
                    }
                    Backups.Backup backup = latest.get();
                    String taken = backup.taken().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
                    if (seams.dialogs().confirm(messages.get("damaged.title"),
                            messages.get("damaged.offer", file, taken, backup.reason(), backup.bytes()))) {
                        restore(file, backup, taken);
                    } else {
                        restoring = false;
                        declined.add(file);
                        explainDamage(messages.get("damaged.declined", file));
                    }
                }, e -> {
                    restoring = false;
                    explainDamage(messages.get("error.open", file, ErrorText.of(e)));
                }, null));
    }

    /**
     * File › Restore from backup…: the analyst picks a backup (the automatic ones' folder first) and
     * confirms; the archive is closed as on switching archives, the backup is put in its place by
     * {@link Backups#restore} (which keeps the state it replaces as a backup of its own), and the
     * archive reopens. If the restore fails, the archive reopens as it was.
     */
    @Override
    public void restoreFromBackup() {
        if (services == null || window == null) {
            return;
        }
        if (services.archive().isShared()) {
            seams.dialogs().showError(messages.get("restore.title"), messages.get("restore.team"));
            return;
        }
        Path file = services.archive().file();
        Optional<Path> chosen = seams.dialogs().chooseBackupToRestore(Backups.folderOf(file));
        if (chosen.isEmpty() || !seams.dialogs().confirm(messages.get("restore.title"),
                messages.get("restore.confirm", file, chosen.get(), Backups.folderOf(file)), messages.get("restore.title"))) {
            return;
        }
        Path backup = chosen.get();
        restoring = true;
        closeCurrent(); // its close is queued on the same lane as the restore, so it runs first
        stage.getScene().setRoot(new javafx.scene.layout.StackPane(new javafx.scene.control.Label(messages.get("damaged.restoring"))));
        runner.run(TaskRunner.Lane.LONG, messages.get("damaged.restoring"), p -> Backups.restore(file, backup),
                new org.clipfile.ui.common.TaskListener<Backups.RestoreResult>(result -> {
                    restoring = false;
                    String done = messages.get("restore.done", file.getFileName(), backup,
                            result.previousState().map(Path::toString).orElse("-"));
                    Consumer<MainWindow> previous = onOpened;
                    onOpened = w -> {
                        onOpened = previous;
                        w.workspace().session().statusProperty().set(done);
                        previous.accept(w);
                    };
                    open(new ArchiveAddress.File(file));
                }, e -> {
                    restoring = false;
                    String message = messages.get("restore.failed", file.getFileName(), backup, ErrorText.of(e));
                    Consumer<MainWindow> previous = onOpened;
                    onOpened = w -> {
                        onOpened = previous;
                        previous.accept(w);
                        seams.dialogs().showError(messages.get("restore.title"), message);
                    };
                    open(new ArchiveAddress.File(file));
                }, null));
    }

    /** Closes the damaged archive if it is the open one, restores the backup over it, and reopens it. */
    private void restore(Path file, Backups.Backup backup, String taken) {
        ArchiveServices damagedServices = services != null && !services.archive().isShared()
                && services.archive().file().equals(file) ? services : null;
        if (damagedServices != null) {
            // No save of unsaved edits here: writing to a damaged file is exactly what must not happen.
            window.abandon();
            window.workspace().session().dispose();
            window = null;
            services = null;
            stage.getScene().setRoot(new javafx.scene.layout.StackPane(new javafx.scene.control.Label(messages.get("damaged.restoring"))));
        }
        runner.run(TaskRunner.Lane.LONG, messages.get("damaged.restoring"), p -> {
            if (damagedServices != null) {
                damagedServices.close();
            }
            return Backups.restore(file, backup.file());
        }, new org.clipfile.ui.common.TaskListener<Backups.RestoreResult>(result -> {
            restoring = false;
            Consumer<MainWindow> previous = onOpened;
            onOpened = w -> {
                onOpened = previous;
                String notes = w.workspace().session().statusProperty().get();
                String restored = messages.get("damaged.restored", file.getFileName(), taken);
                w.workspace().session().statusProperty().set(notes.isEmpty() ? restored : restored + " · " + notes);
                previous.accept(w);
            };
            open(new ArchiveAddress.File(file));
        }, e -> {
            restoring = false;
            explainDamage(messages.get("error.open", file, ErrorText.of(e)));
        }, null));
    }

    private void explainDamage(String message) {
        onOpenFailed.accept(message);
        if (window == null) {
            showOpenFailure(messages.get("damaged.title"), message);
        } else {
            seams.dialogs().showError(messages.get("damaged.title"), message);
        }
    }

    /** The window's content when no archive could be opened: the reason, and a way to pick another. */
    private void showOpenFailure(String message) {
        showOpenFailure(messages.get("error.open.title"), message);
    }

    private void showOpenFailure(String heading, String message) {
        javafx.scene.control.Label title = new javafx.scene.control.Label(heading);
        title.getStyleClass().add("welcome-title");
        javafx.scene.control.Label reason = new javafx.scene.control.Label(message);
        reason.setId("open-failure");
        reason.setWrapText(true);
        reason.setMaxWidth(560);
        javafx.scene.control.Button openOther = new javafx.scene.control.Button(messages.get("menu.openArchive"));
        openOther.setOnAction(ev -> seams.dialogs().chooseArchiveToOpen().map(ArchiveAddress.File::new).ifPresent(this::open));
        javafx.scene.control.Button openTeam = new javafx.scene.control.Button(messages.get("menu.openTeamArchive"));
        openTeam.setId("open-failure-team");
        openTeam.setOnAction(ev -> openTeamArchive());
        javafx.scene.control.Button createNew = new javafx.scene.control.Button(messages.get("menu.newArchive"));
        createNew.setOnAction(ev -> seams.dialogs().chooseNewArchive().map(ArchiveAddress.File::new).ifPresent(this::open));
        javafx.scene.layout.HBox buttons = new javafx.scene.layout.HBox(8, openOther, openTeam, createNew);
        buttons.setAlignment(javafx.geometry.Pos.CENTER);
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(12, title, reason, buttons);
        box.setAlignment(javafx.geometry.Pos.CENTER);
        box.getStyleClass().add("welcome");
        stage.getScene().setRoot(box);
    }

    /** The theme every window of the application shows; View › Dark theme switches it. */
    public javafx.beans.property.ObjectProperty<Theme> themeProperty() {
        return themes.themeProperty();
    }

    public MainWindow window() {
        return window;
    }

    public ArchiveServices services() {
        return services;
    }

    /** Saves on exit, on the JavaFX thread: a few hundred bytes, and the program is ending anyway. */
    private void saveSettings() {
        if (window != null) {
            settings.save(window.capture(stage.getWidth(), stage.getHeight(), themes.theme()).withRecentTeamArchives(recentTeamArchives));
        }
    }

    /** Saves while the program goes on (switching archives): off the JavaFX thread. */
    private void saveSettingsInBackground() {
        if (window != null) {
            WindowSettings snapshot = window.capture(stage.getWidth(), stage.getHeight(), themes.theme())
                    .withRecentTeamArchives(recentTeamArchives);
            runner.run(TaskRunner.Lane.LONG, "settings", p -> settings.save(snapshot),
                    new org.clipfile.ui.common.TaskListener<Boolean>(ok -> { }, e -> { }, null));
        }
    }

    private void closeCurrent() {
        currentClosed.set(true); // a half-minute read of its frequent words must not hold up the next archive's
        if (window != null) {
            saveSettingsInBackground();
            window.stop();
            window.workspace().session().dispose();
        }
        if (services != null) {
            ArchiveServices old = services;
            // Close after tasks already queued against it have run.
            runner.run(TaskRunner.Lane.LONG, "close", p -> {
                old.close();
                return null;
            }, new org.clipfile.ui.common.TaskListener<Object>(x -> { }, e -> { }, null));
        }
        window = null;
        services = null;
    }

    /** On exit: save settings and close the archive now (the runner is shut down right after). */
    @Override
    public void close() {
        activity.stop();
        themes.stop();
        if (window != null) {
            saveSettings();
            window.stop();
            window.workspace().session().dispose();
            window = null;
        }
        if (services != null) {
            services.close();
            services = null;
        }
    }
}
