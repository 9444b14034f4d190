package org.clipfile.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clipfile.cli.ClipfileCommand;
import org.clipfile.testing.PostgresExtension;
import org.clipfile.testing.PostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark on a PostgreSQL server at a tiny size: the same rows as on a file (those that
 * cannot apply say "n/a" and why), the real window on the team archive, directly and across a
 * delayed network, and no database left behind. Not a timed test, except that the network rows
 * must show the delay was really there.
 */
@ExtendWith(PostgresExtension.class)
class BenchPostgresSmokeTest {
    static final List<String> NOT_ON_A_SERVER = List.of("import_baseline", "import_ratio");
    static final List<String> NETWORK_ROWS = List.of("net_open", "net_round_trip", "net_first_page", "net_filter_sql",
            "net_facets_build", "net_facets_bytes", "net_frequent_words", "net_facets_kept", "net_filter_facets", "net_tag_1000", "net_edit");

    @TempDir
    Path dir;

    @Test
    void benchOnPostgresProducesTheSameTableAndTheNetworkTable(PostgresServer server) throws Exception {
        Path json = dir.resolve("bench.json");
        Path markdown = dir.resolve("bench.md");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ClipfileCommand.run(new String[] {"bench", "--engine", "postgresql", "--server", server.serverAddress(),
                "--clippings", "300", "--runs", "2", "--import-sample", "100", "--latency-ms", "40",
                "--dir", dir.toString(), "--json", json.toString(), "--markdown", markdown.toString()},
                new PrintWriter(out), new PrintWriter(err));

        assertThat(exit).as(err + "\n" + out).isZero();
        JsonNode archive = JsonMapper.builder().build().readTree(json.toFile()).get("archives").get(0);
        assertThat(archive.get("engine").asString()).isEqualTo("postgresql");
        assertThat(archive.get("archiveBytes").asLong()).isPositive();

        List<String> keys = new ArrayList<>();
        archive.get("measurements").forEach(r -> keys.add(r.get("key").asString()));
        assertThat(keys).containsExactlyElementsOf(BenchSmokeTest.ROWS);
        archive.get("measurements").forEach(r -> {
            String key = r.get("key").asString();
            if (NOT_ON_A_SERVER.contains(key)) {
                assertThat(r.get("median").isNull()).as(key).isTrue();
                assertThat(r.get("note").asString()).as(key).startsWith("n/a: ");
            } else {
                assertThat(r.get("median").isNumber()).as(key).isTrue();
            }
            if (key.equals("frequent_words")) {
                // Words are kept when listing them costs the server (200,000 clippings); FrequentWordsTest keeps some.
                assertThat(r.get("note").asString()).as("a few hundred clippings").isEqualTo("none kept: no word is in 200,000 clippings or more");
            }
        });

        List<String> network = new ArrayList<>();
        archive.get("overNetwork").forEach(r -> {
            String key = r.get("key").asString();
            network.add(key);
            assertThat(r.get("median").isNumber()).as(key).isTrue();
        });
        List<String> expectedNetwork = new ArrayList<>(NETWORK_ROWS);
        BenchSmokeTest.ROWS.stream().filter(k -> k.startsWith("window_")).forEach(k -> expectedNetwork.add("net_" + k));
        assertThat(network).containsExactlyElementsOf(expectedNetwork);
        // Through the proxy every read waits for at least one round trip of 40 ms; direct ones on loopback do not.
        archive.get("overNetwork").forEach(r -> {
            if (List.of("net_open", "net_round_trip", "net_first_page", "net_filter_sql", "net_tag_1000", "net_edit", "net_window_first_page")
                    .contains(r.get("key").asString())) {
                assertThat(r.get("median").asDouble()).as(r.get("key").asString()).isGreaterThanOrEqualTo(40);
            }
        });

        archive.get("overNetwork").forEach(r -> {
            if (r.get("key").asString().equals("net_facets_bytes")) {
                // 300 clippings' dates and tags: some kilobytes, counted by the proxy.
                assertThat(r.get("median").asDouble()).as("MB the facets moved").isBetween(0.001, 1.0);
            }
            if (r.get("key").asString().equals("net_facets_kept")) {
                assertThat(r.get("note").asString()).as("the next open used the kept facets").endsWith("checks and the journal since");
            }
        });

        String table = Files.readString(markdown);
        assertThat(table).contains("Team archive (PostgreSQL) of 300 clippings", "| Import, baseline (plain JDBC batch, one transaction) | n/a |",
                "Across a network", "| Open the team archive |", "--engine postgresql --server " + server.serverAddress(), "--latency-ms 40");
        assertThat(server.databaseNames()).noneMatch(name -> name.startsWith(BenchServer.PREFIX));
    }

