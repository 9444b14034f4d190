package org.clipfile.cli;

import java.util.concurrent.Callable;
import org.clipfile.archive.Archive;
import org.clipfile.archive.TagStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "delete-tag", description = "Delete a tag and the tags under it. The clippings stay; they just lose the tag.")
final class DeleteTagCommand implements Callable<Integer> {
    @ParentCommand
    ClipfileCommand root;

    @Parameters(paramLabel = "TAG")
    String tag;

    @Override
    public Integer call() {
        try (Archive archive = root.openArchive()) {
            int n = new TagStore(archive).delete(tag);
            root.spec.commandLine().getOut().println("deleted tag " + tag + " (it was on " + n + " clipping" + (n == 1 ? "" : "s") + ")");
            return ClipfileCommand.OK;
        }
    }
}
