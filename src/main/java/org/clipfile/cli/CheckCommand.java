package org.clipfile.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.clipfile.archive.Archive;
import org.clipfile.archive.ArchiveCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "check", description = {
        "Verify the archive: the database file, links between records, the tag tree, the search index.",
        "Repairs what can be rebuilt from the clippings (tag tree, search index); for a damaged file it names the backup to restore.",
        "Exit status: 0 healthy (perhaps after repairs), 1 problems remain."})
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    ClipfileCommand root;

    @Option(names = "--no-repair", description = "Only report; change nothing.")
    boolean noRepair;

    @Option(names = "--rebuild-index", description = "Rebuild the search index even if it looks sound.")
    boolean rebuildIndex;

    @Override
    public Integer call() {
        // No daily backup: a damaged archive must still reach the check that explains it.
        Archive.Options options = noRepair ? Archive.Options.READ_ONLY : Archive.Options.NO_DAILY_BACKUP;
        try (Archive archive = Archive.open(root.archiveAddress(), options)) {
            ArchiveCheck check = new ArchiveCheck(archive);
            ArchiveCheck.Report report = check.run(!noRepair);
            PrintWriter out = root.spec.commandLine().getOut();
            report.lines().forEach(out::println);
            if (rebuildIndex && !noRepair && report.healthy()) {
                check.rebuildSearchIndex();
                out.println("rebuilt the search index");
            }
            return report.healthy() ? ClipfileCommand.OK : ClipfileCommand.FAILED;
        }
    }
}
