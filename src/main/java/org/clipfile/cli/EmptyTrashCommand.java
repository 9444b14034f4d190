package org.clipfile.cli;

import java.util.concurrent.Callable;
import org.clipfile.archive.Archive;
import org.clipfile.archive.ClippingStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "empty-trash", description = "Delete the clippings in the trash for good (the only hard delete).")
final class EmptyTrashCommand implements Callable<Integer> {
    @ParentCommand
    ClipfileCommand root;

    @Option(names = "--yes", description = "Confirm: without it nothing is deleted (exit status 1).")
    boolean yes;

    @Override
    public Integer call() {
        if (!yes) {
            root.spec.commandLine().getErr().println("clipfile: empty-trash deletes for good; nothing was deleted: run it again with --yes to confirm");
            return ClipfileCommand.FAILED;
        }
        try (Archive archive = root.openArchive()) {
            int n = new ClippingStore(archive).emptyTrash();
            root.spec.commandLine().getOut().println("deleted " + n + " clipping" + (n == 1 ? "" : "s") + " for good");
            return ClipfileCommand.OK;
        }
    }
}
