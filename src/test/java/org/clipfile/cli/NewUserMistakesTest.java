package org.clipfile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clipfile.archive.Backups;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The command line tried as a new user would: every mistake gets a plain sentence that names the
 * value and the right exit status (2 the command line is wrong, 1 not done), and changes nothing.
 */
class NewUserMistakesTest {
    @TempDir
    Path dir;

    Path archive;

    record Run(int status, String out, String err) {
        String all() {
            return out + err;
        }
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = ClipfileCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(status, out.toString(), err.toString());
    }

    Run in(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "--archive=" + archive;
        System.arraycopy(args, 0, all, 1, args.length);
        return run(all);
    }

    @BeforeEach
    void importTheSamples() {
        archive = dir.resolve("archive.db");
        Run imported = in("import", "data", "--quiet");
        assertThat(imported.status()).as(imported.err()).isZero();
    }

    @Test
    void anIdWithoutAClippingIsNamedAndNothingIsCreated() {
        Run tag = in("tag", "999999", "--add", "X");
        assertThat(tag.status()).isEqualTo(1);
        assertThat(tag.err()).contains("clipfile: no clipping #999999").doesNotContain("tagged");
        assertThat(in("tags", "--flat").out()).doesNotContain("X ");

        Run twoMissing = in("tag", "1", "999998", "999999", "--add", "Y");
        assertThat(twoMissing.status()).isEqualTo(1);
        assertThat(twoMissing.err()).contains("no clippings #999998, #999999");
        assertThat(in("show", "1").out()).doesNotContain("Y");

        for (String command : List.of("delete", "undelete")) {
            Run r = in(command, "999999");
            assertThat(r.status()).as(command).isEqualTo(1);
            assertThat(r.err()).as(command).contains("no clipping #999999").doesNotContain("moved").doesNotContain("restored");
        }
        assertThat(in("list").out()).contains("7 of 7 clippings");
    }

    @Test
    void aMissingFolderIsAnErrorAndANewArchiveIsAnnounced() {
        Path nowhere = dir.resolve("no/such/dir");
        Run list = run("--archive", nowhere.resolve("x.db").toString(), "list");
        assertThat(list.status()).isEqualTo(1);
        assertThat(list.err()).contains("there is no folder " + nowhere).contains("nothing was created");
        assertThat(dir.resolve("no")).doesNotExist();

        Run export = in("export", "-o", nowhere.resolve("x.json").toString());
        assertThat(export.status()).isEqualTo(1);
        assertThat(export.err()).contains("there is no folder " + nowhere);
        assertThat(dir.resolve("no")).doesNotExist();

        Run backup = in("backup", nowhere.resolve("copy.db").toString());
        assertThat(backup.status()).isEqualTo(1);
        assertThat(dir.resolve("no")).doesNotExist();

        Path fresh = dir.resolve("fresh.db");
        Run created = run("--archive", fresh.toString(), "list");
        assertThat(created.status()).isZero();
        assertThat(created.err()).contains("created new archive " + fresh);
        assertThat(created.out()).contains("0 of 0 clippings").doesNotContain("created");
        assertThat(run("--archive", fresh.toString(), "list").err()).doesNotContain("created");
    }

    @Test
    void valuesThatCannotBeRightAreUsageErrors() {
        Run limit = in("list", "--limit", "-1");
        assertThat(limit.status()).isEqualTo(2);
        assertThat(limit.err()).contains("--limit must be 1 or more").doesNotContain(" of 7");
        assertThat(in("list", "--offset", "-3").status()).isEqualTo(2);

        Run backwards = in("list", "--from", "2023-06-20", "--to", "2023-06-14");
        assertThat(backwards.status()).isEqualTo(2);
        assertThat(backwards.err()).contains("--from 2023-06-20 is after --to 2023-06-14");
        assertThat(in("export", "--from", "2024", "--to", "2023", "-o", dir.resolve("e.json").toString()).status()).isEqualTo(2);
        assertThat(dir.resolve("e.json")).doesNotExist();
    }

    @Test
    void exitStatusesAreConsistent() {
        Run tag = in("tag", "4");
        assertThat(tag.status()).as("usage error").isEqualTo(2);
        assertThat(tag.err()).contains("--add TAG, --remove TAG, or both");

        Run backup = in("backup");
        assertThat(backup.status()).as("usage error").isEqualTo(2);
        assertThat(backup.err()).contains("name the backup FILE, or use --list");

        in("tag", "1", "--add", "Kept"); // the day's first change: its backup exists now
        assertThat(Backups.latest(archive)).isPresent();
        Run unconfirmed = in("restore", "--latest");
        assertThat(unconfirmed.status()).as("not done, waiting for --yes").isEqualTo(1);
        assertThat(unconfirmed.err()).contains("--yes").contains("nothing was changed");
        Run trash = in("empty-trash");
        assertThat(trash.status()).as("not done, waiting for --yes").isEqualTo(1);
        assertThat(trash.err()).contains("--yes");
    }

