package org.clipfile.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clipfile.archive.Archive;
import org.clipfile.archive.ClippingStore;
import org.clipfile.archive.TagStore;
import org.clipfile.work.Progress;

/**
 * Builds a realistic archive of {@link WireStories} in a new file: for trying the window on
 * decades of news, for the window's tests and for the README's picture.
 */
public final class SampleArchive {
    private static final int CHUNK = 5_000;

    /** What was built, for the command's summary. */
    public record Built(Path file, long clippings, int tags, int trashed, long millis) {
    }

    private SampleArchive() {
    }

    /**
     * Writes {@code clippings} stories into {@code file}, which must not exist yet (nothing is
     * ever overwritten). About one in 500 goes to the trash, as an analyst's archive would have.
     */
    public static Built build(Path file, long clippings, long seed, double taggedShare, Progress progress) throws IOException {
        if (clippings < 1) {
            throw new IllegalArgumentException("the number of clippings must be at least 1, not " + clippings);
        }
        if (Files.exists(file)) {
            throw new IllegalArgumentException(file + " already exists; a sample archive is only ever written to a new file");
        }
        long started = System.nanoTime();
        WireStories stories = new WireStories(seed, taggedShare);
        List<String> tags = WireStories.allTags();
        try (Archive archive = Archive.open(file, Archive.Options.NO_DAILY_BACKUP)) {
            TagStore tagStore = new TagStore(archive);
            tags.forEach(tagStore::create); // the whole tree, also the tags no clipping carries yet
            BulkLoader loader = new BulkLoader(archive);
            for (long first = 0; first < clippings; first += CHUNK) {
                progress.checkCancelled();
                long count = Math.min(CHUNK, clippings - first);
                loader.load(stories::clipping, first, count);
                progress.update(first + count, clippings, "clippings");
            }
            List<Long> trash = new ArrayList<>();
            for (long id = 1; id <= clippings; id++) {
                if (Long.remainderUnsigned(id * 2_654_435_761L + seed, 500) == 0) {
                    trash.add(id);
                }
            }
            int trashed = trash.isEmpty() ? 0 : new ClippingStore(archive).moveToTrash(trash);
            return new Built(file, clippings, tags.size(), trashed, (System.nanoTime() - started) / 1_000_000);
        }
    }
}
