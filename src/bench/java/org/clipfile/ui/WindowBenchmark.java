package org.clipfile.ui;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import org.clipfile.archive.ArchiveAddress;
import org.clipfile.ui.browse.PagedRows;
import org.clipfile.ui.common.FxCalls;
import org.clipfile.ui.common.FxTaskRunner;
import org.clipfile.ui.common.Messages;
import org.clipfile.ui.common.Seams;
import org.clipfile.ui.common.SettingsStore;
import org.clipfile.ui.common.UserActivity;
import org.clipfile.ui.common.WindowSettings;

/**
 * {@code clipfile window-bench --archive FILE|URL [--query "word"] [--json FILE]}: opens the real window
 * on an archive, a file or a team archive (headless Monocle without a display) and prints how long the first frame and the
 * first page of rows take, the worst gap between JavaFX pulses while typing a search and while
 * scrolling, and the heap. A pulse gap is measured with an {@link AnimationTimer}, which asks for a
 * pulse every frame, so any gap well above ~17 ms is time the JavaFX thread was busy or blocked.
 */
public final class WindowBenchmark {
    private static final long TIMEOUT_MS = 120_000;
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 800;

    private WindowBenchmark() {
    }

    record Options(ArchiveAddress archive, String query, Path json) {
    }

    /** All times in ms, heap in MB; -1 if a figure could not be taken. */
    record Result(long firstFrameMs, long openedMs, long firstPageMs, long worstTypingStallMs, long worstScrollStallMs,
            long heapAfterFirstPageMb, long peakHeapMb, long maxHeapMb, int rows, int pulses) {
        Map<String, Long> figures() {
            Map<String, Long> m = new LinkedHashMap<>();
            m.put("firstFrameMs", firstFrameMs);
            m.put("openedMs", openedMs);
            m.put("firstPageMs", firstPageMs);
            m.put("worstTypingStallMs", worstTypingStallMs);
            m.put("worstScrollStallMs", worstScrollStallMs);
            m.put("heapAfterFirstPageMb", heapAfterFirstPageMb);
            m.put("peakHeapMb", peakHeapMb);
            m.put("maxHeapMb", maxHeapMb);
            m.put("rows", (long) rows);
            m.put("pulses", (long) pulses);
            return m;
        }
    }

