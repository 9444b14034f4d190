package org.clipfile.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

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

    @Override
    public Integer call() {
        ClipfileCommand.requireFolderOf(output, "the picture");
        List<String> args = new ArrayList<>(List.of("--archive", root.archiveArgument(), "-o", output.toString(),
                "--width", String.valueOf(width), "--height", String.valueOf(height)));
        if (query != null) {
            args.addAll(List.of("--query", query));
        }
        return UiEntry.call(UiEntry.SCREENSHOT, "run", args.toArray(String[]::new));
    }
}
