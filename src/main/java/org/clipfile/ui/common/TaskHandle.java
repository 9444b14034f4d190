package org.clipfile.ui.common;

/** A running job the analyst can cancel. */
public interface TaskHandle {
    void cancel();

    TaskHandle DONE = () -> { };
}
