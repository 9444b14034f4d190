package org.clipfile.ui.workspace;

import java.nio.file.Path;
import org.clipfile.archive.Archive;
import org.clipfile.archive.ArchiveWatcher;
import org.clipfile.archive.ClippingStore;
import org.clipfile.archive.TagStore;
import org.clipfile.export.ExportWriter;
import org.clipfile.ingest.FileImporter;
import org.clipfile.search.ClippingSearch;

/**
 * The core services of one open archive: the very ones the command line uses, plus the watcher
 * that notices other programs' commits (made here, off the JavaFX thread, before anything is
 * loaded, so no commit between the first load and the first poll goes unnoticed).
 */
public record ArchiveServices(Archive archive, ClippingStore store, TagStore tags, ClippingSearch search,
        FileImporter importer, ExportWriter exporter, ArchiveWatcher watcher) implements AutoCloseable {

    /** Opens without the day's backup: the window takes it in the background once its first page is up. */
    public static ArchiveServices open(Path file) {
        return open(file, false);
    }

    /** As {@link #open(Path)}; {@code checkFirst} for a file chosen with File › Open, which may come from anyone. */
    public static ArchiveServices open(Path file, boolean checkFirst) {
        Archive.Options options = checkFirst ? Archive.Options.NO_DAILY_BACKUP.checkingFirst() : Archive.Options.NO_DAILY_BACKUP;
        Archive archive = Archive.open(file, options);
        try {
            ClippingStore store = new ClippingStore(archive);
            return new ArchiveServices(archive, store, new TagStore(archive), new ClippingSearch(archive),
                    new FileImporter(store), new ExportWriter(archive), new ArchiveWatcher(archive));
        } catch (RuntimeException e) {
            archive.close();
            throw e;
        }
    }

    @Override
    public void close() {
        watcher.close();
        archive.close();
    }
}
