package org.clipfile.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.clipfile.archive.Archive;
import org.clipfile.archive.ArchiveException;
import org.clipfile.archive.ArchiveLocation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The command line: {@code java -jar clipfile.jar <command>}. Same services as the window. */
@Command(name = "clipfile", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, version = "Clipfile 0.1",
        description = "A desktop archive for news clippings. With no command, opens the window.",
        subcommands = {
                ImportCommand.class, AddCommand.class, ListCommand.class, ShowCommand.class,
                TagCommand.class, TagsCommand.class, RenameTagCommand.class, DeleteTagCommand.class,
                ExportCommand.class, StatsCommand.class, DeleteCommand.class, RestoreCommand.class,
                EmptyTrashCommand.class, BackupCommand.class, RestoreBackupCommand.class, CheckCommand.class,
                BenchCommand.class, CaptureQualityCommand.class, CommandLine.HelpCommand.class})
public final class ClipfileCommand implements Callable<Integer> {
    static final int OK = 0;
    static final int PARTIAL = 1;
    static final int FAILED = 1;

    @Option(names = "--archive", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "The archive file (default: $CLIPFILE_ARCHIVE, else the archive in your data folder).")
    Path archive;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return OK;
    }

    Path archivePath() {
        return archive != null ? archive : ArchiveLocation.defaultArchive();
    }

    Archive openArchive() {
        Archive archive = Archive.open(archivePath());
        for (String note : archive.notes()) {
            spec.commandLine().getErr().println("note: " + note); // e.g. the daily backup could not be made
        }
        return archive;
    }

    /** Runs the command line; returns the exit status (0 ok, 1 failed or partly failed, 2 usage error). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new ClipfileCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof ArchiveException || ex instanceof IllegalArgumentException || ex instanceof java.io.IOException) {
                commandLine.getErr().println("clipfile: " + message(ex));
                return FAILED;
            }
            throw ex;
        });
        return cli.execute(args);
    }

    static String message(Throwable e) {
        if (e instanceof java.nio.file.FileAlreadyExistsException f) {
            return f.getFile() + " already exists (use --force to replace it)";
        }
        if (e instanceof java.nio.file.NoSuchFileException f) {
            return "no such file: " + f.getFile();
        }
        if (e instanceof java.nio.file.AccessDeniedException f) {
            return "permission denied: " + f.getFile();
        }
        return e.getMessage();
    }
}
