package org.clipfile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.clipfile.ui.common.FxTaskRunner;
import org.clipfile.ui.common.Messages;
import org.clipfile.ui.common.SettingsStore;
import org.clipfile.ui.common.WindowSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Measures how long the JavaFX thread is ever blocked while typing a search and scrolling, on a
 * big archive given with {@code -Dclipfile.bigArchive=FILE} (e.g. 100,000 clippings). Off by
 * default: building such an archive takes minutes. The limit is generous because headless software
 * rendering on a shared machine makes the FX thread wait for the renderer; the sampled stacks it
 * prints show where the time went.
 */
@EnabledIfSystemProperty(named = "clipfile.bigArchive", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class LargeArchiveResponsivenessTest {
    FxTaskRunner runner;
    WindowShell shell;
    MainWindow window;
    final FakeSeams fakes = new FakeSeams();

    @Start
    void start(Stage stage) {
        runner = new FxTaskRunner("big", 2);
        shell = new WindowShell(stage, runner, fakes.seams(), Messages.english(), SettingsStore.none(), WindowSettings.DEFAULT, false);
        shell.setOnOpened(w -> window = w);
        shell.show(new org.clipfile.archive.ArchiveAddress.File(Path.of(System.getProperty("clipfile.bigArchive"))), 1200, 780);
    }

    @Test
    void typingAndScrollingNeverBlockTheFxThreadLong(FxRobot robot) throws Exception {
        WindowTestSupport.waitUntil(() -> window != null, "the window opens");
        Thread.sleep(3000);
        AtomicLong last = new AtomicLong(System.nanoTime());
        AtomicLong worstGap = new AtomicLong();
        AnimationTimer pulse = new AnimationTimer() {
            @Override
            public void handle(long now) {
                long t = System.nanoTime();
                worstGap.accumulateAndGet(t - last.getAndSet(t), Math::max);
            }
        };
        WaitForAsyncUtils.asyncFx(pulse::start);
        WaitForAsyncUtils.waitForFxEvents();
        last.set(System.nanoTime());
        worstGap.set(0);
        TextField search = robot.lookup("#search-field").queryAs(TextField.class);
        robot.clickOn(search);
        long t0 = System.nanoTime();
        robot.write("taiwan trade balloon", 40);
        long typing = System.nanoTime() - t0;
        long typingGap = worstGap.getAndSet(0);
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<Object> table = (javafx.scene.control.TableView<Object>) robot.lookup("#clipping-table").query();
        Thread.sleep(2000);
        worstGap.set(0);
        // Samples the FX thread's stack while scrolling, to name whatever blocks it.
        java.util.Map<String, Integer> samples = new java.util.concurrent.ConcurrentHashMap<>();
        Thread fxThread = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("JavaFX Application Thread")).findFirst().orElseThrow();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                StackTraceElement[] st = fxThread.getStackTrace();
                StringBuilder key = new StringBuilder();
                int n = 0;
                for (StackTraceElement e : st) {
                    if (e.getClassName().startsWith("org.clipfile") || n < 3) {
                        key.append(e.getClassName().replaceAll(".*\\.", "")).append('.').append(e.getMethodName()).append(':').append(e.getLineNumber()).append(" < ");
                        if (++n > 8) {
                            break;
                        }
                    }
                }
                samples.merge(key.toString(), 1, Integer::sum);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException ex) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        for (int i = 0; i < 40; i++) {
            int target = (int) ((long) table.getItems().size() * i / 40);
            WaitForAsyncUtils.asyncFx(() -> table.scrollTo(target));
            Thread.sleep(50);
        }
        WaitForAsyncUtils.waitForFxEvents();
        long scrollGap = worstGap.get();
        sampler.interrupt();
        samples.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(8)
                .forEach(e -> System.out.println("FX sample " + e.getValue() + ": " + e.getKey()));
        WaitForAsyncUtils.asyncFx(pulse::stop);
        System.out.printf("rows=%d typing %d ms, worst FX gap while typing %d ms, while scrolling %d ms%n",
                table.getItems().size(), typing / 1_000_000, typingGap / 1_000_000, scrollGap / 1_000_000);
        assertThat(typingGap / 1_000_000).isLessThan(500);
        assertThat(scrollGap / 1_000_000).isLessThan(500);
        WaitForAsyncUtils.asyncFx(() -> shell.close());
        runner.close();
    }
}
