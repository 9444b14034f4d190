package org.clipfile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clipfile.ui.common.SettingsStore;
import org.clipfile.ui.common.WindowSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path dir;

    @Test
    void roundTripsWindowSizeDividersAndFilter() {
        Path file = dir.resolve("sub/window-settings.json");
        SettingsStore store = new SettingsStore(file);
        WindowSettings s = new WindowSettings(WindowSettings.FORMAT, WindowSettings.VERSION, 1024, 700, List.of(0.3, 0.7),
                List.of(0.5), List.of(0.2), "taiwan -trade", List.of("China-US"), true, "2023-01-01", "2023-12-31", false);
        assertThat(store.save(s)).isTrue();
        assertThat(new SettingsStore(file).load()).isEqualTo(s);
    }

    @Test
    void brokenOrForeignFilesFallBackToDefaults() throws Exception {
        Path file = dir.resolve("window-settings.json");
        Files.writeString(file, "{ not json");
        assertThat(new SettingsStore(file).load()).isEqualTo(WindowSettings.DEFAULT);
        Files.writeString(file, "{\"format\":\"something-else\",\"version\":1,\"width\":800,\"height\":600}");
        assertThat(new SettingsStore(file).load()).isEqualTo(WindowSettings.DEFAULT);
        assertThat(new SettingsStore(dir.resolve("missing.json")).load()).isEqualTo(WindowSettings.DEFAULT);
    }
}
