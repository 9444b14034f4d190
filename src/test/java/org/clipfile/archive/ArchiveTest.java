package org.clipfile.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.clipfile.testing.TestArchives;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveTest {
    @TempDir
    Path dir;

    @Test
    void createsASchemaWithWalAndForeignKeysAndRecognisesItsOwnFile() throws Exception {
        Path file = dir.resolve("sub/folder/archive.db");
        try (Archive archive = Archive.open(file)) {
            String journal = archive.read(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            int foreignKeys = archive.read(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA foreign_keys")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertThat(journal).isEqualTo("wal");
            assertThat(foreignKeys).isEqualTo(1);
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            ResultSet rs = s.executeQuery("PRAGMA user_version");
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(Archive.SCHEMA_VERSION);
            rs = s.executeQuery("PRAGMA application_id");
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(SqliteEngine.APPLICATION_ID);
        }
        try (Archive again = Archive.open(file)) {
            assertThat(again.file()).isEqualTo(file.toAbsolutePath());
        }
    }

    @Test
    void refusesAFileThatIsNotADatabaseAndLeavesItUntouched() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "just some text, not a database", StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Archive.open(file))
                .isInstanceOf(ArchiveException.class)
                .hasMessageContaining(file.toAbsolutePath().toString())
                .hasMessageContaining("not a Clipfile archive");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.exists(dir.resolve("notes.db-wal"))).isFalse();
    }

    @Test
    void refusesAnotherProgramsDatabase() throws Exception {
        Path file = dir.resolve("other.db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE things (x)");
        }
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Archive.open(file)).hasMessageContaining("another program");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void refusesAnArchiveFromANewerVersion() throws Exception {
        Path file = TestArchives.file(dir);
        Archive.open(file).close();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 99");
        }
        assertThatThrownBy(() -> Archive.open(file)).hasMessageContaining("newer version").hasMessageContaining("99");
    }

    @Test
    void aFailedWriteLeavesNothingBehind() {
        try (Archive archive = Archive.open(TestArchives.file(dir))) {
            ClippingStore store = new ClippingStore(archive);
            assertThatThrownBy(() -> archive.write(c -> {
                ClippingStore.add(c, TestArchives.clipping("One", "first text", "2023-06-14", "A/B"));
                throw new IllegalStateException("boom");
            })).hasMessage("boom");
            assertThat(store.findByHash(ContentHash.of("first text"))).isEmpty();
            assertThat(new TagStore(archive).all()).isEmpty();
        }
    }

    @Test
    void defaultLocationFollowsTheUsualPlaces() {
        assertThat(ArchiveLocation.defaultArchive(Map.of("XDG_DATA_HOME", "/data"), "Linux", "/home/ann"))
                .isEqualTo(Path.of("/data/clipfile/archive.db"));
        assertThat(ArchiveLocation.defaultArchive(Map.of(), "Linux", "/home/ann"))
                .isEqualTo(Path.of("/home/ann/.local/share/clipfile/archive.db"));
        assertThat(ArchiveLocation.defaultArchive(Map.of(), "Mac OS X", "/Users/ann"))
                .isEqualTo(Path.of("/Users/ann/Library/Application Support/Clipfile/archive.db"));
        assertThat(ArchiveLocation.defaultArchive(Map.of("CLIPFILE_ARCHIVE", "/tmp/x.db"), "Linux", "/home/ann"))
                .isEqualTo(Path.of("/tmp/x.db"));
    }
}
