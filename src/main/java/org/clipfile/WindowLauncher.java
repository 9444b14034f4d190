package org.clipfile;

/** Starts the window; a separate class so the command line never loads JavaFX. */
final class WindowLauncher {
    private WindowLauncher() {
    }

    static void launch(String[] args) {
        System.err.println("The window is not built yet; run 'java -jar target/clipfile.jar --help' for the command line.");
        System.exit(2);
    }
}