    @Test
    void aKeptDatabaseIsMeasuredAgainThroughACopyAndStaysAsItWas(PostgresServer server) throws Exception {
        String kept = BenchServer.PREFIX + "200";
        String[] common = {"bench", "--engine", "postgresql", "--server", server.serverAddress(), "--clippings", "200", "--runs", "1",
                "--import-sample", "50", "--skip-window", "--skip-export", "--dir", dir.toString()};
        try {
            assertThat(bench(common, "--keep", "--json", dir.resolve("first.json").toString())).isZero();
            assertThat(server.databaseNames()).contains(kept);
            long before = clippings(server, kept);

            assertThat(bench(common, "--reuse", kept, "--json", dir.resolve("again.json").toString())).isZero();

            JsonNode again = JsonMapper.builder().build().readTree(dir.resolve("again.json").toFile()).get("archives").get(0);
            again.get("measurements").forEach(r -> {
                String key = r.get("key").asString();
                if (key.startsWith("import_")) {
                    assertThat(r.get("note").asString()).as(key).startsWith("n/a: ");
                } else if (!key.startsWith("window_") && !key.startsWith("export_")) {
                    assertThat(r.get("median").isNumber()).as(key).isTrue();
                }
            });
            // The timed writes (tagging, renaming, moving a tag) went to the copy, which is gone.
            assertThat(clippings(server, kept)).isEqualTo(before);
            assertThat(server.databaseNames()).filteredOn(name -> name.startsWith(BenchServer.PREFIX)).containsExactly(kept);
        } finally {
            server.admin("postgres", "DROP DATABASE IF EXISTS " + kept + " WITH (FORCE)");
        }
    }

    private static int bench(String[] common, String... more) {
        List<String> args = new ArrayList<>(List.of(common));
        args.addAll(List.of(more));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ClipfileCommand.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        if (exit != 0) {
            System.err.println(err + "\n" + out);
        }
        return exit;
    }

    /** Clippings and tag rows together, so that a write to the kept database would show. */
    private static long clippings(PostgresServer server, String database) throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + server.port() + "/" + database, PostgresServer.SUPERUSER, "");
             var s = c.createStatement();
             var rs = s.executeQuery("SELECT (SELECT count(*) FROM clipping) * 1000000 + (SELECT count(*) FROM clipping_tag)")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aServerAddressWithADatabaseOrWithoutAServerIsRefusedInASentence() {
        for (String[] args : List.of(
                new String[] {"bench", "--engine", "postgresql", "--server", "postgresql://me@db.example:5432/team"},
                new String[] {"bench", "--engine", "postgresql"},
                new String[] {"bench", "--latency-ms", "30"},
                new String[] {"bench", "--engine", "oracle"})) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exit = ClipfileCommand.run(args, new PrintWriter(out), new PrintWriter(err));
            assertThat(exit).as(String.join(" ", args)).isNotZero();
            assertThat(err.toString()).as(String.join(" ", args)).containsAnyOf("--server", "--engine", "--latency-ms")
                    .doesNotContain("Exception");
        }
    }
}
