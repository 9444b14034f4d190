package org.clipfile.ui.common;

/**
 * A background job asked for again and again (after each change to the archive): at most one run
 * at a time, and asks that come while it runs make one more run when it ends, so the last ask is
 * always answered by a run that started after it. Asked on the JavaFX thread.
 */
public final class RepeatableJob<T> {
    private final TaskRunner runner;
    private final TaskRunner.Lane lane;
    private final String name;
    private final Job<T> job;
    private boolean running;
    private boolean again;

    public RepeatableJob(TaskRunner runner, TaskRunner.Lane lane, String name, Job<T> job) {
        this.runner = runner;
        this.lane = lane;
        this.name = name;
        this.job = job;
    }

    public void ask() {
        if (running) {
            again = true;
            return;
        }
        running = true;
        again = false;
        runner.run(lane, name, job, new TaskListener<>(result -> ended(), failure -> ended(), null));
    }

    private void ended() {
        running = false;
        if (again) {
            ask();
        }
    }
}
