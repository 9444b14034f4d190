package org.clipfile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.clipfile.archive.ArchiveAddress;
import org.clipfile.testing.PostgresExtension;
import org.clipfile.testing.PostgresServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The README's walkthrough on a team archive, through the real command line; copying both ways; roles. */
@ExtendWith(PostgresExtension.class)
class TeamArchiveCommandsTest {
    @TempDir
    Path dir;
    PostgresServer server;
    ArchiveAddress.Server team;


    @BeforeEach
    void database(PostgresServer pg) {
        server = pg;
        team = pg.newDatabase();
    }

    Run run(String... args) {
        return Run.of(args);
    }

    Run in(Object archive, String... args) {
        return Run.in(archive, args);
    }

    @Test
    void theWalkthroughWorksOnATeamArchive() {
        Run imported = in(team, "import", "data");
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.err()).contains("created new team archive " + team);
        assertThat(imported.out()).contains("7 clippings added, 0 duplicates, 0 rejected");
        assertThat(in(team, "import", "data").out()).contains("0 clippings added, 7 duplicates");
        for (String q : List.of("Blinken", "vis-a-vis", "china's")) {
            assertThat(in(team, "list", "-q", q).out()).as(q).contains("China’s Foreign Minister Qin Gang");
        }
        Run byDate = in(team, "list", "--from", "2023-06-14", "--to", "2023-06-14");
        String id = byDate.out().substring(1, byDate.out().indexOf(' ')).strip();
        assertThat(in(team, "tag", id, "--add", "China-US/Taiwan").status()).isZero();
        assertThat(in(team, "tags").out()).contains("China-US").contains("  Taiwan");
        assertThat(in(team, "show", id, "-q", "vis-a-vis").out()).contains("«vis-à-vis»").contains("by postgres");
        assertThat(in(team, "delete", id).status()).isZero();
        assertThat(in(team, "list", "--trash").out()).contains("China’s Foreign Minister Qin Gang");
        Run restored = in(team, "undelete", id);
        assertThat(restored.status()).as(restored.err()).isZero();
        Run check = in(team, "check");
        assertThat(check.status()).as(check.out() + check.err()).isZero();
        assertThat(check.out()).contains("7 clippings, no problems");
        assertThat(in(team, "stats").out()).contains(team.toString());
        Path export = dir.resolve("team.json");
        assertThat(in(team, "export", "-o", export.toString()).out()).contains("exported 7 clippings");
    }

    @Test
    void aFileArchiveGoesToTheServerAndComesBackWhole() throws Exception {
        Path mine = dir.resolve("mine.db");
        assertThat(in(mine, "import", "data", "--tag", "Desk/June").status()).isZero();
        in(mine, "delete", "3");
        try (org.clipfile.archive.Archive file = org.clipfile.archive.Archive.open(mine)) {
            new org.clipfile.archive.TagStore(file).create("Desk/Ideas/Later"); // a topic made ahead of its clippings
        }
        Path before = dir.resolve("before.json");
        in(mine, "export", "-o", before.toString());

        Run pushed = in(mine, "copy", "--to", team.toString());
        assertThat(pushed.status()).as(pushed.err()).isZero();
        assertThat(pushed.out()).contains("copied 7 clippings").contains("7 added, 0 there already; 2 topics without clippings made");
        assertThat(in(mine, "copy", "--to", team.toString()).out()).as("again: nothing twice").contains("0 added, 7 there already");

        Path back = dir.resolve("back.db");
        Run pulled = in(back, "copy", "--from", team.toString());
        assertThat(pulled.status()).as(pulled.err()).isZero();
        Path after = dir.resolve("after.json");
        in(back, "export", "-o", after.toString());
        // Who: the file named no one; on the server the clippings were added by the login that copied them.
        assertThat(CommandLineTest.clippingsOf(after)).contains("\"addedBy\":\"postgres\"");
        assertThat(withoutWho(CommandLineTest.clippingsOf(after))).as("ids, dates, tags, notes, times")
                .isEqualTo(withoutWho(CommandLineTest.clippingsOf(before)));
        assertThat(in(back, "list", "--trash").out()).contains("1 of 1 clipping");
        assertThat(pulled.out()).contains("2 topics without clippings made");
        assertThat(in(back, "tags").out()).as("the whole tree came back").contains("Ideas").contains("Later");

        Path part = dir.resolve("part.db");
        assertThat(in(part, "copy", "--from", team.toString(), "-q", "vis-a-vis").out()).contains("copied 1 clipping")
                .doesNotContain("topics without clippings");
        assertThat(in(part, "tags").out()).as("a part brings its clippings' topics only").doesNotContain("Later");

        Path snapshot = dir.resolve("snapshot.db");
        Run backup = in(team, "backup", snapshot.toString());
        assertThat(backup.status()).as(backup.err()).isZero();
        assertThat(in(snapshot, "list").out()).contains("6 of 6 clippings");
        assertThat(in(snapshot, "tags").out()).as("a team archive's backup keeps its whole tree").contains("Later");
        assertThat(in(team, "backup", snapshot.toString()).err()).contains("exists already").contains("--force");
    }

    static String withoutWho(String json) {
        return json.replaceAll("\"(addedBy|changedBy)\":(null|\"[^\"]*\"),", "");
    }

    @Test
    void aReadOnlyLoginBrowsesButEveryWriteIsRefusedWithASentence() {
        assertThat(in(team, "import", "data").status()).isZero();
        server.admin(team.database(), "CREATE ROLE reader LOGIN", "GRANT pg_read_all_data TO reader",
                "CREATE ROLE analyst LOGIN", "GRANT pg_read_all_data, pg_write_all_data TO analyst");
        ArchiveAddress.Server reader = server.address(team.database(), "reader");
        assertThat(in(reader, "list", "-q", "Blinken").out()).contains("China’s Foreign Minister Qin Gang");
        assertThat(in(reader, "export", "-o", dir.resolve("r.json").toString()).status()).isZero();
        for (String[] write : List.of(new String[] {"tag", "1", "--add", "X"}, new String[] {"delete", "1"},
                new String[] {"import", "data"}, new String[] {"rename-tag", "China-US", "Sino-US"})) {
            Run refused = in(reader, write);
            assertThat(refused.status()).as(String.join(" ", write)).isEqualTo(1);
            assertThat(refused.err()).as(String.join(" ", write)).contains("may only read the team archive").contains("nothing was changed")
                    .doesNotContain("Exception").doesNotContain("ERROR:");
        }
        assertThat(in(team, "list").out()).contains("7 of 7 clippings");
        // The login, not the files: said once, not once for each of the folder's seven files.
        Run importing = in(reader, "import", "data");
        assertThat(importing.err().split("may only read", -1)).as(importing.err()).hasSize(2);
        assertThat(importing.err()).doesNotContain("rejected:");

        ArchiveAddress.Server analyst = server.address(team.database(), "analyst");
        assertThat(in(analyst, "tag", "1", "--add", "Desk").status()).isZero();
        assertThat(in(analyst, "import", dir.toString()).status()).isZero();
    }

    /** The statements and commands of src/docs/team-archive.md, "Setting up a desk", as written there. */
    @Test
    void theDeskRecipeOfTheDocs() throws Exception {
        String doc = java.nio.file.Files.readString(Path.of("src/docs/team-archive.md"));
        String sql = doc.substring(doc.indexOf("```sql") + 6, doc.indexOf("```", doc.indexOf("```sql") + 6));
        List<String> statements = new java.util.ArrayList<>();
        for (String statement : sql.replaceAll("(?m)^--.*$", "").split(";")) {
            if (!statement.isBlank()) {
                statements.add(statement.strip().replace("clippings_owner", "owner_" + team.database())
                        .replace("DATABASE clippings", "DATABASE desk_" + team.database())
                        .replace("ROLE anna", "ROLE anna_" + team.database()).replace("ROLE ben", "ROLE ben_" + team.database()));
            }
        }
        assertThat(statements).hasSize(4);
        server.admin("postgres", statements.toArray(String[]::new));
        String desk = "desk_" + team.database();
        ArchiveAddress.Server owner = server.address(desk, "owner_" + team.database());
        Run made = in(owner, "stats");
        assertThat(made.status()).as(made.err()).isZero();
        assertThat(made.err()).contains("created new team archive");
        Path mine = dir.resolve("mine.db");
        in(mine, "import", "data");
        assertThat(in(mine, "copy", "--to", owner.toString()).out()).contains("7 added");

        ArchiveAddress.Server anna = server.address(desk, "anna_" + team.database());
        Run tagged = in(anna, "tag", "1", "--add", "Desk/Anna");
        assertThat(tagged.status()).as(tagged.err()).isZero();
        Run added = in(anna, "import", "data/qin-blinken-call-2023-06-14.txt", "--tag", "Desk/Again");
        assertThat(added.status()).as(added.err()).isZero();
        ArchiveAddress.Server ben = server.address(desk, "ben_" + team.database());
        assertThat(in(ben, "list", "--tag", "Desk").out()).contains("2 of 2 clippings");
        assertThat(in(ben, "tag", "1", "--add", "Ben").err()).contains("may only read");
    }

    @Test
    void badAddressesAndAMissingServerGetASentence() {
        Run noDb = in("postgresql://postgres@127.0.0.1:" + server.port() + "/no_such_db", "list");
        assertThat(noDb.status()).isEqualTo(1);
        assertThat(noDb.err()).contains("there is no database 'no_such_db'");
        Run noServer = in("postgresql://127.0.0.1:1/archive", "list");
        assertThat(noServer.status()).isEqualTo(1);
        assertThat(noServer.err()).contains("cannot be reached").doesNotContain("Exception");
        Run noName = in("postgresql://127.0.0.1:5432/", "list");
        assertThat(noName.err()).contains("names no database");
        Run password = in("postgresql://u:secret@127.0.0.1:1/x", "list");
        assertThat(password.err()).doesNotContain("secret");
        server.admin(team.database(), "CREATE TABLE clipping (id int)");
        Run foreign = in(team, "list");
        assertThat(foreign.err()).contains("another program's tables").contains("left untouched");
    }
}
