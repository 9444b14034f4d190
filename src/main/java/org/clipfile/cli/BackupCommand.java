package org.clipfile.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.clipfile.archive.Archive;
import org.clipfile.archive.Backups;
import org.clipfile.copy.ArchiveCopy;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "backup", description = {
        "Copy the archive to FILE: a consistent snapshot, even while the window is open; 'restore FILE' brings it back.",
        "With --list, show the automatic backups kept beside the archive (folder 'backups': one a day, the last "
                + Backups.KEEP_DAILY + " kept, plus one before each format upgrade and each restore)."})
final class BackupCommand implements Callable<Integer> {
    @ParentCommand
    ClipfileCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "Where to write the copy.")
    Path target;

    @Option(names = "--force", description = "Replace an existing FILE.")
    boolean force;

    @Option(names = "--list", description = "List the automatic backups, newest first.")
    boolean list;

    @Override
    public Integer call() {
        PrintWriter out = root.spec.commandLine().getOut();
        if (list) {
            List<Backups.Backup> backups = Backups.list(root.archivePath());
            for (Backups.Backup b : backups) {
                out.printf("%s  %-22s %,14d bytes  %s%n", b.taken(), b.reason(), b.bytes(), b.file());
            }
            out.println(backups.size() + " backup" + (backups.size() == 1 ? "" : "s") + " in " + Backups.folderOf(root.archivePath()));
            return ClipfileCommand.OK;
        }
        if (target == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "name the backup FILE, or use --list");
        }
        ClipfileCommand.requireFolderOf(target, "the backup");
        // No daily backup on the way: the analyst is making one right now.
        try (Archive archive = Archive.open(root.archiveAddress(), Archive.Options.NO_DAILY_BACKUP)) {
            ArchiveCopy.Backup b = ArchiveCopy.backup(archive, target, force, new TerminalProgress(root.err()));
            if (b.fromServer()) {
                out.printf("backed up %s to %s (%,d clippings; open it with --archive, or put it back with 'clipfile copy --to')%n",
                        archive.address(), b.file(), b.clippings());
            } else {
                out.printf("backed up %s to %s (%,d bytes)%n", archive.file(), b.file(), b.bytes());
            }
            return ClipfileCommand.OK;
        }
    }
}
