package org.clipfile.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.clipfile.archive.Backups;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code restore}: the archive from a backup. (Clippings come back from the trash with {@code undelete}.) */
@Command(name = "restore", description = {
        "Replace the archive with a backup: FILE, or the newest automatic one with --latest.",
        "The backup is checked first, and the current archive is kept as a 'before-restore' backup.",
        "Close the window first. To bring clippings back from the trash, use 'undelete'."})
final class RestoreBackupCommand implements Callable<Integer> {
    @ParentCommand
    ClipfileCommand root;

    static final class Source {
        @Parameters(paramLabel = "FILE", description = "The backup to restore.")
        Path file;

        @Option(names = "--latest", description = "The newest backup in the archive's backup folder.")
        boolean latest;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--yes", description = "Confirm: without it nothing is changed (exit status 1).")
    boolean yes;

    @Override
    public Integer call() {
        Path archive = root.archivePath().toAbsolutePath().normalize();
        PrintWriter err = root.spec.commandLine().getErr();
        Path backup;
        if (source.latest) {
            backup = Backups.latest(archive).map(Backups.Backup::file).orElseThrow(() -> new IllegalArgumentException(
                    "no backup of " + archive + " in " + Backups.folderOf(archive)));
        } else {
            backup = source.file.toAbsolutePath().normalize();
        }
        Backups.verifyBackup(backup); // say what is wrong with the backup before asking to confirm
        if (!yes) {
            err.println("clipfile: restore replaces " + archive + " with " + backup
                    + " (the current archive is kept as a backup); nothing was changed: run it again with --yes to confirm");
            return ClipfileCommand.FAILED;
        }
        Backups.RestoreResult r = Backups.restore(archive, backup);
        PrintWriter out = root.spec.commandLine().getOut();
        out.println("restored " + r.archive() + " from " + r.restoredFrom());
        r.previousState().ifPresent(p -> out.println("the archive as it was before is kept in " + p));
        return ClipfileCommand.OK;
    }
}
