package org.clipfile.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "screenshot", description = {
        "Render the window on the archive to a PNG file, offscreen: no display is needed.",
        "The picture in the README is made this way."})
final class ScreenshotCommand implements Callable<Integer> {
    @ParentCommand
    ClipfileCommand root;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "The PNG file to write.")
    Path output;

    @Option(names = "--width", paramLabel = "PIXELS", defaultValue = "1400", description = "Width of the window (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", paramLabel = "PIXELS", defaultValue = "900", description = "Height of the window (default: ${DEFAULT-VALUE}).")
    int height;

    @Option(names = "--query", paramLabel = "QUERY", description = "Type this search into the window first.")
    String query;

    @Option(names = "--from", paramLabel = "DATE", converter = DateBound.From.class,
            description = "Set the window's date range to start here first (YYYY-MM-DD, YYYY-MM or YYYY).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = DateBound.To.class,
            description = "Set the window's date range to end here first (YYYY-MM-DD, YYYY-MM or YYYY).")
    LocalDate to;

    @Option(names = "--theme", paramLabel = "THEME", defaultValue = "light",
            description = "The window's colours: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ThemeName theme;

    @Option(names = "--help-window", description = "Picture the Help window (F1) as it opens over the main window, instead of the main window.")
    boolean helpWindow;

    /** The themes by the names the window's settings use for them. */
    enum ThemeName { light, dark }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (from != null && to != null && from.isAfter(to)) {
            throw new ParameterException(spec.commandLine(), "--from " + from + " is after --to " + to + ", so nothing could match");
        }
        ClipfileCommand.requireFolderOf(output, "the picture");
        List<String> args = new ArrayList<>(List.of("--archive", root.archiveArgument(), "-o", output.toString(),
                "--width", String.valueOf(width), "--height", String.valueOf(height), "--theme", theme.name()));
        if (query != null) {
            args.addAll(List.of("--query", query));
        }
        if (from != null) {
            args.addAll(List.of("--from", from.toString()));
        }
        if (to != null) {
            args.addAll(List.of("--to", to.toString()));
        }
        if (helpWindow) {
            args.add("--help-window");
        }
        return UiEntry.call(UiEntry.SCREENSHOT, "run", args.toArray(String[]::new));
    }
}
