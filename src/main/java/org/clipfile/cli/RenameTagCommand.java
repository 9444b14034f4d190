package org.clipfile.cli;

import java.util.concurrent.Callable;
import org.clipfile.archive.Archive;
import org.clipfile.archive.TagStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "rename-tag", description = {"Rename a tag and everything under it; onto an existing tag, the two merge.",
        "Also moves: rename-tag Taiwan China-US/Taiwan"})
final class RenameTagCommand implements Callable<Integer> {
    @ParentCommand
    ClipfileCommand root;

    @Parameters(index = "0", paramLabel = "OLD")
    String from;

    @Parameters(index = "1", paramLabel = "NEW")
    String to;

    @Override
    public Integer call() {
        try (Archive archive = root.openArchive()) {
            TagStore.RenameResult r = new TagStore(archive).rename(from, to);
            root.spec.commandLine().getOut().println(r.tagsMerged() > 0
                    ? "merged " + from + " into " + r.newPath() + " (" + r.tagsMerged() + " tag(s) merged, " + r.tagsMoved() + " moved)"
                    : "renamed " + from + " to " + r.newPath() + " (" + r.tagsMoved() + " tag(s))");
            return ClipfileCommand.OK;
        }
    }
}
