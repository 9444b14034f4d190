package org.clipfile.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import org.clipfile.Version;
import org.clipfile.archive.Archive;
import org.clipfile.archive.ArchiveAddress;
import org.clipfile.archive.ArchiveException;
import org.clipfile.archive.ArchiveLocation;
import org.clipfile.logging.ErrorLog;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The command line: {@code clipfile <command>}. Same services as the window.
 *
 * <p>Exit status, the same for every command: {@value #OK} done; {@value #FAILED} not done, or only
 * partly (an error, rejected files, a change that waits for {@code --yes}); {@value #USAGE} the command
 * line itself is wrong (unknown option, a value that cannot be right, something missing).
 */
@Command(name = "clipfile", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, versionProvider = ClipfileCommand.VersionText.class,
        description = "A desktop archive for news clippings. With no command, opens the window.",
        footer = {"", "Exit status: 0 done; 1 not done or only partly (an error, rejected files, a change that waits for --yes);"
                + " 2 the command line is wrong.", "Run 'clipfile COMMAND --help' for a command's options."},
        subcommands = {
                ImportCommand.class, AddCommand.class, ListCommand.class, ShowCommand.class,
                TagCommand.class, TagsCommand.class, RenameTagCommand.class, DeleteTagCommand.class,
                ExportCommand.class, StatsCommand.class, DeleteCommand.class, RestoreCommand.class,
                EmptyTrashCommand.class, BackupCommand.class, CopyCommand.class, RestoreBackupCommand.class, CheckCommand.class,
                ScreenshotCommand.class})
public final class ClipfileCommand implements Callable<Integer> {
    public static final int OK = 0;
    static final int PARTIAL = 1;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    @Option(names = "--archive", paramLabel = "FILE|URL", scope = ScopeType.INHERIT,
            description = "The archive: a file, or a team archive on a server as postgresql://host:5432/database"
                    + " (default: $CLIPFILE_ARCHIVE, else archive.db in your data folder)."
                    + " A new archive file is made only in a folder that exists.")
    String archive;

    @Spec
    CommandLine.Model.CommandSpec spec;

    /** Where the commands write: standard output, or what a test passed in. */
    public PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Where progress and messages go: standard error, or what a test passed in. */
    public PrintWriter err() {
        return spec.commandLine().getErr();
    }

    static final class VersionText implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Clipfile " + Version.current()};
        }
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return OK;
    }

    /**
     * The archive the command works on. The data folder of the default archive is made on first use;
     * a folder named by {@code --archive} or {@code $CLIPFILE_ARCHIVE} must exist already, so a typo
     * does not quietly start a second archive somewhere else.
     */
    public ArchiveAddress archiveAddress() {
        ArchiveAddress address = ArchiveLocation.address(archive);
        if (address instanceof ArchiveAddress.File f && isNamed()) {
            requireFolderOf(f.path(), "the archive");
        }
        return address;
    }

    /**
     * The archive's file, for the commands that work on files (their automatic backups, a restore).
     *
     * @throws ArchiveException for a team archive, saying what to do instead
     */
    public Path archivePath() {
        if (archiveAddress() instanceof ArchiveAddress.File f) {
            return f.path();
        }
        throw new ArchiveException("A team archive on a server has no backup files beside it: its server keeps it"
                + " (ask its administrator), and 'clipfile backup FILE' writes a copy of it into a file");
    }

    /** The archive as typed, to hand to another process (the window's screenshot) unchanged. */
    public String archiveArgument() {
        return archive != null ? archive : archiveAddress().toString();
    }

    private boolean isNamed() {
        return archive != null || ArchiveLocation.namedArchive().isPresent();
    }

    /** A file the command is to write must go into a folder that exists (nothing makes folders on a guess). */
    static void requireFolderOf(Path file, String what) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new ArchiveException("there is no folder " + parent + " for " + what + " " + file
                    + "; nothing was created (make the folder first, or name another)");
        }
    }

    /** Opens the archive for a command that changes it: says when it was made, and what its day's backup did. */
    Archive openArchive() {
        return open(true);
    }

    /** Opens the archive for a command that only reads: the day's backup is taken without a word (a failed one is still told). */
    Archive openArchiveToRead() {
        return open(false);
    }

    private Archive open(boolean tellBackup) {
        // A file named on the command line may come from anywhere: SQLite checks it before first use.
        Archive opened = Archive.open(archiveAddress(), isNamed() ? Archive.Options.DEFAULT.checkingFirst() : Archive.Options.DEFAULT);
        PrintWriter err = spec.commandLine().getErr();
        if (opened.wasCreated()) {
            err.println("note: created new " + (opened.isShared() ? "team archive " : "archive ") + opened.address());
        }
        for (String note : opened.notes()) {
            if (tellBackup || !Archive.isDailyBackupNote(note)) {
                err.println("note: " + Sentences.plain(note));
            }
        }
        return opened;
    }

    /** Every command: the product's, then the tools found through {@link ToolCommands}, then {@code help}. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new ClipfileCommand());
        for (ToolCommands tools : ServiceLoader.load(ToolCommands.class)) {
            tools.commands().forEach(cli::addSubcommand);
        }
        cli.addSubcommand(new CommandLine.HelpCommand());
        return cli;
    }

    /** Runs the command line; returns the exit status (0 done, 1 not done or partly, 2 usage error). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        Converters.register(cli);
        // The benchmarks build their own archives: --archive would only mislead in their help.
        for (String name : new String[] {"bench"}) {
            CommandLine.Model.CommandSpec sub = cli.getSubcommands().get(name).getCommandSpec();
            sub.remove(sub.findOption("--archive"));
        }
        cli.setParameterExceptionHandler((ex, arguments) -> {
            CommandLine failed = ex.getCommandLine();
            PrintWriter e = failed.getErr();
            e.println("clipfile: " + UsageMessages.of(ex));
            e.println("Run '" + failed.getCommandSpec().qualifiedName() + " --help' for how to use it.");
            return USAGE;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof ArchiveException || ex instanceof IllegalArgumentException || ex instanceof java.io.IOException
                    || ex instanceof java.io.UncheckedIOException) {
                ErrorLog.record("clipfile " + String.join(" ", args), ex);
                commandLine.getErr().println("clipfile: " + Sentences.plain(message(ex)));
                return FAILED;
            }
            ErrorLog.record("clipfile " + String.join(" ", args), ex);
            commandLine.getErr().println("clipfile: unexpected error (" + ex.getClass().getSimpleName() + ")"
                    + (ex.getMessage() == null ? "" : ": " + ex.getMessage()) + ErrorLog.whereDetailsAre());
            return FAILED;
        });
        return cli.execute(args);
    }

    static String message(Throwable e) {
        Throwable t = e instanceof java.io.UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
        if (t instanceof java.nio.file.FileAlreadyExistsException f) {
            return f.getFile() + " already exists (use --force to replace it)";
        }
        if (t instanceof java.nio.file.NoSuchFileException f) {
            return "no such file: " + f.getFile();
        }
        if (t instanceof java.nio.file.AccessDeniedException f) {
            return "permission denied: " + f.getFile();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
