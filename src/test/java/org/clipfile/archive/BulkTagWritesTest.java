package org.clipfile.archive;

import org.clipfile.testing.PostgresExtension;
import org.clipfile.testing.PostgresServer;
import org.clipfile.testing.TestEngine;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.clipfile.testing.TestArchives;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The set-based write paths (batch import, bulk tagging, moving a tag under another parent) leave
 * exactly the rows a full recomputation would: explicit flags, implied ancestors and tag_count.
 */
@ParameterizedClass
@EnumSource(TestEngine.class)
@ExtendWith(PostgresExtension.class)
class BulkTagWritesTest {
    @Parameter
    TestEngine engine;
    @TempDir
    Path dir;
    Archive archive;
    ClippingStore store;
    TagStore tags;

    @BeforeEach
    void open(PostgresServer server) {
        archive = engine.open(dir, server);
        store = new ClippingStore(archive);
        tags = new TagStore(archive);
    }

    @AfterEach
    void close() {
        archive.close();
    }

    long add(String text, String... tagPaths) {
        return store.add(TestArchives.clipping(text, text, "2023-06-14", tagPaths)).id();
    }

    NewClipping clipping(String text, String... tagPaths) {
        return TestArchives.clipping(text, text, "2023-06-14", tagPaths);
    }

