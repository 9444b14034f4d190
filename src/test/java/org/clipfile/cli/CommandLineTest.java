package org.clipfile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's walkthrough, run through the real command line on real archive files. */
class CommandLineTest {
    @TempDir
    Path dir;


    Run run(String... args) {
        return Run.of(args);
    }

    Run in(Path archive, String... args) {
        return Run.in(archive, args);
    }

    @Test
    void aNewUsersWalkthroughFromTheReadme() throws Exception {
        Path archive = dir.resolve("archive.db");
        Run imported = in(archive, "import", "data");
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("7 clippings added, 0 duplicates, 0 rejected");

        Run again = in(archive, "import", "data", "--tag", "Batch/June");
        assertThat(again.out()).contains("0 clippings added, 7 duplicates");
        assertThat(in(archive, "list", "--tag", "batch").out()).contains("7 of 7 clippings");

        for (String q : List.of("Blinken", "vis-a-vis", "china's")) {
            assertThat(in(archive, "list", "-q", q).out()).as(q).contains("China’s Foreign Minister Qin Gang");
        }
        Run byDate = in(archive, "list", "--from", "2023-06-14", "--to", "2023-06-14");
        assertThat(byDate.out()).contains("China’s Foreign Minister Qin Gang").contains("1 of 1 clipping");
        String id = byDate.out().substring(1, byDate.out().indexOf(' ')).strip();

        assertThat(in(archive, "tag", id, "--add", "China-US/Taiwan", "--add", "Blinken").status()).isZero();
        assertThat(in(archive, "list", "--tag", "China-US").out()).contains("China’s Foreign Minister Qin Gang");
        assertThat(in(archive, "tags").out()).contains("China-US").contains("  Taiwan");
        Run shown = in(archive, "show", id, "-q", "vis-a-vis");
        assertThat(shown.out()).contains("2023-06-14  (day, from header)").contains("«vis-à-vis»");

        Path export = dir.resolve("taiwan.json");
        Run exported = in(archive, "export", "--tag", "China-US/Taiwan", "-o", export.toString());
        assertThat(exported.out()).contains("exported 2 clippings");
        assertThat(in(archive, "export", "--tag", "China-US/Taiwan", "-o", export.toString()).err()).contains("--force");

        Path empty = dir.resolve("empty.db");
        assertThat(in(empty, "import", export.toString()).out()).contains("2 clippings added");
        Path back = dir.resolve("back.json");
        in(empty, "export", "-o", back.toString());
        assertThat(clippingsOf(back)).isEqualTo(clippingsOf(export));
    }

    /** The clippings part of an export (the envelope's time and filter differ). */
    static String clippingsOf(Path export) throws Exception {
        String json = Files.readString(export, StandardCharsets.UTF_8);
        return json.substring(json.indexOf("\"clippings\""));
    }

    @Test
    void importReportsEachRejectedFileWithItsReasonAndStillImportsTheRest() throws Exception {
        Path folder = dir.resolve("in");
        Files.createDirectories(folder.resolve("sub"));
        Files.writeString(folder.resolve("good.txt"), " date 2023-06-14 A good clipping about Taiwan.");
        Files.writeString(folder.resolve("sub/also-good.md"), "# Heading\n\nBody text here.");
        Files.write(folder.resolve("empty.txt"), new byte[0]);
        Files.write(folder.resolve("binary.txt"), new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 1, 2, 3});
        Files.write(folder.resolve("latin1.txt"), "caf\u00e9 cr\u00e8me".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(folder.resolve("picture.png"), "not read");
        Files.writeString(folder.resolve(".hidden.txt"), "hidden");
        Path archive = dir.resolve("a.db");
        Run r = in(archive, "import", folder.toString(), dir.resolve("missing.txt").toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).contains("2 clippings added").contains("1 skipped");
        assertThat(r.err()).contains("empty.txt: empty file")
                .contains("binary.txt: a binary file, not text")
                .contains("latin1.txt: ")
                .contains("missing.txt: no such file or folder");
        assertThat(r.err()).doesNotContain("hidden").doesNotContain("Exception");
        assertThat(in(archive, "list").out()).contains("2 of 2 clippings");
    }

