package org.clipfile.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErrorLogTest {
    @TempDir
    Path dir;

    @AfterEach
    void backToTheDefaultLogging() throws Exception {
        LogManager.getLogManager().readConfiguration();
    }

    @Test
    void errorsGoWithTheirStackTracesToARotatingFileAndNothingToTheConsole() throws Exception {
        Path folder = dir.resolve("data/logs");
        ErrorLog.install(folder);
        Logger root = LogManager.getLogManager().getLogger("");
        assertThat(Arrays.stream(root.getHandlers())).noneMatch(ConsoleHandler.class::isInstance);
        assertThat(ErrorLog.logFile()).contains(folder.toAbsolutePath().resolve("clipfile-0.log"));
        assertThat(ErrorLog.whereDetailsAre()).contains("clipfile-0.log");

        ErrorLog.record("clipfile list", new IllegalStateException("boom", new RuntimeException("the cause")));
        Logger.getLogger("javafx").warning("Unsupported JavaFX configuration"); // libraries' warnings land here too
        Arrays.stream(root.getHandlers()).forEach(java.util.logging.Handler::flush);
        String log = Files.readString(folder.resolve("clipfile-0.log"));
        assertThat(log).contains("clipfile list").contains("IllegalStateException: boom")
                .contains("at org.clipfile.logging.ErrorLogTest").contains("Caused by: java.lang.RuntimeException: the cause")
                .contains("Unsupported JavaFX configuration");

        // A few MB at most: each file is cut at 1 MB, and three are kept.
        String line = "x".repeat(1000);
        for (int i = 0; i < 4000; i++) {
            Logger.getLogger("org.clipfile").log(Level.SEVERE, line);
        }
        Arrays.stream(root.getHandlers()).forEach(java.util.logging.Handler::flush);
        long total;
        try (var files = Files.list(folder)) {
            total = files.filter(f -> f.getFileName().toString().endsWith(".log")).mapToLong(f -> f.toFile().length()).sum();
        }
        assertThat(total).isLessThanOrEqualTo(3L * (ErrorLog.LIMIT_BYTES + 4096));
        assertThat(folder.resolve("clipfile-2.log")).exists();
    }
}
