package org.clipfile.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.clipfile.search.ClippingFilter;
import org.clipfile.search.ClippingSearch;
import org.clipfile.search.TagNode;
import org.clipfile.testing.TestArchives;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An archive written by the first version opens in this one with its data, counts and search intact. */
class UpgradeTest {
    @TempDir
    Path dir;

    @Test
    void formatOneArchiveIsUpgradedWithItsTagCountsAndBackedUpFirst() {
        Path file = TestArchives.file(dir);
        // Written with format 1's own SQL: this version's stores write columns format 1 does not have.
        try (Archive v1 = Archive.open(file, Archive.Options.NO_DAILY_BACKUP, List.of(Archive.loadScript(Archive.MIGRATIONS.get(0))))) {
            v1.write(c -> {
                try (var s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO clipping (id, title, body, published, precision, date_origin, added_at, updated_at,"
                            + " content_hash, deleted_at) VALUES"
                            + " (1, 'A', 'alpha about Taiwan', '2023-06-14', 'day', 'user', '2023-06-15T00:00:00Z', '2023-06-15T00:00:00Z', 'h1', NULL),"
                            + " (2, 'B', 'beta about trade', '2023-07-01', 'day', 'user', '2023-07-02T00:00:00Z', '2023-07-02T00:00:00Z', 'h2', NULL),"
                            + " (3, 'C', 'gamma in the trash', NULL, NULL, NULL, '2023-07-03T00:00:00Z', '2023-07-03T00:00:00Z', 'h3',"
                            + " '2023-07-04T00:00:00Z')");
                    s.executeUpdate("INSERT INTO tag (id, path, path_key, parent_id) VALUES (1, 'China-US', 'china-us', NULL),"
                            + " (2, 'China-US/Taiwan', 'china-us/taiwan', 1), (3, 'Blinken', 'blinken', NULL), (4, 'China-US/Trade', 'china-us/trade', 1)");
                    s.executeUpdate("INSERT INTO tag_ancestor (tag_id, ancestor_id) VALUES (1, 1), (2, 2), (2, 1), (3, 3), (4, 4), (4, 1)");
                    // Each clipping's explicit tags and, implied, their ancestors.
                    s.executeUpdate("INSERT INTO clipping_tag (tag_id, clipping_id, explicit) VALUES (2, 1, 1), (1, 1, 0), (3, 1, 1),"
                            + " (4, 2, 1), (1, 2, 0), (4, 3, 1), (1, 3, 0)");
                }
                return null;
            });
        }
        try (Archive current = Archive.open(file, Archive.Options.NO_DAILY_BACKUP)) {
            assertThat(current.notes()).anyMatch(n -> n.contains("before upgrading"));
            ClippingSearch search = new ClippingSearch(current);
            List<TagNode> tree = search.tagTree(ClippingFilter.ALL);
            TagNode chinaUs = tree.stream().filter(n -> n.tag().path().equals("China-US")).findFirst().orElseThrow();
            assertThat(chinaUs.count()).isEqualTo(2);
            assertThat(chinaUs.children()).extracting(n -> n.tag().name() + "=" + n.count()).containsExactly("Taiwan=1", "Trade=1");
            assertThat(search.count(ClippingFilter.ALL.withQuery("taiwan"))).isEqualTo(1);
            new TagStore(current).assign(List.of(1L, 2L), "Blinken");
            assertThat(search.tagTree(ClippingFilter.ALL).stream().filter(n -> n.tag().path().equals("Blinken"))
                    .findFirst().orElseThrow().count()).isEqualTo(2);
        }
        assertThat(Backups.list(file)).extracting(Backups.Backup::reason).contains("before-upgrade-v" + Archive.SCHEMA_VERSION);
    }
}
