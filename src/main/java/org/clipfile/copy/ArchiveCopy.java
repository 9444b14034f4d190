package org.clipfile.copy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.clipfile.archive.AddResult;
import org.clipfile.archive.Archive;
import org.clipfile.archive.ArchiveException;
import org.clipfile.archive.Backups;
import org.clipfile.archive.Clipping;
import org.clipfile.archive.ClippingStore;
import org.clipfile.archive.Tag;
import org.clipfile.archive.TagStore;
import org.clipfile.search.ClippingFilter;
import org.clipfile.search.ClippingSearch;
import org.clipfile.search.SortOrder;
import org.clipfile.work.Progress;

/**
 * Copies clippings from one archive to another, across engines: a file archive onto a team's
 * server, a team archive (or the part a filter picks) into a file. Ids, dates and their
 * precision, tags, notes, trash and times arrive as they were. Each batch is one transaction on
 * the target, so an interrupted copy keeps whole batches; run again, it adds only what is missing
 * (a text the target has is never stored twice).
 */
public final class ArchiveCopy {
    static final int BATCH = 500;

    private ArchiveCopy() {
    }

    /**
     * What a copy did: clippings read from the source, added to the target, found there already;
     * and topics without clippings it made (a whole archive's tree comes whole).
     */
    public record Result(long read, long added, long alreadyThere, int emptyTopics) {
    }

    /**
     * Copies the clippings {@code filter} picks, live ones and (unless the filter looks in the trash
     * alone) those in the trash, oldest first. A copy of the whole archive also brings the topics
     * no clipping carries (an analyst's tree made ahead of the clippings); a part brings the topics
     * of its clippings.
     *
     * @throws org.clipfile.work.CancelledException when {@code progress} is cancelled (whole batches are kept)
     */
    public static Result copy(Archive from, ClippingFilter filter, Archive to, Progress progress) {
        ClippingSearch source = new ClippingSearch(from);
        ClippingStore target = new ClippingStore(to);
        long total = source.count(filter.inTrash(false)) + source.count(filter.inTrash(true));
        Batches batches = new Batches(target, progress, total);
        if (!filter.trash()) {
            source.scan(filter, SortOrder.OLDEST, batches);
            batches.flush();
        }
        source.scan(filter.inTrash(true), SortOrder.OLDEST, batches);
        batches.flush();
        int emptyTopics = 0;
        if (filter.isEmpty() && !filter.trash()) {
            List<String> tree = new TagStore(from).all().stream().map(Tag::path).toList();
            emptyTopics = new TagStore(to).createMissing(tree);
        }
        return new Result(batches.read, batches.added, batches.read - batches.added, emptyTopics);
    }

    /** A whole archive saved in a file of its own; {@code clippings} is known (not -1) for a team archive's. */
    public record Backup(Path file, boolean fromServer, long clippings, long bytes) {
    }

    /**
     * Backs the whole archive up into {@code target} ({@code backup FILE}, File › Back up to file…):
     * a file archive as a consistent snapshot of the file; a team archive as a new archive file
     * holding all its clippings (its server keeps the archive itself; this is the analyst's copy,
     * which {@code copy --to} puts back).
     *
     * @throws ArchiveException when {@code target} exists (and {@code overwrite} is off) or cannot be written
     * @throws org.clipfile.work.CancelledException when a team archive's copy is cancelled (nothing is left under {@code target})
     */
    public static Backup backup(Archive archive, Path target, boolean overwrite, Progress progress) {
        Path file = target.toAbsolutePath().normalize();
        if (!archive.isShared()) {
            return new Backup(file, false, -1, Backups.copyTo(archive, file, overwrite));
        }
        Result copied = toNewFile(archive, ClippingFilter.ALL, file, overwrite, progress);
        try {
            return new Backup(file, true, copied.read(), Files.size(file));
        } catch (IOException e) {
            throw new ArchiveException("Cannot read the size of " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes the clippings {@code filter} picks into a new archive file: made under a hidden name
     * beside {@code target} and moved into place only when complete, so a stopped copy never
     * leaves a half-made archive under the real name.
     *
     * @throws ArchiveException when {@code target} exists (and {@code overwrite} is off) or cannot be written
     */
    public static Result toNewFile(Archive from, ClippingFilter filter, Path target, boolean overwrite, Progress progress) {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            throw new ArchiveException(absolute + " is a folder; name the file to write");
        }
        if (Files.exists(absolute) && !overwrite) {
            throw new ArchiveException(absolute + " exists already; nothing was written (choose another name, or replace it with --force)");
        }
        Path part = absolute.resolveSibling("." + absolute.getFileName() + ".part");
        try {
            Files.deleteIfExists(part);
            Result result;
            try (Archive to = Archive.open(part, Archive.Options.NO_DAILY_BACKUP)) {
                result = copy(from, filter, to, progress);
            }
            Files.move(part, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return result;
        } catch (IOException e) {
            throw new ArchiveException("Cannot write " + absolute + ": " + e.getMessage(), e);
        } finally {
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                try {
                    Files.deleteIfExists(part.resolveSibling(part.getFileName() + suffix));
                } catch (IOException ignored) {
                    // a hidden leftover; the next copy removes it first
                }
            }
        }
    }

    private static final class Batches implements ClippingSearch.Scan {
        private final ClippingStore target;
        private final Progress progress;
        private final long total;
        private final List<Clipping> pending = new ArrayList<>(BATCH);
        long read;
        long added;

        Batches(ClippingStore target, Progress progress, long total) {
            this.target = target;
            this.progress = progress;
            this.total = total;
        }

        @Override
        public void begin(long count) {
            progress.update(read, total, "");
        }

        @Override
        public void accept(Clipping clipping) {
            pending.add(clipping);
            if (pending.size() >= BATCH) {
                flush();
            }
        }

        void flush() {
            if (pending.isEmpty()) {
                return;
            }
            progress.checkCancelled();
            for (AddResult r : target.addCopies(pending)) {
                added += r.added() ? 1 : 0;
            }
            read += pending.size();
            pending.clear();
            progress.update(read, total, "");
        }
    }
}
