package org.clipfile.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.stage.Stage;
import org.clipfile.archive.ArchiveAddress;
import org.clipfile.archive.ArchiveException;
import org.clipfile.archive.ArchiveLocation;
import org.clipfile.ui.common.FxClipboardText;
import org.clipfile.ui.common.FxDialogs;
import org.clipfile.ui.common.FxTaskRunner;
import org.clipfile.ui.common.Messages;
import org.clipfile.ui.common.Seams;
import org.clipfile.ui.common.SettingsStore;
import org.clipfile.ui.common.TaskRunner;
import org.clipfile.ui.common.WebOnlyBrowser;
import org.clipfile.ui.common.WindowSettings;

/** The desktop application: real dialogs, clipboard and browser; settings beside the default archive. */
public final class ClipfileApp extends Application {
    static final String SETTINGS_FILE = "window-settings.json";

    private TaskRunner runner;
    private WindowShell shell;
    private SettingsStore settings;
    private WindowSettings initialSettings;

    /** Runs before the JavaFX thread takes over: reading the settings file here keeps file work off it. */
    @Override
    public void init() {
        settings = new SettingsStore(settingsFile(), ArchiveLocation.cacheFolder());
        initialSettings = settings.load();
    }

    /** Starts the window; {@code args} may name the archive with {@code --archive FILE} or {@code --archive postgresql://…}. */
    public static void launchWindow(String[] args) {
        Application.launch(ClipfileApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Messages messages = new Messages(Locale.getDefault());
        runner = new FxTaskRunner("clipfile-worker", 2);
        FxDialogs dialogs = new FxDialogs(() -> stage, messages);
        // Only web addresses reach the desktop, whoever asks (the window session checks first, too).
        Seams seams = new Seams(dialogs, new FxClipboardText(), new WebOnlyBrowser(url -> getHostServices().showDocument(url),
                address -> dialogs.showWithCopy(messages.get("error.url.title"), messages.get("error.url", address), address)));
        // A bug in the window itself still reaches the analyst as a sentence (and the log), not a console trace.
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) ->
                seams.dialogs().showError(messages.get("error.unexpected.title"), org.clipfile.ui.common.ErrorText.of(error)));
        shell = new WindowShell(stage, runner, seams, messages, settings, initialSettings, true);
        ArchiveAddress archive;
        try {
            archive = archiveFrom(getParameters().getRaw());
        } catch (ArchiveException e) {
            // A mistyped --archive or $CLIPFILE_ARCHIVE: the window says why and offers to open another.
            shell.showWithoutArchive(messages.get("error.address", org.clipfile.ui.common.ErrorText.of(e)));
            return;
        }
        shell.show(archive);
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.close();
        }
        if (runner != null) {
            runner.close();
        }
    }

    /**
     * The archive {@code --archive} names (a file or a {@code postgresql://} address), else
     * {@code $CLIPFILE_ARCHIVE}, else the default file: the command line's order.
     *
     * @throws ArchiveException for an address that is not one, in a sentence naming it
     */
    static ArchiveAddress archiveFrom(List<String> args) {
        return ArchiveLocation.address(typedArchive(args));
    }

    private static String typedArchive(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--archive") && i + 1 < args.size()) {
                return args.get(i + 1);
            }
            if (a.startsWith("--archive=")) {
                return a.substring("--archive=".length());
            }
        }
        return null;
    }

    static Path settingsFile() {
        return ArchiveLocation.dataFolder().resolve(SETTINGS_FILE);
    }
}
