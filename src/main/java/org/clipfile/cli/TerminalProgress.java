package org.clipfile.cli;

import java.io.PrintWriter;
import org.clipfile.work.Progress;

/** A one-line progress counter for a terminal, redrawn at most ten times a second. */
public final class TerminalProgress implements Progress {
    private final PrintWriter err;
    private long lastDrawn;
    private boolean drawn;

    public TerminalProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void update(long done, long total, String detail) {
        if (detail == null) {
            if (drawn) {
                err.print("\r\u001B[K"); // clear the line before the report
                err.flush();
                drawn = false;
            }
            return;
        }
        long now = System.nanoTime();
        if (now - lastDrawn < 100_000_000L) {
            return;
        }
        lastDrawn = now;
        String name = detail.length() > 50 ? "…" + detail.substring(detail.length() - 49) : detail;
        err.print("\r\u001B[K" + (total > 0 ? done + "/" + total : String.valueOf(done)) + "  " + name);
        err.flush();
        drawn = true;
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}
