package org.clipfile.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/** Runs code on the FX thread from a driver thread (screenshot, window benchmark) and waits for it. */
public final class FxCalls {
    private FxCalls() {
    }

    public static void run(Runnable r, long timeoutMs) throws Exception {
        call(() -> {
            r.run();
            return null;
        }, timeoutMs);
    }

    public static <T> T call(Callable<T> c, long timeoutMs) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(c.call());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f.get(timeoutMs, TimeUnit.MILLISECONDS);
    }
}
