package org.clipfile.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.clipfile.archive.Archive;
import org.clipfile.archive.TagStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "tag", description = "Add or remove tags on clippings, e.g. tag 12 13 --add China-US/Taiwan --remove Draft")
final class TagCommand implements Callable<Integer> {
    @ParentCommand
    ClipfileCommand root;

    @Parameters(paramLabel = "ID", arity = "1..*")
    List<Long> ids = new ArrayList<>();

    @Option(names = {"-a", "--add"}, paramLabel = "TAG", description = "Repeatable.")
    List<String> add = new ArrayList<>();

    @Option(names = {"-r", "--remove"}, paramLabel = "TAG", description = "Repeatable.")
    List<String> remove = new ArrayList<>();

    @Override
    public Integer call() {
        if (add.isEmpty() && remove.isEmpty()) {
            throw new IllegalArgumentException("say what to do: --add TAG and/or --remove TAG");
        }
        try (Archive archive = root.openArchive()) {
            TagStore tags = new TagStore(archive);
            var out = root.spec.commandLine().getOut();
            for (String t : add) {
                int n = tags.assign(ids, t);
                out.println("tagged " + n + " clipping" + (n == 1 ? "" : "s") + " with " + tags.find(t).orElseThrow().path());
            }
            for (String t : remove) {
                int n = tags.unassign(ids, t);
                out.println("removed " + t + " from " + n + " clipping" + (n == 1 ? "" : "s"));
            }
            return ClipfileCommand.OK;
        }
    }
}
