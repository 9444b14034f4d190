package org.clipfile.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.clipfile.archive.Archive;
import org.clipfile.archive.ClippingStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "undelete", description = "Bring clippings back from the trash.")
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    ClipfileCommand root;

    @Parameters(paramLabel = "ID", arity = "1..*")
    List<Long> ids = new ArrayList<>();

    @Override
    public Integer call() {
        try (Archive archive = root.openArchive()) {
            long notInTrash = ClippingIds.require(archive, ids).stream().filter(c -> !c.inTrash()).count();
            int n = new ClippingStore(archive).restore(ids);
            root.spec.commandLine().getOut().println("restored " + ClippingIds.plural(n, "clipping") + " from the trash"
                    + (notInTrash > 0 ? " (" + notInTrash + " not in the trash)" : ""));
            return ClipfileCommand.OK;
        }
    }
}
