package org.clipfile.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clipfile.archive.ArchiveAddress;
import org.clipfile.archive.ArchiveException;
import org.clipfile.ui.common.RecentTeamArchives;
import org.clipfile.ui.common.SettingsStore;
import org.clipfile.ui.common.WindowSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the window reads a team archive's address (--archive, the screenshot) and remembers the recent ones. */
class TeamArchiveAddressTest {
    @TempDir
    Path dir;

    static ArchiveAddress.Server server(String text) {
        return (ArchiveAddress.Server) ArchiveAddress.parse(text);
    }

    @Test
    void theWindowTakesAFileOrAServerFromArchive() {
        assertThat(ClipfileApp.archiveFrom(List.of("--archive", "postgresql://anna:pw@db.example.org/clippings")))
                .isEqualTo(new ArchiveAddress.Server("db.example.org", 5432, "clippings", "anna", "pw", ""));
        assertThat(ClipfileApp.archiveFrom(List.of("--archive=" + dir.resolve("mine.db"))))
                .isEqualTo(new ArchiveAddress.File(dir.resolve("mine.db")));
        assertThatThrownBy(() -> ClipfileApp.archiveFrom(List.of("--archive", "postgresql://anna:pw@db.example.org")))
                .isInstanceOf(ArchiveException.class).hasMessageContaining("names no database").hasMessageNotContaining(":pw@");
    }

    @Test
    void theScreenshotTakesAServerToo() {
        Screenshot.Options o = Screenshot.parse(new String[] {"--archive", "postgresql://anna@db:5433/clippings", "-o", "w.png"});
        assertThat(o.archive()).isEqualTo(new ArchiveAddress.Server("db", 5433, "clippings", "anna", null, ""));
        assertThatThrownBy(() -> Screenshot.parse(new String[] {"--archive", "postgresql://db.example.org", "-o", "w.png"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names no database");
    }

    @Test
    void recentTeamArchivesComeMostRecentFirstAtMostEightWithoutPasswords() {
        List<String> recent = List.of();
        for (int i = 1; i <= 10; i++) {
            recent = RecentTeamArchives.add(recent, server("postgresql://anna:secret" + i + "@db/archive" + i));
        }
        assertThat(recent).hasSize(RecentTeamArchives.LIMIT).first().isEqualTo("postgresql://anna@db:5432/archive10");
        assertThat(recent).last().isEqualTo("postgresql://anna@db:5432/archive3");
        assertThat(recent).noneMatch(r -> r.contains("secret"));

        List<String> again = RecentTeamArchives.add(recent, server("postgresql://anna:other@db:5432/archive5"));
        assertThat(again).hasSize(RecentTeamArchives.LIMIT).first().isEqualTo("postgresql://anna@db:5432/archive5");
        assertThat(new ArrayList<>(again)).filteredOn(r -> r.endsWith("/archive5")).hasSize(1);
    }

    @Test
    void theSettingsKeepTheRecentTeamArchives() {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        WindowSettings s = WindowSettings.DEFAULT.withRecentTeamArchives(List.of("postgresql://anna@db:5432/clippings"));
        assertThat(store.save(s)).isTrue();
        assertThat(store.load().recentTeamArchives()).containsExactly("postgresql://anna@db:5432/clippings");
        assertThat(WindowSettings.DEFAULT.withTheme("dark").recentTeamArchives()).isEmpty();
    }
}
