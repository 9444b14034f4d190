package org.clipfile.ui.common;

import java.util.concurrent.atomic.AtomicBoolean;
import org.clipfile.work.Progress;

/** Runs each job at once on the calling thread: deterministic view-model tests without a toolkit. */
public final class SyncTaskRunner implements TaskRunner {

    @Override
    public <T> TaskHandle run(Lane lane, String name, Job<T> job, TaskListener<T> listener) {
        AtomicBoolean cancelled = new AtomicBoolean();
        Progress progress = new Progress() {
            @Override
            public void update(long done, long total, String detail) {
                listener.onProgress().progress(done, total, detail);
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        T result;
        try {
            result = job.run(progress);
        } catch (Exception e) {
            listener.onFailure().accept(e);
            return TaskHandle.DONE;
        }
        listener.onSuccess().accept(result);
        return TaskHandle.DONE;
    }

    @Override
    public int activeCount() {
        return 0;
    }

    @Override
    public void close() {
    }
}
