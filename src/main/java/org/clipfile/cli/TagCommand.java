package org.clipfile.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.clipfile.archive.Archive;
import org.clipfile.archive.TagStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "tag", description = {"Add or remove tags on clippings.", "For example: tag 12 13 --add China-US/Taiwan --remove Draft"})
final class TagCommand implements Callable<Integer> {
    @ParentCommand
    ClipfileCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "ID", arity = "1..*")
    List<Long> ids = new ArrayList<>();

    @Option(names = {"-a", "--add"}, paramLabel = "TAG", description = "Repeatable.")
    List<String> add = new ArrayList<>();

    @Option(names = {"-r", "--remove"}, paramLabel = "TAG", description = "Repeatable.")
    List<String> remove = new ArrayList<>();

    @Override
    public Integer call() {
        if (add.isEmpty() && remove.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "say what to do: --add TAG, --remove TAG, or both");
        }
        try (Archive archive = root.openArchive()) {
            ClippingIds.require(archive, ids);
            TagStore tags = new TagStore(archive);
            var out = root.spec.commandLine().getOut();
            for (String t : add) {
                int n = tags.assign(ids, t);
                out.println("tagged " + ClippingIds.plural(n, "clipping") + " with " + tags.find(t).orElseThrow().path());
            }
            for (String t : remove) {
                int n = tags.unassign(ids, t);
                out.println("removed " + t + " from " + ClippingIds.plural(n, "clipping"));
            }
            return ClipfileCommand.OK;
        }
    }
}
