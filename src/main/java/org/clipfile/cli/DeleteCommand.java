package org.clipfile.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.clipfile.archive.Archive;
import org.clipfile.archive.ClippingStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "delete", description = "Move clippings to the trash (see list --trash, undelete, empty-trash).")
final class DeleteCommand implements Callable<Integer> {
    @ParentCommand
    ClipfileCommand root;

    @Parameters(paramLabel = "ID", arity = "1..*")
    List<Long> ids = new ArrayList<>();

    @Override
    public Integer call() {
        try (Archive archive = root.openArchive()) {
            int n = new ClippingStore(archive).moveToTrash(ids);
            root.spec.commandLine().getOut().println("moved " + n + " clipping" + (n == 1 ? "" : "s") + " to the trash");
            return ClipfileCommand.OK;
        }
    }
}