    /** Returns the exit status; the caller exits the JVM (the toolkit is left running for tests). */
    public static int run(String[] args) {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("clipfile window-bench: " + e.getMessage());
            System.err.println("usage: clipfile window-bench --archive FILE|URL [--query \"word\"] [--json FILE]");
            return 2;
        }
        if (options.archive() instanceof ArchiveAddress.File f && !Files.isRegularFile(f.path())) {
            System.err.println("clipfile window-bench: there is no archive at " + f.path().toAbsolutePath());
            return 2;
        }
        Optional<String> problem = Screenshot.prepareHeadless(WIDTH, HEIGHT);
        if (problem.isPresent()) {
            System.err.println("clipfile window-bench: " + problem.get());
            return 3;
        }
        try {
            Result r = measure(options);
            print(options, r);
            if (options.json() != null) {
                writeJson(options, r);
            }
            return 0;
        } catch (Exception e) {
            System.err.println("clipfile window-bench: " + org.clipfile.ui.common.ErrorText.of(e));
            return 1;
        }
    }

    static Options parse(String[] args) {
        ArchiveAddress archive = null;
        Path json = null;
        String query = "trade talks";
        for (int i = 0; i < args.length; i += 2) {
            String a = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(a + " needs a value");
            }
            String v = args[i + 1];
            switch (a) {
                case "--archive" -> archive = ArchiveAddress.parse(v);
                case "--query" -> query = v;
                case "--json" -> json = Path.of(v);
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        if (archive == null) {
            throw new IllegalArgumentException("missing --archive FILE|URL");
        }
        if (query.isEmpty()) {
            throw new IllegalArgumentException("--query must not be empty");
        }
        return new Options(archive, query, json);
    }

    /** Pulse bookkeeping, written on the FX thread by the timer, read by the driver thread. */
    private static final class Pulses {
        final AtomicLong last = new AtomicLong();
        final AtomicLong worst = new AtomicLong();
        final AtomicLong count = new AtomicLong();
        final AtomicLong firstFrame = new AtomicLong(-1);
        final AtomicLong firstPage = new AtomicLong(-1);
        final AtomicLong opened = new AtomicLong(-1);
        volatile String phase = "opening";
        /** Recent stack samples of the FX thread: (nanoTime, where), to name what a long gap was spent on. */
        final java.util.concurrent.ConcurrentLinkedDeque<Map.Entry<Long, String>> recent = new java.util.concurrent.ConcurrentLinkedDeque<>();
        final Map<String, Integer> stallSamples = new java.util.concurrent.ConcurrentHashMap<>();

        /** Called by the pulse: charges the samples taken during a long gap to the phase. */
        void gap(long from, long to) {
            if (to - from < STALL_NS) {
                return;
            }
            for (Map.Entry<Long, String> e : recent) {
                if (e.getKey() > from && e.getKey() < to) {
                    stallSamples.merge(phase + ": " + e.getValue(), 1, Integer::sum);
                }
            }
        }
    }

    private static final long STALL_NS = 100_000_000L;

    /** The top frame and the nearest Clipfile frame: enough to tell rendering, layout and our own code apart. */
    private static String where(StackTraceElement[] stack) {
        if (stack.length == 0) {
            return "?";
        }
        // A parked thread is named by what it waits in (e.g. the renderer), not by the lock code.
        int first = 0;
        while (first < stack.length - 1 && (stack[first].getClassName().startsWith("java.util.concurrent")
                || stack[first].getClassName().startsWith("jdk.internal.misc") || stack[first].getClassName().equals("java.lang.Object"))) {
            first++;
        }
        String top = stack[first].getClassName().replaceAll(".*\\.", "") + "." + stack[first].getMethodName()
                + (first > 0 ? " (waiting)" : "");
        for (StackTraceElement e : stack) {
            if (e.getClassName().startsWith("org.clipfile")) {
                return top + " < " + e.getClassName().replaceAll(".*\\.", "") + "." + e.getMethodName() + ":" + e.getLineNumber();
            }
        }
        return top + (stack.length > first + 1 ? " < " + stack[first + 1].getClassName().replaceAll(".*\\.", "") + "." + stack[first + 1].getMethodName() : "");
    }

    private static Thread fxSampler(Pulses pulses) {
        Thread fx = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("JavaFX Application Thread")).findFirst().orElse(null);
        Thread t = new Thread(() -> {
            while (fx != null && !Thread.currentThread().isInterrupted()) {
                pulses.recent.addLast(Map.entry(System.nanoTime(), where(fx.getStackTrace())));
                while (pulses.recent.size() > 1000) {
                    pulses.recent.pollFirst();
                }
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "window-bench-fx-sampler");
        t.setDaemon(true);
        return t;
    }

    /** Where the FX thread was during gaps over 100 ms of the last run (10 ms samples), by phase. */
    static final Map<String, Integer> stallSamples = new java.util.concurrent.ConcurrentHashMap<>();

    static Result measure(Options options) throws Exception {
        stallSamples.clear();
        // "Launch" is the JVM's start: that is what the analyst waits through.
        long launchMs = ManagementFactory.getRuntimeMXBean().getStartTime();
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown(); // inside a test JVM the toolkit is already up
        }
        started.await();
        Platform.setImplicitExit(false);

        AtomicLong peakHeap = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peakHeap.accumulateAndGet(usedHeap(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "window-bench-heap");
        sampler.setDaemon(true);
        sampler.start();

        List<String> errors = new ArrayList<>();
        FxTaskRunner runner = new FxTaskRunner("clipfile-bench", 2);
        AtomicReference<WindowShell> shell = new AtomicReference<>();
        AtomicReference<Stage> stage = new AtomicReference<>();
        CompletableFuture<MainWindow> opened = new CompletableFuture<>();
        Pulses pulses = new Pulses();
        AtomicReference<AnimationTimer> timer = new AtomicReference<>();
        Thread fxSampler = fxSampler(pulses);
        fxSampler.start();
        try {
            onFx(() -> {
                Stage s = new Stage();
                stage.set(s);
                Seams seams = new Seams(new Screenshot.RecordingDialogs(errors), () -> Optional.empty(), url -> { });
                WindowShell w = new WindowShell(s, runner, seams, Messages.english(), SettingsStore.none(), WindowSettings.DEFAULT, false);
                shell.set(w);
                w.setOnOpened(mw -> {
                    pulses.opened.set(System.currentTimeMillis() - launchMs);
                    opened.complete(mw);
                });
                w.setOnOpenFailed(message -> {
                    synchronized (errors) {
                        errors.add(message);
                    }
                });
                AnimationTimer t = new AnimationTimer() {
                    @Override
                    public void handle(long now) {
                        long n = System.nanoTime();
                        long prev = pulses.last.getAndSet(n);
                        if (prev != 0) {
                            pulses.worst.accumulateAndGet(n - prev, Math::max);
                            pulses.gap(prev, n);
                        }
                        pulses.count.incrementAndGet();
                        // Rows loaded before this pulse are drawn by it.
                        if (pulses.firstPage.get() < 0 && firstRowLoaded(s)) {
                            pulses.firstPage.set(System.currentTimeMillis() - launchMs);
                        }
                    }
                };
                timer.set(t);
                t.start();
                w.show(options.archive(), WIDTH, HEIGHT);
                // The first pulse that lays out the new scene is the one that draws its first frame.
                Scene scene = s.getScene();
                Runnable[] once = new Runnable[1];
                once[0] = () -> {
                    if (pulses.firstFrame.compareAndSet(-1, System.currentTimeMillis() - launchMs)) {
                        Platform.runLater(() -> scene.removePostLayoutPulseListener(once[0]));
                    }
                };
                scene.addPostLayoutPulseListener(once[0]);
            });
            waitOpened(opened, errors);
            MainWindow window = opened.get();
            long deadline = System.currentTimeMillis() + TIMEOUT_MS;
            while (pulses.firstPage.get() < 0) {
                if (callFx(() -> table(stage.get()) != null && table(stage.get()).getItems().isEmpty()) && idle(runner, window)) {
                    // An empty archive has no first page: the settled empty table is what is shown.
                    pulses.firstPage.compareAndSet(-1, System.currentTimeMillis() - launchMs);
                }
                check(deadline, errors, "the first page of rows");
                Thread.sleep(10);
            }
            settle(runner, window, errors);
            long heapAfterFirstPage = heapAfterGc();

            // Typing: one character at a time into the real search box, at a brisk typist's pace.
            TextField search = callFx(() -> (TextField) stage.get().getScene().lookup("#search-field"));
            if (search == null) {
                throw new IllegalStateException("the window has no search field");
            }
            onFx(search::requestFocus);
            pulses.phase = "typing";
            resetWorst(pulses);
            // Calls, not input events, drive the window here, so each one is reported as the input it stands
            // for: the window's background work (the day's backup) pauses for input as it would for a person.
            UserActivity activity = shell.get().activity();
            for (char c : options.query().toCharArray()) {
                activity.touch();
                onFx(() -> search.appendText(String.valueOf(c)));
                Thread.sleep(120);
            }
            settleAfterTyping(runner, window, errors); // the results of the last keystroke still count
            long typingStall = resetWorst(pulses);

            // Scrolling the whole archive, not the search results.
            pulses.phase = "clearing";
            activity.touch();
            onFx(() -> search.setText(""));
            settleAfterTyping(runner, window, errors);
            @SuppressWarnings("unchecked")
            TableView<Object> table = (TableView<Object>) callFx(() -> table(stage.get()));
            int rows = callFx(() -> table.getItems().size());
            pulses.phase = "scrolling";
            resetWorst(pulses);
            for (int i = 0; i < 30; i++) { // page down, as the Page Down key does
                activity.touch();
                onFx(() -> {
                    VirtualFlow<?> flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
                    if (flow != null) {
                        flow.scrollPixels(flow.getHeight());
                    }
                });
                Thread.sleep(60);
            }
            activity.touch();
            onFx(() -> table.scrollTo(Math.max(0, rows - 1))); // jump to the end
            Thread.sleep(300);
            for (int i = 1; i <= 10; i++) { // jumps across, as dragging the scroll bar does
                int target = (int) ((long) rows * ((i * 7) % 10) / 10);
                activity.touch();
                onFx(() -> table.scrollTo(target));
                Thread.sleep(150);
            }
            activity.touch();
            onFx(() -> table.scrollTo(0));
            settle(runner, window, errors);
            long scrollStall = resetWorst(pulses);
            pulses.phase = "done";
            stallSamples.putAll(pulses.stallSamples);

            onFx(() -> timer.get().stop());
            peakHeap.accumulateAndGet(usedHeap(), Math::max);
            return new Result(pulses.firstFrame.get(), pulses.opened.get(), pulses.firstPage.get(), ms(typingStall), ms(scrollStall),
                    mb(heapAfterFirstPage), mb(peakHeap.get()), mb(Runtime.getRuntime().maxMemory()), rows,
                    (int) pulses.count.get());
        } finally {
            sampler.interrupt();
            fxSampler.interrupt();
            onFx(() -> {
                if (timer.get() != null) {
                    timer.get().stop();
                }
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

    /** The archive as the report names it: a file's absolute path, a server's address (never its password). */
    private static String named(ArchiveAddress archive) {
        return archive instanceof ArchiveAddress.File f ? f.path().toAbsolutePath().toString() : archive.toString();
    }

    private static TableView<?> table(Stage s) {
        return s.getScene() == null ? null : (TableView<?>) s.getScene().lookup("#clipping-table");
    }

    private static boolean firstRowLoaded(Stage s) {
        TableView<?> t = table(s);
        // rowAt does not ask for a page, so looking does not change what is loaded.
        return t != null && t.getItems() instanceof PagedRows rows && rows.size() > 0 && rows.rowAt(0) != null;
    }

    /** Starts a new phase: the worst gap so far is returned and forgotten, on the FX thread so no pulse is split. */
    private static long resetWorst(Pulses pulses) throws Exception {
        return callFx(() -> {
            pulses.last.set(System.nanoTime());
            return pulses.worst.getAndSet(0);
        });
    }

    /** No job on the runner, and none held back until the list's first page is drawn. */
    private static boolean idle(FxTaskRunner runner, MainWindow window) throws Exception {
        return runner.activeCount() == 0 && !callFx(window::waitingForFirstPage);
    }

    private static void waitOpened(CompletableFuture<MainWindow> opened, List<String> errors) throws Exception {
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        while (!opened.isDone()) {
            check(deadline, errors, "the archive to open");
            Thread.sleep(10);
        }
    }

    /** Waits until no background work is left for a few rounds of the FX queue. */
    private static void settle(FxTaskRunner runner, MainWindow window, List<String> errors) throws Exception {
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        int quiet = 0;
        while (quiet < 4) {
            Thread.sleep(50);
            callFx(() -> null);
            quiet = idle(runner, window) ? quiet + 1 : 0;
            check(deadline, errors, "background work to finish");
        }
    }

    /** The search box waits for a pause in typing (FilterBar.DEBOUNCE, 250 ms) before it asks: wait past it first. */
    private static void settleAfterTyping(FxTaskRunner runner, MainWindow window, List<String> errors) throws Exception {
        Thread.sleep(400);
        settle(runner, window, errors);
    }

    private static void check(long deadline, List<String> errors, String what) {
        synchronized (errors) {
            if (!errors.isEmpty()) {
                throw new IllegalStateException(String.join("; ", errors));
            }
        }
        if (System.currentTimeMillis() > deadline) {
            throw new IllegalStateException("timed out waiting for " + what);
        }
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static long heapAfterGc() throws InterruptedException {
        System.gc();
        Thread.sleep(200);
        System.gc();
        return usedHeap();
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private static long mb(long bytes) {
        return bytes / (1024 * 1024);
    }

    private static void print(Options o, Result r) {
        System.out.println("window-bench " + named(o.archive()) + " (" + r.rows() + " rows, query \"" + o.query()
                + "\", " + System.getProperty("glass.platform", "native") + " glass, " + Runtime.getRuntime().availableProcessors() + " cpus)");
        System.out.printf(Locale.ROOT, "%-32s %8s%n", "figure", "value");
        System.out.printf(Locale.ROOT, "%-32s %8d%n", "first frame (ms)", r.firstFrameMs());
        System.out.printf(Locale.ROOT, "%-32s %8d%n", "archive open, window built (ms)", r.openedMs());
        System.out.printf(Locale.ROOT, "%-32s %8d%n", "first page of rows (ms)", r.firstPageMs());
        System.out.printf(Locale.ROOT, "%-32s %8d%n", "worst stall typing (ms)", r.worstTypingStallMs());
        System.out.printf(Locale.ROOT, "%-32s %8d%n", "worst stall scrolling (ms)", r.worstScrollStallMs());
        System.out.printf(Locale.ROOT, "%-32s %8d%n", "heap after first page (MB)", r.heapAfterFirstPageMb());
        System.out.printf(Locale.ROOT, "%-32s %8d%n", "peak heap sampled (MB)", r.peakHeapMb());
        System.out.printf(Locale.ROOT, "%-32s %8d%n", "max heap -Xmx (MB)", r.maxHeapMb());
        System.out.println("(times since JVM start; a stall is the longest gap between two JavaFX pulses)");
        if (!stallSamples.isEmpty()) {
            System.out.println("FX thread during gaps over 100 ms (10 ms samples, top 8):");
            stallSamples.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(8)
                    .forEach(e -> System.out.printf(Locale.ROOT, "  %4d  %s%n", e.getValue(), e.getKey()));
        }
    }

    private static void writeJson(Options o, Result r) throws IOException {
        StringBuilder sb = new StringBuilder("{\n  \"archive\": \"")
                .append(named(o.archive()).replace("\\", "\\\\").replace("\"", "\\\"")).append("\",\n");
        Map<String, Long> f = r.figures();
        int i = 0;
        for (Map.Entry<String, Long> e : f.entrySet()) {
            sb.append("  \"").append(e.getKey()).append("\": ").append(e.getValue()).append(++i < f.size() ? ",\n" : "\n");
        }
        sb.append("}\n");
        Path out = o.json().toAbsolutePath();
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Files.writeString(out, sb.toString(), StandardCharsets.UTF_8);
    }

    private static void onFx(Runnable r) throws Exception {
        FxCalls.run(r, TIMEOUT_MS);
    }

    private static <T> T callFx(java.util.concurrent.Callable<T> c) throws Exception {
        return FxCalls.call(c, TIMEOUT_MS);
    }
}
