package org.clipfile.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArchiveLocationTest {
    @Test
    void theHomeFolderIsHomeWhenSetAsShellsAndTheReadmeSay() {
        assertThat(ArchiveLocation.defaultArchive(Map.of("HOME", "/tmp/elsewhere"), "Linux", "/root"))
                .isEqualTo(Path.of("/tmp/elsewhere/.local/share/clipfile/archive.db"));
        assertThat(ArchiveLocation.defaultArchive(Map.of("HOME", "/tmp/elsewhere", "XDG_DATA_HOME", "/data"), "Linux", "/root"))
                .isEqualTo(Path.of("/data/clipfile/archive.db"));
        assertThat(ArchiveLocation.defaultArchive(Map.of("HOME", "/Users/bob"), "Mac OS X", "/Users/ann"))
                .isEqualTo(Path.of("/Users/bob/Library/Application Support/Clipfile/archive.db"));
        assertThat(ArchiveLocation.defaultArchive(Map.of("HOME", "relative"), "Linux", "/home/ann"))
                .as("a relative HOME is no home").isEqualTo(Path.of("/home/ann/.local/share/clipfile/archive.db"));
        assertThat(ArchiveLocation.defaultArchive(Map.of(), "Linux", "/home/ann"))
                .isEqualTo(Path.of("/home/ann/.local/share/clipfile/archive.db"));
    }

    @Test
    void whatCanBeMadeAgainGoesToTheUsersCacheFolderNeverARoamingOne() {
        assertThat(ArchiveLocation.cacheFolder(Map.of("HOME", "/home/bob"), "Linux", "/root")).isEqualTo(Path.of("/home/bob/.cache/clipfile"));
        assertThat(ArchiveLocation.cacheFolder(Map.of("HOME", "/home/bob", "XDG_CACHE_HOME", "/fast"), "Linux", "/root"))
                .isEqualTo(Path.of("/fast/clipfile"));
        assertThat(ArchiveLocation.cacheFolder(Map.of("HOME", "/home/bob", "XDG_CACHE_HOME", "cache"), "Linux", "/root"))
                .as("a relative XDG_CACHE_HOME is ignored, as the XDG rules say").isEqualTo(Path.of("/home/bob/.cache/clipfile"));
        assertThat(ArchiveLocation.cacheFolder(Map.of("HOME", "/Users/bob"), "Mac OS X", "/Users/ann"))
                .isEqualTo(Path.of("/Users/bob/Library/Caches/Clipfile"));
    }
}
