package org.clipfile;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.clipfile.archive.ArchiveLocation;
import org.clipfile.cli.ClipfileCommand;
import org.clipfile.logging.ErrorLog;

/**
 * Entry point of {@code clipfile.jar} and of the installed {@code clipfile} command: with a command,
 * the command line; with none (or only {@code --archive FILE}), the window. This class must not
 * touch JavaFX itself, so the command line runs on machines without a display.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // Errors with their stack traces go to the log in the data folder; the console gets sentences.
        ErrorLog.install(ErrorLog.folderIn(ArchiveLocation.dataFolder()));
        if (opensWindow(args)) {
            WindowLauncher.launch(args);
            return;
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int status = ClipfileCommand.run(args, out, err);
        out.flush();
        err.flush();
        System.exit(status);
    }

    static boolean opensWindow(String[] args) {
        return args.length == 0 || (args.length == 2 && args[0].equals("--archive"))
                || (args.length == 1 && args[0].startsWith("--archive="));
    }
}
