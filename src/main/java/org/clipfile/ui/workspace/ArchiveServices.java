package org.clipfile.ui.workspace;

import java.nio.file.Path;
import org.clipfile.archive.Archive;
import org.clipfile.archive.ClippingStore;
import org.clipfile.archive.TagStore;
import org.clipfile.export.ExportWriter;
import org.clipfile.ingest.FileImporter;
import org.clipfile.search.ClippingSearch;

/** The core services of one open archive: the very ones the command line uses. */
public record ArchiveServices(Archive archive, ClippingStore store, TagStore tags, ClippingSearch search,
        FileImporter importer, ExportWriter exporter) implements AutoCloseable {

    public static ArchiveServices open(Path file) {
        Archive archive = Archive.open(file);
        ClippingStore store = new ClippingStore(archive);
        return new ArchiveServices(archive, store, new TagStore(archive), new ClippingSearch(archive),
                new FileImporter(store), new ExportWriter(archive));
    }

    @Override
    public void close() {
        archive.close();
    }
}