    @Test
    void messagesArePlainSentencesInOneStyle() {
        Run show = in("show", "abc");
        assertThat(show.status()).isEqualTo(2);
        assertThat(show.err()).startsWith("clipfile: ID: 'abc' is not a whole number").doesNotContain("long");

        Run restore = in("restore");
        assertThat(restore.status()).isEqualTo(2);
        assertThat(restore.err()).startsWith("clipfile: missing FILE or --latest").doesNotContain("Error:");

        Run unknown = in("lisst");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("clipfile: unknown command 'lisst'").contains("list");

        Run empty = withStdin("   \n", () -> in("add"));
        assertThat(empty.status()).isEqualTo(1);
        assertThat(empty.err()).startsWith("clipfile: nothing to add: the clipping is empty").doesNotContain("The clipping");

        for (Run r : List.of(show, restore, unknown, empty, in("list", "--limit", "x"), in("list", "--sort", "size"))) {
            String first = r.err().lines().findFirst().orElse("");
            assertThat(first).as(r.err()).startsWith("clipfile: ").doesNotEndWith(".").doesNotContain("Exception");
            String said = first.substring("clipfile: ".length());
            assertThat(Character.isUpperCase(said.charAt(0)) && Character.isLowerCase(said.charAt(1))).as("no capital: " + first).isFalse();
        }
    }

    @Test
    void helpListsEveryCommandAndEachHelpWorks() {
        Run help = run("--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("screenshot").contains("window-bench").contains("Exit status");

        CommandLine cli = ClipfileCommand.commandLine();
        for (var sub : cli.getSubcommands().entrySet()) {
            Run r = run(sub.getKey(), "--help");
            assertThat(r.status()).as(sub.getKey() + " --help: " + r.err()).isZero();
            assertThat(r.out()).as(sub.getKey()).contains("Usage:");
            String[] description = sub.getValue().getCommandSpec().usageMessage().description();
            assertThat(description).as(sub.getKey()).isNotEmpty();
            assertThat(description[0]).as("%s's summary is a whole sentence", sub.getKey()).endsWith(".");
        }
        assertThat(run("bench", "--help").out()).doesNotContain("--archive");
        assertThat(run("window-bench", "--help").out()).contains("--query").contains("--archive");
    }

    @Test
    void readingCommandsDoNotTalkAboutTheDailyBackupAndChangesSayItOnceOnStandardError() throws Exception {
        // The samples were imported into a new, empty archive: no backup yet today.
        assertThat(Backups.latest(archive)).isEmpty();
        Run list = in("list");
        assertThat(list.all()).doesNotContainIgnoringCase("daily backup");
        assertThat(Backups.latest(archive)).as("taken all the same").isPresent();

        for (Backups.Backup b : Backups.list(archive)) {
            Files.delete(b.file());
        }
        Run tag = in("tag", "1", "--add", "Seen");
        assertThat(tag.out()).doesNotContainIgnoringCase("backup");
        assertThat(tag.err().split("daily backup", -1)).hasSize(2);
        assertThat(in("tag", "2", "--add", "Seen").err()).doesNotContainIgnoringCase("backup");
    }

    @Test
    void listPadsChineseTitlesByDisplayWidth() {
        List<String> rows = in("list").out().lines().filter(l -> l.startsWith("#")).toList();
        var json = tools.jackson.databind.json.JsonMapper.builder().build().readTree(in("list", "--format", "json").out());
        assertThat(rows).hasSize(json.size());
        assertThat(rows).anyMatch(l -> l.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        for (int i = 0; i < rows.size(); i++) {
            // "#id(6) date(10)  title(70 columns)  source(20 columns at most)"
            String source = json.get(i).get("source").isNull() ? "" : Rendering.cut(json.get(i).get("source").asString(), 20);
            assertThat(Rendering.width(rows.get(i))).as(rows.get(i)).isEqualTo(1 + 6 + 1 + 10 + 2 + 70 + 2 + Rendering.width(source));
        }
        assertThat(Rendering.pad("台湾问题与中美关系", 10)).isEqualTo("台湾问题… ");
        assertThat(Rendering.width(Rendering.pad("Blinken", 10))).isEqualTo(10);
        assertThat(Rendering.width("vis-à-vis")).isEqualTo(9);
    }

    private static Run withStdin(String text, java.util.function.Supplier<Run> action) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        try {
            return action.get();
        } finally {
            System.setIn(before);
        }
    }
}
