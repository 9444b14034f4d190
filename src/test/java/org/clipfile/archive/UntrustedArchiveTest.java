package org.clipfile.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Random;
import org.clipfile.cli.ClipfileCommand;
import org.clipfile.testing.TestArchives;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Archive files travel: one from elsewhere is opened as SQLite advises for untrusted database files. */
class UntrustedArchiveTest {
    @TempDir
    Path dir;

    @Test
    void connectionsDoNotTrustTheFilesSchemaAndLoadNoExtensions() {
        Path file = dir.resolve("a.db");
        try (Archive archive = Archive.open(file)) {
            new ClippingStore(archive).add(TestArchives.clipping("Indexed", "The trigger still calls the innocuous index function.", "2023-06-14"));
            assertThat(pragma(archive, "trusted_schema")).isZero();
            assertThat(pragma(archive, "cell_size_check")).isEqualTo(1);
            assertThat(pragma(archive, "mmap_size")).isZero();
            assertThatThrownBy(() -> archive.read(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT load_extension('/tmp/nothing')")) {
                    return rs.next();
                }
            })).hasMessageContaining("not authorized");
        }
    }

    @Test
    void aTriggerCallingAFunctionWithSideEffectsIsRefusedNotRun() throws Exception {
        Path file = dir.resolve("crafted.db");
        try (Archive archive = Archive.open(file)) {
            new ClippingStore(archive).add(TestArchives.clipping("One", "First text.", "2023-06-14"));
        }
        // Someone adds a trigger that calls a function not marked innocuous (here: one of SQLite's own).
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TRIGGER crafted AFTER INSERT ON clipping BEGIN SELECT fts5_source_id(); SELECT sqlite_offset(NULL); "
                    + "SELECT load_extension('/tmp/evil.so'); END");
        }
        try (Archive archive = Archive.open(file, Archive.Options.NO_DAILY_BACKUP)) {
            assertThatThrownBy(() -> new ClippingStore(archive).add(TestArchives.clipping("Two", "Second text.", "2023-06-15")))
                    .isInstanceOf(ArchiveException.class);
        }
    }

    @Test
    void aDamagedOrCraftedFileNamedOnTheCommandLineIsRefusedBeforeUse() throws Exception {
        Path file = dir.resolve("colleague.db");
        try (Archive archive = Archive.open(file)) {
            ClippingStore store = new ClippingStore(archive);
            for (int i = 0; i < 300; i++) {
                store.add(TestArchives.clipping("Clipping " + i, ("Text number " + i + " about the talks. ").repeat(40), "2023-06-14"));
            }
        }
        byte[] before;
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            long pages = raf.length() / 4096;
            byte[] junk = new byte[4096];
            new Random(7).nextBytes(junk);
            raf.seek(4096L * (pages / 2)); // a page in the middle: the header still says "Clipfile archive"
            raf.write(junk);
        }
        before = Files.readAllBytes(file);
        StringWriter err = new StringWriter();
        int status = ClipfileCommand.run(new String[] {"--archive", file.toString(), "list"},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).contains(file.toString()).containsAnyOf("failed SQLite's check", "is damaged")
                .containsAnyOf("left untouched", "left as it is").doesNotContain("Exception");
        assertThat(Arrays.equals(Files.readAllBytes(file), before)).as("the file is unchanged").isTrue();
        assertThatThrownBy(() -> Archive.open(file, Archive.Options.READ_ONLY.checkingFirst())).isInstanceOf(ArchiveException.class);
    }

    private static int pragma(Archive archive, String name) {
        return archive.read(c -> {
            try (Statement s = c.createStatement()) {
                return SqliteEngine.intPragma(s, name);
            }
        });
    }
}
