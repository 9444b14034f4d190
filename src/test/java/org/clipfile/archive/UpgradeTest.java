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
        try (Archive v1 = Archive.open(file, Archive.Options.NO_DAILY_BACKUP, List.of(Archive.loadScript(Archive.MIGRATIONS.get(0))))) {
            ClippingStore store = new ClippingStore(v1);
            store.add(TestArchives.clipping("A", "alpha about Taiwan", "2023-06-14", "China-US/Taiwan", "Blinken"));
            store.add(TestArchives.clipping("B", "beta about trade", "2023-07-01", "China-US/Trade"));
            long trashed = store.add(TestArchives.clipping("C", "gamma in the trash", null, "China-US/Trade")).id();
            store.moveToTrash(List.of(trashed));
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
