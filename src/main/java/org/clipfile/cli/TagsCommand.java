package org.clipfile.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.clipfile.archive.Archive;
import org.clipfile.search.ClippingSearch;
import org.clipfile.search.TagNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "tags", description = "Print the tag tree; each count is the clippings under that tag (for the filter, if any).")
final class TagsCommand implements Callable<Integer> {
    @ParentCommand
    ClipfileCommand root;

    @Mixin
    FilterOptions filter;

    @Option(names = "--flat", description = "One full path per line.")
    boolean flat;

    @Override
    public Integer call() {
        try (Archive archive = root.openArchiveToRead()) {
            List<TagNode> tree = new ClippingSearch(archive).tagTree(filter.toFilter());
            PrintWriter out = root.spec.commandLine().getOut();
            if (tree.isEmpty()) {
                out.println("no tags yet");
            }
            print(out, tree, 0);
            return ClipfileCommand.OK;
        }
    }

    private void print(PrintWriter out, List<TagNode> nodes, int depth) {
        for (TagNode n : nodes) {
            String label = flat ? n.tag().path() : "  ".repeat(depth) + n.tag().name();
            out.printf("%-50s %7d%n", label, n.count());
            print(out, n.children(), depth + 1);
        }
    }
}
