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
 * cannot apply say "n/a" and why), the table across a delayed network, and no database left
 * behind. Not a timed test, except that the network rows must show the delay was really there.
 */
@ExtendWith(PostgresExtension.class)
class BenchPostgresSmokeTest {
    static final List<String> NOT_ON_A_SERVER = List.of("import_baseline", "import_ratio");
    static final List<String> NETWORK_ROWS = List.of("net_open", "net_round_trip", "net_first_page", "net_filter_sql",
            "net_facets_build", "net_filter_facets", "net_tag_1000", "net_edit");

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
            if (NOT_ON_A_SERVER.contains(key) || key.startsWith("window_")) { // the window opens files only, so far
                assertThat(r.get("median").isNull()).as(key).isTrue();
                assertThat(r.get("note").asString()).as(key).startsWith("n/a: ");
            } else {
                assertThat(r.get("median").isNumber()).as(key).isTrue();
            }
        });

        List<String> network = new ArrayList<>();
        archive.get("overNetwork").forEach(r -> {
            String key = r.get("key").asString();
            network.add(key);
            assertThat(r.get("median").isNumber()).as(key).isEqualTo(!key.startsWith("net_window_"));
        });
        List<String> expectedNetwork = new ArrayList<>(NETWORK_ROWS);
        BenchSmokeTest.ROWS.stream().filter(k -> k.startsWith("window_")).forEach(k -> expectedNetwork.add("net_" + k));
        assertThat(network).containsExactlyElementsOf(expectedNetwork);
        // Through the proxy every read waits for at least one round trip of 40 ms; direct ones on loopback do not.
        archive.get("overNetwork").forEach(r -> {
            if (List.of("net_open", "net_round_trip", "net_first_page", "net_filter_sql", "net_tag_1000", "net_edit")
                    .contains(r.get("key").asString())) {
                assertThat(r.get("median").asDouble()).as(r.get("key").asString()).isGreaterThanOrEqualTo(40);
            }
        });

        String table = Files.readString(markdown);
        assertThat(table).contains("Team archive (PostgreSQL) of 300 clippings", "| Import, baseline (plain JDBC batch, one transaction) | n/a |",
                "| Window: launch to first frame | n/a |",
                "Across a network", "| Open the team archive |", "--engine postgresql --server " + server.serverAddress(), "--latency-ms 40");
        assertThat(server.databaseNames()).noneMatch(name -> name.startsWith(BenchServer.PREFIX));
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
