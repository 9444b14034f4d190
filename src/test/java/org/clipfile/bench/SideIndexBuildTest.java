package org.clipfile.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.LongStream;
import org.clipfile.archive.Archive;
import org.clipfile.archive.ArchiveCheck;
import org.clipfile.archive.ClippingStore;
import org.clipfile.archive.NewClipping;
import org.clipfile.search.ClippingFilter;
import org.clipfile.search.ClippingSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's two-core build gives the archive the very index the insert trigger builds row by
 * row: every indexed token (term, clipping, column, position) and every row's length are the same,
 * the archive passes {@code check}, and the trigger is back for later writes.
 */
class SideIndexBuildTest {
    static final int SIZE = 2_500;
    static final int FIRST = 400;

    @TempDir
    Path dir;

    @Test
    void sideBuiltIndexEqualsTheTriggerBuiltOne() throws Exception {
        SyntheticCorpus corpus = new SyntheticCorpus(11, 20, 80);
        Path byTrigger = dir.resolve("trigger.db");
        try (Archive archive = Archive.open(byTrigger)) {
            new BulkLoader(archive).load(corpus::clipping, 0, SIZE);
        }
        Path bySide = dir.resolve("side.db");
        List<NewClipping> first = LongStream.range(0, FIRST).mapToObj(corpus::clipping).toList();
        SideIndexBuild build;
        try (Archive archive = Archive.open(bySide)) {
            BulkLoader loader = new BulkLoader(archive);
            loader.load(i -> first.get((int) i), 0, FIRST);
            loader.startBuilding();
            build = SideIndexBuild.run(archive, loader, first, corpus::clipping, FIRST, SIZE, 700, dir.resolve("side-index.db"), done -> { });
            loader.stopBuilding();
        }
        build.install(bySide);
        assertThat(dir.resolve("side-index.db")).doesNotExist();

        try (Archive a = Archive.open(byTrigger); Archive b = Archive.open(bySide)) {
            assertThat(indexDigest(b)).isEqualTo(indexDigest(a)).isNotEqualTo(emptyDigest());
            ClippingSearch sa = new ClippingSearch(a);
            ClippingSearch sb = new ClippingSearch(b);
            for (String q : List.of(corpus.commonWord(), corpus.phrase(), "\"" + corpus.phrase() + "\"", corpus.cjkSubstring())) {
                ClippingFilter f = ClippingFilter.ALL.withQuery(q);
                assertThat(sb.count(f)).as(q).isEqualTo(sa.count(f)).isPositive();
            }
            assertThat(new ArchiveCheck(b).run(false).healthy()).isTrue();

            // The trigger is back: a clipping added afterwards is found.
            long id = new ClippingStore(b).add(new NewClipping("Zyxwvut", "a body with quuxplorf", null, null, null, null, null,
                    List.of(), null, null)).id();
            assertThat(new ClippingSearch(b).ids(ClippingFilter.ALL.withQuery("quuxplorf"), org.clipfile.search.SortOrder.NEWEST)).containsExactly(id);
        }
        assertThat(Files.size(bySide)).isPositive();
    }

    /** A digest of every token the index holds and of every row's column sizes, in a fixed order. */
    private static String indexDigest(Archive archive) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        return archive.read(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts_instances USING fts5vocab(main, clipping_fts, instance)");
                try (ResultSet rs = s.executeQuery("SELECT term, doc, col, offset FROM temp.fts_instances ORDER BY term, doc, col, offset")) {
                    while (rs.next()) {
                        md.update((rs.getString(1) + '\u0001' + rs.getLong(2) + '\u0001' + rs.getString(3) + '\u0001' + rs.getLong(4) + '\n')
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    }
                }
                try (ResultSet rs = s.executeQuery("SELECT id, hex(sz) FROM clipping_fts_docsize ORDER BY id")) {
                    while (rs.next()) {
                        md.update((rs.getLong(1) + ":" + rs.getString(2) + '\n').getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    }
                }
            }
            return HexFormat.of().formatHex(md.digest());
        });
    }

    private static String emptyDigest() throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest());
    }
}
