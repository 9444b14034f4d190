package org.clipfile;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.clipfile.cli.ClipfileCommand;

/**
 * Entry point of {@code clipfile.jar}: with a command, the command line; with none (or only
 * {@code --archive FILE}), the window. This class must not touch JavaFX itself, so the command line
 * runs on machines without a display.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (opensWindow(args)) {
            WindowLauncher.launch(args);
            return;
        }
        if (args.length > 0 && args[0].equals("screenshot")) {
            System.exit(WindowLauncher.screenshot(java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && args[0].equals("window-bench")) {
            System.exit(windowBench(java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int status = ClipfileCommand.run(args, out, err);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /** {@code clipfile window-bench --archive FILE [--query Q] [--json FILE]}; looked up by name so Main links without JavaFX. */
    private static int windowBench(String[] args) {
        try {
            Object status = Class.forName("org.clipfile.ui.WindowBenchmark").getMethod("run", String[].class).invoke(null, (Object) args);
            return status instanceof Integer i ? i : 1;
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            System.err.println("clipfile: the window benchmark needs JavaFX, which this build lacks (" + e.getMessage() + ")");
            return 2;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e.getCause() != null ? e.getCause() : e);
        }
    }

    static boolean opensWindow(String[] args) {
        return args.length == 0 || (args.length == 2 && args[0].equals("--archive"))
                || (args.length == 1 && args[0].startsWith("--archive="));
    }
}
