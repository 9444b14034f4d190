package org.clipfile.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clipfile.cli.ClipfileCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The benchmark at a tiny size: every row of the table is produced. Not a timed test. */
class BenchSmokeTest {
    static final List<String> ROWS = List.of(
            "import_rate", "import_baseline", "import_ratio",
            "search_common", "search_common_relevance", "search_rare", "search_phrase", "search_cjk",
            "filter_tag", "filter_tag_dates", "browse_all", "facets_build", "frequent_words", "count_common", "count_unkept", "count_tag",
            "search_relevance_rank", "search_relevance_next", "search_relevance_tag",
            "tag_tree_all", "tag_tree_filter", "tag_tree_search", "months_all", "months_filter", "months_search",
            "tag_1000", "rename_tag", "move_tag", "export_rate", "export_heap",
            "window_first_frame", "window_first_page", "window_stall_typing", "window_stall_scrolling", "window_heap");

    @TempDir
    Path dir;

    @Test
    void benchCommandProducesEveryRowAsTableAndJson() throws Exception {
        Path json = dir.resolve("out/bench.json");
        Path markdown = dir.resolve("bench.md");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ClipfileCommand.run(new String[] {"bench", "--clippings", "2000", "--runs", "2", "--import-sample", "500",
                "--dir", dir.toString(), "--json", json.toString(), "--markdown", markdown.toString()},
                new PrintWriter(out), new PrintWriter(err));

        assertThat(exit).as(err.toString()).isZero();
        JsonNode root = JsonMapper.builder().build().readTree(json.toFile());
        JsonNode rows = root.get("archives").get(0).get("measurements");
        List<String> keys = new java.util.ArrayList<>();
        rows.forEach(r -> keys.add(r.get("key").asString()));
        assertThat(keys).containsExactlyElementsOf(ROWS);
        rows.forEach(r -> assertThat(r.get("median").isNumber()).as(r.get("key").asString()).isTrue());
        String table = Files.readString(markdown);
        rows.forEach(r -> assertThat(table).contains(r.get("label").asString()));
        assertThat(out.toString()).contains("| Measurement |");
        // Temporary archives are removed unless --keep.
        try (var left = Files.list(dir)) {
            assertThat(left.filter(p -> p.getFileName().toString().startsWith("clipfile-bench-"))).isEmpty();
        }
    }

    @Test
    void corpusIsDeterministicAndHasTheHotTag() {
        SyntheticCorpus a = new SyntheticCorpus(7, 20, 40);
        SyntheticCorpus b = new SyntheticCorpus(7, 20, 40);
        assertThat(a.clipping(123)).isEqualTo(b.clipping(123));
        assertThat(a.leafTags()).hasSize(3_000).doesNotHaveDuplicates();
        long hot = java.util.stream.LongStream.range(0, 2_000).filter(i -> a.clipping(i).tags().contains(a.hotTag())).count();
        assertThat(hot).isBetween(150L, 300L);
    }
}
