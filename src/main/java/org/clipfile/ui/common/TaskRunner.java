package org.clipfile.ui.common;

import java.util.function.Consumer;

/**
 * Runs core work away from the JavaFX thread and brings the outcome back to it. The window uses
 * {@link FxTaskRunner}; view-model tests use {@link SyncTaskRunner}.
 */
public interface TaskRunner extends AutoCloseable {

    /**
     * Which queue a job waits in, so slow work never delays fast work: the table's pages and counts
     * ({@code INTERACTIVE}), the topic tree and timeline totals ({@code SUMMARY}), imports, exports
     * and opening archives ({@code LONG}).
     */
    /**
     * INTERACTIVE: what the analyst waits for (pages, edits); SUMMARY: counts, tree, histogram;
     * LONG: imports, exports, restores; HOUSEKEEPING: work after opening (the day's backup, the
     * facets) that must not hold up an import started meanwhile.
     */
    enum Lane { INTERACTIVE, SUMMARY, LONG, HOUSEKEEPING }

    <T> TaskHandle run(Lane lane, String name, Job<T> job, TaskListener<T> listener);

    default <T> TaskHandle run(String name, Job<T> job, TaskListener<T> listener) {
        return run(Lane.INTERACTIVE, name, job, listener);
    }

    default <T> TaskHandle run(String name, Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        return run(name, job, new TaskListener<>(onSuccess, onFailure, null));
    }

    /** Jobs submitted and not yet finished (used to wait for a settled window, e.g. for screenshots). */
    int activeCount();

    @Override
    void close();
}