    /** Every row of a clipping as "path" (explicit) or "(path)" (implied), in path order. */
    List<String> rows(long id) {
        return archive.read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT t.path, ct.explicit FROM clipping_tag ct JOIN tag t ON t.id = ct.tag_id"
                    + " WHERE ct.clipping_id = ? ORDER BY t.path_key")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getInt(2) == 1 ? rs.getString(1) : "(" + rs.getString(1) + ")");
                    }
                }
            }
            return out;
        });
    }

    /** All of clipping_tag as "tag_id:clipping_id:explicit". */
    TreeSet<String> allRows() {
        return archive.read(c -> {
            TreeSet<String> out = new TreeSet<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT tag_id, clipping_id, explicit FROM clipping_tag")) {
                while (rs.next()) {
                    out.add(rs.getLong(1) + ":" + rs.getLong(2) + ":" + rs.getInt(3));
                }
            }
            return out;
        });
    }

    /** The checker's tag-tree findings are empty, and tag_count agrees with the rows for every tag. */
    void assertConsistent() {
        archive.read(c -> {
            assertThat(ArchiveCheck.tagProblems(c)).isEmpty();
            assertThat(count(c, "SELECT count(*) FROM tag t LEFT JOIN tag_count tc ON tc.tag_id = t.id"
                    + " WHERE tc.clippings IS DISTINCT FROM (SELECT count(*) FROM clipping_tag ct WHERE ct.tag_id = t.id)"))
                    .as("tags whose tag_count disagrees with their rows").isZero();
            return null;
        });
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    long tagCount(String path) {
        return archive.read(c -> count(c, "SELECT tc.clippings FROM tag_count tc JOIN tag t ON t.id = tc.tag_id"
                + " WHERE t.path_key = '" + TagPath.parse(path).key() + "'"));
    }

    /** What a full recomputation from the explicit rows gives: the archive checker's repair. */
    TreeSet<String> recomputedRows() {
        archive.write(c -> {
            TagStore.rebuildAncestors(c);
            TagStore.markAffected(c, "SELECT id FROM clipping");
            TagStore.recomputeImplied(c);
            return null;
        });
        return allRows();
    }

    // ---- import batches ----

    @Test
    void aBatchMergesDuplicatesWithinItselfAndWithStoredClippings() {
        long stored = add("stored text", "China-US/Taiwan");
        List<AddResult> results = store.addAll(List.of(
                clipping("first", "A/B/C", "A"),
                clipping("stored text", "China-US", "Blinken"),   // the stored one: its implied parent becomes explicit
                clipping("second", "a/b"),
                clipping("first", "A/B", "X/Y"),                  // same text again in the batch: tags merge
                clipping("third", "", " / ", "A/B/C", "a/B/c"),  // empty tags skipped, one tag typed twice
                clipping("second", "A/B/C/D")));
        assertThat(results).extracting(AddResult::added).containsExactly(true, false, true, false, true, false);
        long first = results.get(0).id();
        long second = results.get(2).id();
        long third = results.get(4).id();
        assertThat(results.get(1).id()).isEqualTo(stored);
        assertThat(results.get(3).id()).isEqualTo(first);
        assertThat(results.get(5).id()).isEqualTo(second);

        assertThat(rows(first)).containsExactly("A", "A/B", "A/B/C", "(X)", "X/Y");
        assertThat(rows(stored)).containsExactly("Blinken", "China-US", "China-US/Taiwan");
        assertThat(rows(second)).containsExactly("(A)", "A/B", "(A/B/C)", "A/B/C/D");
        assertThat(rows(third)).containsExactly("(A)", "(A/B)", "A/B/C");
        assertThat(tagCount("A")).isEqualTo(3);
        assertThat(tagCount("A/B/C")).isEqualTo(3);
        assertThat(tagCount("China-US")).isEqualTo(1);
        assertConsistent();
        assertThat(recomputedRows()).isEqualTo(allRows());
    }

    @Test
    void aBatchWithTheSameTextTwiceStoresItOnce() {
        List<AddResult> results = store.addAll(List.of(clipping("same", "T/U"), clipping("same", "T/U"), clipping("same", "T")));
        assertThat(results).extracting(AddResult::added).containsExactly(true, false, false);
        assertThat(results).extracting(AddResult::id).containsOnly(results.get(0).id());
        assertThat(rows(results.get(0).id())).containsExactly("T", "T/U");
        assertThat(tagCount("T")).isEqualTo(1);
        assertThat(tagCount("T/U")).isEqualTo(1);
        assertConsistent();
    }

    @Test
    void aPreferredIdTakenEarlierInTheBatchIsNotReused() {
        NewClipping a = new NewClipping("A", "text a", "", null, null, null, null, List.of("K"), null, 7L);
        NewClipping b = new NewClipping("B", "text b", "", null, null, null, null, List.of("K/L"), null, 7L);
        List<AddResult> results = store.addAll(List.of(a, b));
        assertThat(results.get(0).id()).isEqualTo(7L);
        assertThat(results.get(1).id()).isNotEqualTo(7L);
        assertThat(rows(7L)).containsExactly("K");
        assertThat(rows(results.get(1).id())).containsExactly("(K)", "K/L");
        assertConsistent();
    }

    // ---- bulk tagging ----

    @Test
    void taggingCountsOnlyClippingsThatDidNotCarryTheTagExplicitly() {
        long explicit = add("has it", "P/Q");
        long implied = add("has a child", "P/Q/R");
        long parent = add("has the parent", "P");
        long other = add("has another", "Z");
        long none = add("has none");
        int added = tags.assign(List.of(explicit, implied, parent, other, none, none, 999_999L), "p/q");
        assertThat(added).isEqualTo(4); // implied -> explicit, parent, other, none; not the one with it, nor a missing id
        assertThat(rows(explicit)).containsExactly("(P)", "P/Q");
        assertThat(rows(implied)).containsExactly("(P)", "P/Q", "P/Q/R");
        assertThat(rows(parent)).containsExactly("P", "P/Q");
        assertThat(rows(other)).containsExactly("(P)", "P/Q", "Z");
        assertThat(rows(none)).containsExactly("(P)", "P/Q");
        assertThat(tagCount("P")).isEqualTo(5);
        assertThat(tagCount("P/Q")).isEqualTo(5);
        assertConsistent();

        assertThat(tags.unassign(List.of(implied, parent, other, none), "P/Q")).isEqualTo(4); // undo of the above
        assertThat(rows(implied)).containsExactly("(P)", "(P/Q)", "P/Q/R");
        assertThat(rows(parent)).containsExactly("P");
        assertThat(rows(other)).containsExactly("Z");
        assertThat(rows(none)).isEmpty();
        assertConsistent();
    }

    @Test
    void taggingWithANewTagCreatesItUnderItsParents() {
        long a = add("a", "Bench/Old");
        long b = add("b");
        assertThat(tags.assign(List.of(a, b), "Bench/Selection 1/Run")).isEqualTo(2);
        assertThat(rows(a)).containsExactly("(Bench)", "Bench/Old", "(Bench/Selection 1)", "Bench/Selection 1/Run");
        assertThat(rows(b)).containsExactly("(Bench)", "(Bench/Selection 1)", "Bench/Selection 1/Run");
        assertThat(tags.assign(List.of(), "Bench/Selection 2")).isZero();
        assertConsistent();
    }

    // ---- moving a tag under another parent ----

    @Test
    void movingKeepsAnAncestorThatAnotherTagStillImplies() {
        long both = add("both", "Desk/Watchlist", "Desk/Other");
        long only = add("only", "Desk/Watchlist/Sub");
        long explicitParent = add("explicit parent", "Desk", "Desk/Watchlist");
        long deep = add("deep", "A/B/C/Watch");
        TreeSet<String> explicitBefore = explicitRows();

        tags.rename("Desk/Watchlist", "Archive desk/Watchlist");
        assertThat(rows(both)).containsExactly("(Archive desk)", "Archive desk/Watchlist", "(Desk)", "Desk/Other");
        assertThat(rows(only)).containsExactly("(Archive desk)", "(Archive desk/Watchlist)", "Archive desk/Watchlist/Sub");
        assertThat(rows(explicitParent)).containsExactly("(Archive desk)", "Archive desk/Watchlist", "Desk");
        assertThat(tagCount("Desk")).isEqualTo(2);
        assertThat(tagCount("Archive desk")).isEqualTo(3);
        assertThat(explicitRows()).isEqualTo(explicitBefore);
        assertConsistent();

        tags.rename("A/B/C", "A/D/C"); // shares the ancestor A
        assertThat(rows(deep)).containsExactly("(A)", "(A/D)", "(A/D/C)", "A/D/C/Watch");
        tags.rename("A/D/C", "C");     // to the top
        assertThat(rows(deep)).containsExactly("(C)", "C/Watch");
        tags.rename("Archive desk/Watchlist", "Watchlist");
        tags.rename("Watchlist", "Desk/Watchlist"); // from the top, back where it was
        assertThat(rows(both)).containsExactly("(Desk)", "Desk/Other", "Desk/Watchlist");
        assertThat(rows(only)).containsExactly("(Desk)", "(Desk/Watchlist)", "Desk/Watchlist/Sub");
        assertThat(rows(explicitParent)).containsExactly("Desk", "Desk/Watchlist");
        assertThat(tagCount("Archive desk")).isZero();
        assertThat(explicitRows()).isEqualTo(explicitBefore);
        assertConsistent();
        assertThat(recomputedRows()).isEqualTo(allRows());
    }

    @Test
    void movingOntoAnAncestorTheClippingAlreadyHasKeepsOneRow() {
        long implied = add("implied", "Desk/Watchlist", "Archive desk/Other");
        long explicit = add("explicit", "Desk/Watchlist", "Archive desk");
        tags.rename("Desk/Watchlist", "Archive desk/Watchlist");
        assertThat(rows(implied)).containsExactly("(Archive desk)", "Archive desk/Other", "Archive desk/Watchlist");
        assertThat(rows(explicit)).containsExactly("Archive desk", "Archive desk/Watchlist");
        assertThat(tagCount("Desk")).isZero();
        assertThat(tagCount("Archive desk")).isEqualTo(2);
        assertConsistent();
    }

    @Test
    void randomMovesLeaveWhatAFullRecomputationWould() {
        Random random = new Random(42);
        List<String> paths = new ArrayList<>();
        for (String top : List.of("A", "B", "C")) {
            paths.add(top);
            for (int i = 0; i < 3; i++) {
                paths.add(top + "/" + i);
                for (int j = 0; j < 2; j++) {
                    paths.add(top + "/" + i + "/" + j);
                }
            }
        }
        List<NewClipping> batch = new ArrayList<>();
        for (int n = 0; n < 300; n++) {
            List<String> chosen = new ArrayList<>();
            for (int k = random.nextInt(4); k >= 0; k--) {
                chosen.add(paths.get(random.nextInt(paths.size())));
            }
            batch.add(clipping("text " + n, chosen.toArray(String[]::new)));
        }
        store.addAll(batch);
        assertConsistent();
        String[][] moves = {{"A/1", "B/1x"}, {"B/1x/0", "C/2/0x"}, {"C/0", "C0"}, {"C0", "A/C0"}, {"B/2", "A/1/B2"},
                {"A/0", "B/0/A0"}, {"C/2", "A/1/B2/C2"}};
        for (String[] move : moves) {
            TreeSet<String> explicitBefore = explicitRows();
            var result = tags.rename(move[0], move[1]);
            assertThat(result.tagsMerged()).isZero();
            assertThat(explicitRows()).as("explicit rows after moving %s", move[0]).isEqualTo(explicitBefore);
            assertConsistent();
            TreeSet<String> after = allRows();
            assertThat(recomputedRows()).as("rows after moving %s to %s", move[0], move[1]).isEqualTo(after);
        }
    }

    TreeSet<String> explicitRows() {
        TreeSet<String> out = new TreeSet<>();
        for (String row : allRows()) {
            if (row.endsWith(":1")) {
                out.add(row);
            }
        }
        return out;
    }
}
