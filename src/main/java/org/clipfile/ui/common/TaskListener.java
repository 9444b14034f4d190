package org.clipfile.ui.common;

import java.util.function.Consumer;

/**
 * Where a job's outcome goes; every callback runs on the JavaFX thread (or the caller's thread for
 * the synchronous runner).
 */
public record TaskListener<T>(Consumer<T> onSuccess, Consumer<Throwable> onFailure, ProgressListener onProgress) {

    /** Progress as done/total (total -1 while unknown) and the current item. */
    @FunctionalInterface
    public interface ProgressListener {
        void progress(long done, long total, String detail);

        ProgressListener NONE = (d, t, s) -> { };
    }

    public TaskListener {
        onProgress = onProgress == null ? ProgressListener.NONE : onProgress;
    }
}
