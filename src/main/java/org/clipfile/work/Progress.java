package org.clipfile.work;

/**
 * How long-running core work (import, export) reports progress and learns it should stop. The
 * window adapts it to a JavaFX task; the command line prints it or ignores it.
 */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total, String detail) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** {@code total} is -1 while unknown; {@code detail} names the current item (a file, say). */
    void update(long done, long total, String detail);

    boolean isCancelled();

    /** Throws {@link CancelledException} if the user asked to stop. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
