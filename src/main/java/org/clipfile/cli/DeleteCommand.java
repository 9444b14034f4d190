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
            long already = ClippingIds.require(archive, ids).stream().filter(org.clipfile.archive.Clipping::inTrash).count();
            int n = new ClippingStore(archive).moveToTrash(ids);
            root.spec.commandLine().getOut().println("moved " + ClippingIds.plural(n, "clipping") + " to the trash"
                    + (already > 0 ? " (" + already + " already there)" : ""));
            return ClipfileCommand.OK;
        }
    }
}
