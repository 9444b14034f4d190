package org.clipfile.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.clipfile.archive.Archive;
import org.clipfile.search.ArchiveStats;
import org.clipfile.search.ClippingSearch;
import org.clipfile.search.MonthCount;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "stats", description = "Counts, the date span, and clippings per month.")
final class StatsCommand implements Callable<Integer> {
    @ParentCommand
    ClipfileCommand root;

    @Override
    public Integer call() {
        try (Archive archive = root.openArchiveToRead()) {
            ArchiveStats s = new ClippingSearch(archive).stats();
            PrintWriter out = root.spec.commandLine().getOut();
            out.println("Archive:    " + archive.address());
            out.println("Clippings:  " + s.clippings() + " (" + s.undated() + " undated, " + s.yearOnly() + " dated by year only)");
            out.println("In trash:   " + s.inTrash());
            out.println("Tags:       " + s.tags());
            out.println("Published:  " + (s.earliest() == null ? "-" : s.earliest() + " to " + s.latest()));
            if (!s.perMonth().isEmpty()) {
                out.println();
                long max = s.perMonth().stream().mapToLong(MonthCount::count).max().orElse(1);
                for (MonthCount m : s.perMonth()) {
                    int bar = (int) Math.max(1, Math.round(40.0 * m.count() / max));
                    out.printf("%s %6d %s%n", m.month(), m.count(), "#".repeat(bar));
                }
            }
            return ClipfileCommand.OK;
        }
    }
}