    @Test
    void usageErrorsExitWithTwoAndArchiveErrorsWithAClearMessage() throws Exception {
        assertThat(run("list", "--from", "June").status()).isEqualTo(2);
        assertThat(run("frobnicate").status()).isEqualTo(2);
        Path notAnArchive = dir.resolve("notes.txt");
        Files.writeString(notAnArchive, "hello");
        Run r = in(notAnArchive, "list");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).startsWith("clipfile: ").contains(notAnArchive.toString()).contains("not a Clipfile archive");
        assertThat(Files.readString(notAnArchive)).isEqualTo("hello");
    }

    @Test
    void addTagsRenameMergeDeleteAndTrash() {
        Path archive = dir.resolve("a.db");
        Run added = run("add", "--archive=" + archive, "data/qin-blinken-call-2023-06-14.txt", "--tag", "Taiwan", "--source", "AFP");
        assertThat(added.out()).startsWith("added #1");
        assertThat(in(archive, "rename-tag", "Taiwan", "China-US/Taiwan").out()).contains("renamed Taiwan to China-US/Taiwan");
        in(archive, "tag", "1", "--add", "Cross-Strait");
        assertThat(in(archive, "rename-tag", "cross-strait", "China-US/Taiwan").out()).contains("merged");
        assertThat(in(archive, "show", "1").out()).contains("Tags:    China-US/Taiwan").contains("Source:  AFP");
        assertThat(in(archive, "delete-tag", "China-US").out()).contains("it was on 1 clipping");
        assertThat(in(archive, "delete", "1").out()).contains("moved 1 clipping to the trash");
        assertThat(in(archive, "list").out()).contains("0 of 0 clippings");
        assertThat(in(archive, "list", "--trash").out()).contains("1 of 1 clipping in the trash");
        assertThat(in(archive, "empty-trash").status()).isEqualTo(1); // not done: waits for --yes
        assertThat(in(archive, "undelete", "1").out()).contains("restored 1");
        assertThat(in(archive, "stats").out()).contains("Clippings:  1").contains("2023-06");
    }

    @Test
    void listAsJsonForScripts() {
        Path archive = dir.resolve("a.db");
        in(archive, "import", "data");
        Run r = in(archive, "list", "-q", "台湾", "--format", "json");
        var rows = tools.jackson.databind.json.JsonMapper.builder().build().readTree(r.out());
        assertThat(rows.isArray()).isTrue();
        assertThat(rows.size()).isEqualTo(1);
        assertThat(rows.get(0).get("date").asString()).isEqualTo("2023-06-19");
        assertThat(rows.get(0).get("snippet").asString()).contains("«台湾»");
    }

    @Test
    void hostileQueriesGetResultsOrNotesNeverErrors() {
        Path archive = dir.resolve("a.db");
        in(archive, "import", "data");
        for (String q : List.of("\"", "AND", "*", "NEAR(", "-", "'); DROP TABLE x;--", "(".repeat(10_000))) {
            Run r = in(archive, "list", "-q", q);
            assertThat(r.status()).as(q.substring(0, Math.min(q.length(), 20))).isZero();
            assertThat(r.err()).doesNotContain("SQL").doesNotContain("Exception");
        }
        assertThat(in(archive, "list").out()).contains("7 of 7 clippings");
    }

    /** Every command's help renders cleanly: picocli says WARN on its own stream for a stray '%' in a description. */
    @org.junit.jupiter.api.Test
    void everyCommandsHelpRendersWithoutAWarning() {
        java.io.PrintStream before = System.err;
        java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
        try {
            System.setErr(new java.io.PrintStream(warnings, true, java.nio.charset.StandardCharsets.UTF_8));
            for (String command : ClipfileCommand.commandLine().getSubcommands().keySet()) {
                Run help = Run.of(command, "--help");
                org.assertj.core.api.Assertions.assertThat(help.status()).as(command).isZero();
                org.assertj.core.api.Assertions.assertThat(help.out()).as(command).contains("Usage: clipfile " + command);
            }
        } finally {
            System.setErr(before);
        }
        org.assertj.core.api.Assertions.assertThat(warnings.toString(java.nio.charset.StandardCharsets.UTF_8)).isEmpty();
    }
}
