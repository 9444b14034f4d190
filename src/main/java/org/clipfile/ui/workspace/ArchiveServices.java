package org.clipfile.ui.workspace;

import org.clipfile.archive.Archive;
import org.clipfile.archive.ArchiveAddress;
import org.clipfile.archive.ArchiveWatcher;
import org.clipfile.archive.ClippingStore;
import org.clipfile.archive.TagStore;
import org.clipfile.export.ExportWriter;
import org.clipfile.ingest.FileImporter;
import org.clipfile.search.ClippingSearch;
import org.clipfile.search.SearchTuning;

/**
 * The core services of one open archive (a file or a team archive on a server): the very ones the
 * command line uses, plus the watcher that notices other programs' commits (made here, off the
 * JavaFX thread, before anything is loaded, so no commit between the first load and the first poll
 * goes unnoticed).
 */
public record ArchiveServices(Archive archive, ClippingStore store, TagStore tags, ClippingSearch search,
        FileImporter importer, ExportWriter exporter, ArchiveWatcher watcher) implements AutoCloseable {

    /** Opens without the day's backup: the window takes it in the background once its first page is up. */
    public static ArchiveServices open(ArchiveAddress address) {
        return open(address, false);
    }

    /**
     * As {@link #open(ArchiveAddress)}; {@code checkFirst} for a file chosen with File › Open, which
     * may come from anyone (a server checks its own database: there is no file to check there).
     */
    public static ArchiveServices open(ArchiveAddress address, boolean checkFirst) {
        return open(address, checkFirst, SearchTuning.DEFAULT);
    }

    /** As {@link #open(ArchiveAddress, boolean)}, with the search's thresholds (tests reach large-archive paths on small ones). */
    public static ArchiveServices open(ArchiveAddress address, boolean checkFirst, SearchTuning tuning) {
        boolean checkTheFile = checkFirst && address instanceof ArchiveAddress.File;
        Archive.Options options = checkTheFile ? Archive.Options.NO_DAILY_BACKUP.checkingFirst() : Archive.Options.NO_DAILY_BACKUP;
        Archive archive = Archive.open(address, options);
        try {
            ClippingStore store = new ClippingStore(archive);
            return new ArchiveServices(archive, store, new TagStore(archive), new ClippingSearch(archive, tuning),
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
