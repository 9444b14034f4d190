package org.clipfile.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.clipfile.archive.ArchiveAddress;
import org.clipfile.archive.ArchiveLocation;
import org.clipfile.ui.common.Dialogs;
import org.clipfile.ui.common.FxCalls;
import org.clipfile.ui.common.FxTaskRunner;
import org.clipfile.ui.common.Messages;
import org.clipfile.ui.common.Seams;
import org.clipfile.ui.common.SettingsStore;

/**
 * {@code clipfile screenshot --archive FILE|postgresql://… -o window.png [--width 1400 --height 900] [--query Q] [--from DATE --to DATE]
 * [--theme light|dark]}:
 * renders the real window on an archive offscreen and writes it as a PNG. Without a display it
 * switches JavaFX to the headless Monocle platform before the toolkit starts.
 */
public final class Screenshot {
    private static final long SETTLE_TIMEOUT_MS = 60_000;

    private Screenshot() {
    }

    /** A failure already worded for the analyst. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message);
        }
    }

    record Options(ArchiveAddress archive, Path output, int width, int height, String query, java.time.LocalDate from, java.time.LocalDate to,
            org.clipfile.ui.common.Theme theme, boolean helpWindow) {
    }

    /** Returns the process exit status. */
    public static int run(String[] args) {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("clipfile screenshot: " + e.getMessage());
            System.err.println("usage: clipfile screenshot [--archive FILE|postgresql://…] -o window.png [--width 1400 --height 900] [--query Q] [--from DATE --to DATE] [--theme light|dark] [--help-window]");
            return 2;
        }
        Optional<String> problem = prepareHeadless(options.width(), options.height());
        if (problem.isPresent()) {
            System.err.println("clipfile screenshot: " + problem.get());
            return 3;
        }
        if (options.archive() instanceof ArchiveAddress.File file && !Files.isRegularFile(file.path())) {
            System.err.println("clipfile screenshot: there is no archive at " + file.path());
            return 2;
        }
        try {
            take(options);
            System.out.println("Wrote " + options.output().toAbsolutePath());
            return 0;
        } catch (Failure e) {
            System.err.println("clipfile screenshot: " + e.getMessage());
            return 1;
        } catch (Exception e) {
            System.err.println("clipfile screenshot: " + org.clipfile.ui.common.ErrorText.of(e));
            return 1;
        } finally {
            Platform.exit();
        }
    }

    static Options parse(String[] args) {
        ArchiveAddress archive = null;
        Path output = null;
        int width = 1400;
        int height = 900;
        String query = null;
        java.time.LocalDate from = null;
        java.time.LocalDate to = null;
        org.clipfile.ui.common.Theme theme = org.clipfile.ui.common.Theme.LIGHT;
        boolean helpWindow = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help-window")) {
                helpWindow = true;
                continue;
            }
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (a) {
                case "--archive" -> archive = address(need(a, value));
                case "-o", "--output" -> output = Path.of(need(a, value));
                case "--width" -> width = size(a, need(a, value));
                case "--height" -> height = size(a, need(a, value));
                case "--query" -> query = need(a, value);
                case "--from" -> from = date(a, need(a, value));
                case "--to" -> to = date(a, need(a, value));
                case "--theme" -> theme = theme(a, need(a, value));
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
            i++;
        }
        if (output == null) {
            throw new IllegalArgumentException("missing -o FILE.png");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("--from " + from + " is after --to " + to + ", so nothing could match");
        }
        if (archive == null) {
            // $CLIPFILE_ARCHIVE may name a team archive too; without it, the default file (not made here).
            archive = ArchiveLocation.namedArchive().isPresent() ? address(System.getenv(ArchiveLocation.ENV_ARCHIVE))
                    : new ArchiveAddress.File(ArchiveLocation.defaultArchive());
        }
        return new Options(archive, output, width, height, query, from, to, theme, helpWindow);
    }

    /** A file or a {@code postgresql://} address; a malformed address is a usage error, said as the core words it. */
    private static ArchiveAddress address(String typed) {
        try {
            return ArchiveAddress.parse(typed);
        } catch (org.clipfile.archive.ArchiveException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static org.clipfile.ui.common.Theme theme(String option, String value) {
        for (org.clipfile.ui.common.Theme t : org.clipfile.ui.common.Theme.values()) {
            if (t.settingName().equals(value)) {
                return t;
            }
        }
        throw new IllegalArgumentException(option + " must be light or dark, not " + value);
    }

    private static java.time.LocalDate date(String option, String value) {
        try {
            return java.time.LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(option + " must be a date like 2020-03-01, not " + value);
        }
    }

    private static String need(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }

    private static int size(String option, String value) {
        try {
            int n = Integer.parseInt(value);
            if (n < 200 || n > 8000) {
                throw new IllegalArgumentException(option + " must be between 200 and 8000");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a number: " + value);
        }
    }

    /**
     * With no display (and no platform chosen on the command line) picks Monocle's headless
     * platform and software rendering; these must be set before the toolkit starts.
     */
    static Optional<String> prepareHeadless(int width, int height) {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        boolean hasDisplay = os.contains("win") || os.contains("mac")
                || System.getenv("DISPLAY") != null && !System.getenv("DISPLAY").isBlank()
                || System.getenv("WAYLAND_DISPLAY") != null;
        boolean monocleChosen = "Monocle".equalsIgnoreCase(System.getProperty("glass.platform"));
        if (hasDisplay && !monocleChosen) {
            return Optional.empty();
        }
        // Monocle's headless screen is 1280x800 unless told otherwise; the window must fit on it.
        if (System.getProperty("headless.geometry") == null) {
            System.setProperty("headless.geometry", Math.max(width, 1280) + "x" + Math.max(height, 800) + "-32");
        }
        try {
            Class.forName("com.sun.glass.ui.monocle.MonoclePlatformFactory", false, Screenshot.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return Optional.of("there is no display, and this build lacks the headless Monocle platform"
                    + " (org.testfx:openjfx-monocle) to render without one; run it where DISPLAY is set or add Monocle to the class path");
        }
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        return Optional.empty();
    }

    private static void take(Options options) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        Messages messages = Messages.english();
        List<String> errors = new ArrayList<>();
        FxTaskRunner runner = new FxTaskRunner("clipfile-screenshot", 2);
        AtomicReference<WindowShell> shell = new AtomicReference<>();
        AtomicReference<Stage> stage = new AtomicReference<>();
        CompletableFuture<MainWindow> opened = new CompletableFuture<>();
        try {
            onFx(() -> {
                Stage s = new Stage();
                stage.set(s);
                Seams seams = new Seams(new RecordingDialogs(errors), () -> Optional.empty(), url -> { });
                WindowShell w = new WindowShell(s, runner, seams, messages, SettingsStore.none(),
                        org.clipfile.ui.common.WindowSettings.DEFAULT.withTheme(options.theme().settingName()), false);
                shell.set(w);
                w.setOnOpened(opened::complete);
                w.setOnOpenFailed(message -> {
                    synchronized (errors) {
                        errors.add(message);
                    }
                });
                w.show(options.archive(), options.width(), options.height());
            });
            MainWindow window = waitFor(opened, errors);
            if (options.query() != null) {
                onFx(() -> window.workspace().browsing().setQuery(options.query()));
            }
            if (options.from() != null || options.to() != null) {
                onFx(() -> window.workspace().browsing().setDates(options.from(), options.to()));
            }
            settle(runner, window, errors);
            // Select the first clipping so the reader shows one.
            onFx(() -> {
                TableView<?> table = (TableView<?>) stage.get().getScene().lookup("#clipping-table");
                if (table != null && !table.getItems().isEmpty()) {
                    table.getSelectionModel().select(0);
                }
            });
            settle(runner, window, errors);
            if (options.helpWindow()) {
                onFx(() -> window.showHelp());
            }
            WritableImage image = callFx(() -> {
                Scene scene = options.helpWindow() ? helpScene(stage.get(), messages) : stage.get().getScene();
                return scene.snapshot(null);
            });
            write(image, options.output());
        } finally {
            onFx(() -> {
                if (shell.get() != null) {
                    shell.get().close();
                }
                if (stage.get() != null) {
                    stage.get().close();
                }
            });
            runner.close();
        }
    }

    /** The Help window the main window opened (the one other window of this program showing). */
    private static Scene helpScene(Stage main, Messages messages) {
        return javafx.stage.Window.getWindows().stream()
                .filter(w -> w != main && w instanceof Stage s && messages.get("help.title").equals(s.getTitle()))
                .findFirst().map(javafx.stage.Window::getScene)
                .orElseThrow(() -> new Failure("the Help window did not open"));
    }

    private static MainWindow waitFor(CompletableFuture<MainWindow> opened, List<String> errors) throws Exception {
        long deadline = System.currentTimeMillis() + SETTLE_TIMEOUT_MS;
        while (!opened.isDone()) {
            synchronized (errors) {
                if (!errors.isEmpty()) {
                    throw new Failure(String.join("; ", errors));
                }
            }
            if (System.currentTimeMillis() > deadline) {
                throw new Failure("the archive did not open within a minute");
            }
            Thread.sleep(50);
        }
        return opened.get();
    }

    /** Waits until no background work is left and a few pulses have laid the window out. */
    private static void settle(FxTaskRunner runner, MainWindow window, List<String> errors) throws Exception {
        long deadline = System.currentTimeMillis() + SETTLE_TIMEOUT_MS;
        int quiet = 0;
        while (quiet < 4) {
            Thread.sleep(80);
            // lets queued FX work (results, layout) run; the panes that wait for the list's first page count as work
            boolean waiting = callFx(window::waitingForFirstPage);
            quiet = runner.activeCount() == 0 && !waiting ? quiet + 1 : 0;
            if (System.currentTimeMillis() > deadline) {
                throw new Failure("the window did not settle within a minute");
            }
        }
        synchronized (errors) {
            if (!errors.isEmpty()) {
                throw new Failure(String.join("; ", errors));
            }
        }
    }

    static void write(WritableImage image, Path output) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] pixels = new int[w * h];
        PixelReader reader = image.getPixelReader();
        reader.getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, w, h, pixels, 0, w);
        Path absolute = output.toAbsolutePath();
        if (absolute.getParent() != null) {
            Files.createDirectories(absolute.getParent());
        }
        org.clipfile.files.AtomicFile.write(absolute, true, stream -> {
            if (!ImageIO.write(out, "png", stream)) {
                throw new IOException("no PNG writer available");
            }
        });
    }

    private static void onFx(Runnable r) throws Exception {
        FxCalls.run(r, SETTLE_TIMEOUT_MS);
    }

    private static <T> T callFx(java.util.concurrent.Callable<T> c) throws Exception {
        return FxCalls.call(c, SETTLE_TIMEOUT_MS);
    }

    /** No one answers dialogs here: choosers return nothing, errors are collected and reported. */
    record RecordingDialogs(List<String> errors) implements Dialogs {
        @Override
        public List<Path> chooseFilesToImport() {
            return List.of();
        }

        @Override
        public Optional<Path> chooseFolderToImport() {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseExportFile(String suggestedName) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseArchiveToOpen() {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseNewArchive() {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseBackupFile(String suggestedName) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseCopyTarget(String suggestedName) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseBackupToRestore(Path backupsFolder) {
            return Optional.empty();
        }

        @Override
        public Optional<String> askText(String title, String prompt, String initial, List<String> suggestions) {
            return Optional.empty();
        }

        @Override
        public boolean confirm(String title, String message) {
            return false;
        }

        @Override
        public Optional<java.nio.charset.Charset> chooseEncoding(String title, String question,
                List<org.clipfile.ui.common.EncodingChoice> choices) {
            return Optional.empty();
        }

        @Override
        public void showError(String title, String message) {
            synchronized (errors) {
                errors.add(title + ": " + message);
            }
        }

        @Override
        public void showReport(String title, String summary, List<String> details) {
        }

        @Override
        public Optional<String> askTeamArchive(String title, String prompt, List<String> recent) {
            return Optional.empty();
        }

        @Override
        public Optional<String> askPassword(String title, String prompt) {
            return Optional.empty(); // no one to ask: the refusal is reported (PGPASSWORD or ~/.pgpass serve here)
        }

        @Override
        public ConflictChoice resolveConflict(org.clipfile.ui.common.EditConflict conflict) {
            return ConflictChoice.KEEP_EDITING;
        }
    }
}
