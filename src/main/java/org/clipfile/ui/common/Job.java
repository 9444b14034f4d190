package org.clipfile.ui.common;

import org.clipfile.work.Progress;

/** A piece of core work to run off the JavaFX thread; it may report progress and honour cancel. */
@FunctionalInterface
public interface Job<T> {
    T run(Progress progress) throws Exception;
}
