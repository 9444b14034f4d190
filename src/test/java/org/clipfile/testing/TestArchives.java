package org.clipfile.testing;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.clipfile.archive.DateOrigin;
import org.clipfile.archive.NewClipping;
import org.clipfile.archive.PublishedDate;

/** Small builders for tests on real archive files. */
public final class TestArchives {
    private TestArchives() {
    }

    public static Path file(Path dir) {
        return dir.resolve("archive.db");
    }

    public static NewClipping clipping(String title, String text, String isoDay, String... tags) {
        PublishedDate date = isoDay == null ? null : PublishedDate.day(LocalDate.parse(isoDay), DateOrigin.USER);
        return new NewClipping(title, text, "", date, null, null, null, List.of(tags), null, null);
    }
}
