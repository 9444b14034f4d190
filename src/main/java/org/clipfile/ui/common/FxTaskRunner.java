package org.clipfile.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javafx.concurrent.Task;
import org.clipfile.work.Progress;

/**
 * Runs jobs as {@link Task}s on named daemon threads. Progress from the core is throttled (at most
 * every 80 ms reaches the JavaFX thread) and the handle's cancel becomes {@link Progress#isCancelled}.
 * Separate lanes: a long import or a slow topic count never stalls the table's page loads.
 */
public final class FxTaskRunner implements TaskRunner {
    private static final long PROGRESS_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(80);

    private final java.util.Map<Lane, ExecutorService> executors = new java.util.EnumMap<>(Lane.class);
    private final AtomicInteger active = new AtomicInteger();

    /** {@code threads} serve the interactive lane; the summary and long lanes have one thread each. */
    public FxTaskRunner(String threadPrefix, int threads) {
        for (Lane lane : Lane.values()) {
            AtomicInteger n = new AtomicInteger();
            String prefix = threadPrefix + "-" + lane.name().toLowerCase(java.util.Locale.ROOT) + "-";
            ThreadFactory factory = r -> {
                Thread t = new Thread(r, prefix + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            };
            executors.put(lane, Executors.newFixedThreadPool(lane == Lane.INTERACTIVE ? threads : 1, factory));
        }
    }

    @Override
    public <T> TaskHandle run(Lane lane, String name, Job<T> job, TaskListener<T> listener) {
        JobTask<T> task = new JobTask<>(name, job, listener);
        active.incrementAndGet();
        task.setOnSucceeded(e -> {
            active.decrementAndGet();
            listener.onSuccess().accept(task.getValue());
        });
        task.setOnFailed(e -> {
            active.decrementAndGet();
            listener.onFailure().accept(task.getException());
        });
        executors.get(lane).execute(task);
        // Cancel asks the core to stop at its next check, so a partial result (an import report) still arrives.
        return () -> task.cancelRequested = true;
    }

    @Override
    public int activeCount() {
        return active.get();
    }

    @Override
    public void close() {
        executors.values().forEach(ExecutorService::shutdownNow);
        try {
            for (ExecutorService e : executors.values()) {
                e.awaitTermination(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class JobTask<T> extends Task<T> {
        private final Job<T> job;
        private final AtomicLong lastReport = new AtomicLong();
        private volatile boolean cancelRequested;

        JobTask(String name, Job<T> job, TaskListener<T> listener) {
            this.job = job;
            updateTitle(name);
            // Task's own properties coalesce updates; the listener sees them on the FX thread.
            messageProperty().addListener((o, a, b) -> report(listener));
            progressProperty().addListener((o, a, b) -> report(listener));
        }

        private void report(TaskListener<T> listener) {
            long done = (long) getWorkDone();
            long total = (long) getTotalWork();
            listener.onProgress().progress(Math.max(done, 0), total, getMessage());
        }

        @Override
        protected T call() throws Exception {
            Progress progress = new Progress() {
                @Override
                public void update(long done, long total, String detail) {
                    long now = System.nanoTime();
                    long last = lastReport.get();
                    if (now - last < PROGRESS_INTERVAL_NANOS && done != total) {
                        return;
                    }
                    lastReport.set(now);
                    updateMessage(detail == null ? "" : detail);
                    updateProgress(done, total < 0 ? -1 : total);
                }

                @Override
                public boolean isCancelled() {
                    return cancelRequested;
                }
            };
            return job.run(progress);
        }
    }
}
