package org.clipfile.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Asks while a run is under way are answered by exactly one more run, started after them. */
class RepeatableJobTest {
    /** Holds each run's listener until the test ends the run. */
    static final class HeldRunner implements TaskRunner {
        final List<TaskListener<Object>> running = new ArrayList<>();
        int started;

        @Override
        @SuppressWarnings("unchecked")
        public <T> TaskHandle run(Lane lane, String name, Job<T> job, TaskListener<T> listener) {
            started++;
            running.add((TaskListener<Object>) (TaskListener<?>) listener);
            return TaskHandle.DONE;
        }

        void endOldest(boolean failed) {
            TaskListener<Object> l = running.remove(0);
            if (failed) {
                l.onFailure().accept(new IllegalStateException("the server went away"));
            } else {
                l.onSuccess().accept(1);
            }
        }

        @Override
        public int activeCount() {
            return running.size();
        }

        @Override
        public void close() {
        }
    }

    @Test
    void asksDuringARunMakeOneMoreRunAfterIt() {
        HeldRunner runner = new HeldRunner();
        RepeatableJob<Integer> job = new RepeatableJob<>(runner, TaskRunner.Lane.HOUSEKEEPING, "words", p -> 1);
        job.ask();
        job.ask();
        job.ask();
        assertThat(runner.started).as("one at a time").isEqualTo(1);
        runner.endOldest(false);
        assertThat(runner.started).as("the asks meanwhile: one more run").isEqualTo(2);
        runner.endOldest(true);
        assertThat(runner.started).as("nothing asked meanwhile, even after a failure").isEqualTo(2);
        job.ask();
        assertThat(runner.started).isEqualTo(3);
    }
}
