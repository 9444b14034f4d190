package org.clipfile.logging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The program's log: {@code logs/clipfile-0.log} in the data folder (the newest; older ones are
 * {@code clipfile-1.log} and {@code clipfile-2.log}), rotated at 1 MB with three files kept, recording errors with their stack traces. java.util.logging carries it, so the libraries
 * that log through it (sqlite-jdbc, JavaFX) end up in the same file and not on the console, where
 * the analyst reads only Clipfile's own sentences.
 */
public final class ErrorLog {
    /** java.util.logging's pattern: {@code %g} is the rotation number, 0 the newest. */
    static final String FILE_PATTERN = "clipfile-%g.log";
    static final int LIMIT_BYTES = 1024 * 1024;
    static final int FILES = 3;
    private static final Logger LOG = Logger.getLogger("org.clipfile");

    private ErrorLog() {
    }

    /** The folder of the log inside a data folder. */
    public static Path folderIn(Path dataFolder) {
        return dataFolder.resolve("logs");
    }

    /**
     * Sends all logging to the rotating file in {@code folder} (made if missing) and none to the
     * console. If the file cannot be opened (a read-only home), logging goes nowhere rather than
     * onto the analyst's terminal.
     */
    public static void install(Path folder) {
        Logger root = LogManager.getLogManager().getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
            h.close();
        }
        root.setLevel(Level.INFO);
        try {
            Files.createDirectories(folder);
            root.addHandler(new LogFile(folder));
        } catch (IOException | SecurityException e) {
            // No log file: the program still works, and says nothing about it on the console.
        }
    }

    /** Records a failure with its stack trace; {@code context} says what was being done. */
    public static void record(String context, Throwable error) {
        LOG.log(Level.SEVERE, context, error);
    }

    /** "; details in FILE" when the log file is in use, to end an error message with; else "". */
    public static String whereDetailsAre() {
        return logFile().map(f -> " (details in " + f + ")").orElse("");
    }

    /** The log file in use, if {@link #install} opened one. */
    public static Optional<Path> logFile() {
        return Arrays.stream(LogManager.getLogManager().getLogger("").getHandlers())
                .filter(LogFile.class::isInstance).map(h -> ((LogFile) h).path).findFirst();
    }

    /** The rotating handler, with the file it writes (FileHandler does not tell). */
    private static final class LogFile extends FileHandler {
        final Path path;

        LogFile(Path folder) throws IOException {
            super(folder.toAbsolutePath().toString().replace("%", "%%") + java.io.File.separator + FILE_PATTERN, LIMIT_BYTES, FILES, true);
            this.path = folder.toAbsolutePath().resolve(FILE_PATTERN.replace("%g", "0"));
            setFormatter(new SimpleFormatter());
            setLevel(Level.ALL);
        }
    }
}
