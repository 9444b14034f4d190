package org.clipfile.ui.common;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The long operation under way (an import, an export), for the status bar's progress and Cancel. */
public final class BackgroundOperation {
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty detail = new SimpleStringProperty("");
    private TaskHandle handle = TaskHandle.DONE;

    public boolean start(String name, TaskHandle h) {
        handle = h;
        running.set(true);
        progress.set(-1);
        detail.set(name);
        return true;
    }

    /**
     * Whether another long operation holds the status bar; if so the analyst is told, under
     * {@code title}, to wait for it or cancel it. One at a time: they share the progress bar and Cancel.
     */
    public boolean refuseWhileBusy(Dialogs dialogs, Messages messages, String title) {
        if (running.get()) {
            dialogs.showError(title, messages.get("import.busy"));
            return true;
        }
        return false;
    }

    /**
     * Runs {@code work} as the long operation (File › Export, Back up, Check, Copy): in the
     * background, with its progress and Cancel in the status bar; {@code done} or {@code failed}
     * follow on the JavaFX thread once the status bar is free again.
     */
    public <T> void run(TaskRunner runner, String name, Job<T> work, java.util.function.Consumer<T> done,
            java.util.function.Consumer<Throwable> failed) {
        TaskHandle h = runner.run(TaskRunner.Lane.LONG, name, work, new TaskListener<T>(r -> {
            finish();
            done.accept(r);
        }, e -> {
            finish();
            failed.accept(e);
        }, (finished, total, current) -> update(name, finished, total, "")));
        if (!running.get() && h != TaskHandle.DONE) { // a synchronous runner has finished already
            start(name, h);
        }
    }

    public void update(String name, long done, long total, String current) {
        progress.set(total > 0 ? Math.min(1.0, (double) done / total) : -1);
        String count = total > 0 ? done + " / " + total : done > 0 ? String.valueOf(done) : "";
        detail.set(name + (count.isEmpty() ? "" : " " + count) + (current == null || current.isBlank() ? "" : " · " + current));
    }

    public void finish() {
        running.set(false);
        handle = TaskHandle.DONE;
        detail.set("");
        progress.set(-1);
    }

    public void cancel() {
        handle.cancel();
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty detailProperty() {
        return detail;
    }
}
