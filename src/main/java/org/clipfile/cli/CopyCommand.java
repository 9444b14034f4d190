package org.clipfile.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.clipfile.archive.Archive;
import org.clipfile.archive.ArchiveAddress;
import org.clipfile.archive.ArchiveLocation;
import org.clipfile.copy.ArchiveCopy;
import org.clipfile.search.ClippingFilter;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "copy", description = {
        "Copy clippings between archives, file or team: --to puts this archive's clippings into another (a file onto"
                + " the team's server, say); --from brings another's into this one (a team archive, or the part the filters pick,"
                + " into your file).",
        "Ids, dates and their precision, tags, notes, trash and times arrive as they were. Run again after an interruption:"
                + " it adds only what is missing."})
final class CopyCommand implements Callable<Integer> {
    @ParentCommand
    ClipfileCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Direction direction;

    static final class Direction {
        @Option(names = "--to", paramLabel = "FILE|URL", required = true,
                description = "Copy this archive's clippings into FILE or postgresql://host:5432/database.")
        String to;

        @Option(names = "--from", paramLabel = "FILE|URL", required = true,
                description = "Copy the clippings of FILE or postgresql://host:5432/database into this archive.")
        String from;
    }

    @Mixin
    MatchOptions filter;

    @Option(names = "--published-from", paramLabel = "DATE", converter = DateBound.From.class,
            description = "Only clippings published on or after (YYYY-MM-DD, YYYY-MM or YYYY).")
    LocalDate from;

    @Option(names = "--published-to", paramLabel = "DATE", converter = DateBound.To.class,
            description = "Only clippings published on or before (YYYY-MM-DD, YYYY-MM or YYYY).")
    LocalDate to;

    @Override
    public Integer call() {
        ClippingFilter f = filter.toFilter(from, "--published-from", to, "--published-to");
        ArchiveAddress other = ArchiveLocation.address(direction.to != null ? direction.to : direction.from);
        ArchiveAddress here = root.archiveAddress();
        if (other.toString().equals(here.toString())) {
            throw new CommandLine.ParameterException(spec.commandLine(), "'" + other + "' is this archive itself; name another");
        }
        if (other instanceof ArchiveAddress.File file) {
            ClipfileCommand.requireFolderOf(file.path(), "the archive");
        }
        boolean pushing = direction.to != null;
        try (Archive source = pushing ? root.openArchiveToRead() : Archive.open(other, Archive.Options.READ_ONLY);
             Archive target = pushing ? Archive.open(other, Archive.Options.NO_DAILY_BACKUP) : root.openArchive()) {
            TerminalProgress progress = new TerminalProgress(root.err());
            ArchiveCopy.Result r = ArchiveCopy.copy(source, f, target, progress);
            progress.update(r.read(), r.read(), null);
            root.out().printf("copied %,d clipping%s from %s to %s (%,d added, %,d there already%s)%n", r.read(), r.read() == 1 ? "" : "s",
                    source.address(), target.address(), r.added(), r.alreadyThere(),
                    r.emptyTopics() == 0 ? "" : String.format("; %,d topic%s without clippings made", r.emptyTopics(), r.emptyTopics() == 1 ? "" : "s"));
            return ClipfileCommand.OK;
        }
    }
}
