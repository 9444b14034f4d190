package org.clipfile.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.clipfile.archive.Archive;
import org.clipfile.archive.Clipping;
import org.clipfile.archive.ClippingStore;
import org.clipfile.search.Highlighter;
import org.clipfile.search.SearchQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "show", description = "Show one clipping in full.")
final class ShowCommand implements Callable<Integer> {
    @ParentCommand
    ClipfileCommand root;

    @Parameters(paramLabel = "ID")
    long id;

    @Option(names = {"-q", "--query"}, description = "Highlight the matches of this search in «».")
    String query;

    @Override
    public Integer call() {
        try (Archive archive = root.openArchiveToRead()) {
            PrintWriter out = root.spec.commandLine().getOut();
            Clipping c = new ClippingStore(archive).get(id).orElse(null);
            if (c == null) {
                root.spec.commandLine().getErr().println("clipfile: no clipping #" + id);
                return ClipfileCommand.FAILED;
            }
            SearchQuery q = SearchQuery.parse(query);
            out.println("#" + c.id() + (c.inTrash() ? "  (in the trash)" : ""));
            out.println("Title:   " + Rendering.highlight(c.title(), Highlighter.find(c.title(), q)));
            out.println("Date:    " + (c.date() == null ? "undated" : c.date().iso() + "  (" + c.date().precision().key()
                    + ", from " + c.date().origin().key() + ")"));
            print(out, "Source:  ", c.source());
            print(out, "URL:     ", c.url());
            print(out, "Author:  ", c.author());
            out.println("Tags:    " + (c.tags().isEmpty() ? "-" : String.join(", ", c.tags())));
            out.println("Added:   " + c.addedAt() + (c.addedBy() == null ? "" : "  by " + c.addedBy()));
            if (c.changedBy() != null || !c.updatedAt().equals(c.addedAt())) {
                out.println("Changed: " + c.updatedAt() + (c.changedBy() == null ? "" : "  by " + c.changedBy()));
            }
            out.println();
            out.println(Rendering.highlight(c.text(), Highlighter.find(c.text(), q)));
            if (!c.notes().isBlank()) {
                out.println();
                out.println("Notes:");
                out.println(Rendering.highlight(c.notes(), Highlighter.find(c.notes(), q)));
            }
            return ClipfileCommand.OK;
        }
    }

    private static void print(PrintWriter out, String label, String value) {
        if (value != null) {
            out.println(label + value);
        }
    }
}
