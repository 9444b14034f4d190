package org.clipfile.archive;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Notices when another program (the command line importing or tagging, a second window) changes
 * the archive, so the window can refresh its lists and counts. Cheap: one
 * {@code PRAGMA data_version} per poll, no query of the data.
 *
 * <p>Either poll from your own timer ({@link #changed()}), or {@link #start} a background poll
 * that calls you back on its own thread (hop to the UI thread yourself).
 */
public final class ArchiveWatcher implements AutoCloseable {
    private final Archive archive;
    private long seen;
    private ScheduledExecutorService timer;

    public ArchiveWatcher(Archive archive) {
        this.archive = archive;
        this.seen = archive.dataVersion();
    }

    /** True if another program committed a change since the last call (or since this watcher was made). */
    public synchronized boolean changed() {
        long now = archive.dataVersion();
        if (now != seen) {
            seen = now;
            return true;
        }
        return false;
    }

    /**
     * Polls every {@code interval} on a daemon thread and runs {@code onChange} (on that thread)
     * after each external change. A failed poll (the archive closed) stops the watcher.
     */
    public synchronized void start(Duration interval, Runnable onChange) {
        if (timer != null) {
            throw new IllegalStateException("already watching " + archive.file());
        }
        ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "clipfile-archive-watcher");
            t.setDaemon(true);
            return t;
        });
        timer = poller;
        long millis = Math.max(50, interval.toMillis());
        poller.scheduleWithFixedDelay(() -> {
            boolean changed;
            try {
                changed = changed();
            } catch (RuntimeException e) {
                poller.shutdown();
                return;
            }
            if (changed) {
                try {
                    onChange.run();
                } catch (RuntimeException e) {
                    // the listener's own failure must not end the watching
                }
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }
}
