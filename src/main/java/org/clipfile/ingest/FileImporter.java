package org.clipfile.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.clipfile.archive.AddResult;
import org.clipfile.archive.ArchiveException;
import org.clipfile.archive.ClippingStore;
import org.clipfile.archive.NewClipping;
import org.clipfile.archive.TagPath;
import org.clipfile.export.ExportReader;
import org.clipfile.work.CancelledException;
import org.clipfile.work.Progress;

/**
 * Imports files and folders (recursively) into the archive. Each file is read and parsed on its
 * own, so a bad file is reported and the rest still go in; clippings are stored in batches, each
 * batch one transaction, so a clipping is either wholly stored (text, tags, index) or absent, and
 * re-running an interrupted import completes it without duplicates.
 */
public final class FileImporter {
    /** Text files larger than this are refused: no article is that long; a log or a dump is. */
    public static final long MAX_TEXT_FILE_BYTES = 10L * 1024 * 1024;
    static final int BATCH_SIZE = 500;
    static final Set<String> TEXT_TYPES = Set.of("txt", "text", "md", "markdown");
    static final Set<String> JSON_TYPES = Set.of("json", "jsonl", "ndjson");

    private final ClippingStore store;
    private final TextClippingParser textParser = new TextClippingParser();

    public FileImporter(ClippingStore store) {
        this.store = store;
    }

    /** Import choices: tags added to everything imported (duplicates included). */
    public record Options(List<String> extraTags) {
        public static final Options NONE = new Options(List.of());

        public Options {
            extraTags = extraTags == null ? List.of() : List.copyOf(extraTags);
        }
    }

    public ImportReport importPaths(List<Path> paths, Options options, Progress progress) {
        ImportReport report = new ImportReport();
        List<Path> files = expand(paths, report);
        Batch batch = new Batch(report);
        try {
            int done = 0;
            for (Path file : files) {
                progress.checkCancelled();
                progress.update(done, files.size(), file.getFileName().toString());
                importFile(file, options, batch, report);
                done++;
            }
            batch.flush();
            progress.update(done, files.size(), null);
        } catch (CancelledException e) {
            batch.flush(); // what was read completely is kept, as the report says
            report.cancelled();
        }
        return report;
    }

    /** The files to import, in a stable order; folders are walked, hidden files and unknown types skipped. */
    private static List<Path> expand(List<Path> paths, ImportReport report) {
        Set<Path> files = new LinkedHashSet<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                report.reject(p, "no such file or folder");
            } else if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> !isHidden(p, f))
                            .sorted()
                            .forEach(f -> {
                                if (isSupported(f)) {
                                    files.add(f);
                                } else {
                                    report.skip();
                                }
                            });
                } catch (IOException | java.io.UncheckedIOException e) {
                    report.reject(p, "cannot read the folder: " + e.getMessage());
                }
            } else {
                files.add(p);
            }
        }
        return new ArrayList<>(files);
    }

    private static boolean isHidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    static boolean isSupported(Path file) {
        String ext = extension(file);
        return TEXT_TYPES.contains(ext) || JSON_TYPES.contains(ext);
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private void importFile(Path file, Options options, Batch batch, ImportReport report) {
        String ext = extension(file);
        try {
            if (JSON_TYPES.contains(ext)) {
                importExport(file, options, batch, report);
            } else if (TEXT_TYPES.contains(ext) || ext.isEmpty()) {
                importText(file, options, batch, report);
            } else {
                report.reject(file, "not a file type Clipfile reads (." + ext + "); it reads " + supportedTypes());
            }
        } catch (NoSuchFileException e) {
            report.reject(file, "the file disappeared before it could be read");
        } catch (AccessDeniedException e) {
            report.reject(file, "permission denied");
        } catch (IOException e) {
            report.reject(file, "cannot be read: " + e.getMessage());
        }
    }

    private void importText(Path file, Options options, Batch batch, ImportReport report) throws IOException {
        long size = Files.size(file);
        if (size == 0) {
            report.reject(file, "empty file");
            return;
        }
        if (size > MAX_TEXT_FILE_BYTES) {
            report.reject(file, String.format(Locale.ROOT, "too large for a clipping (%.1f MB; the limit is %d MB)",
                    size / 1048576.0, MAX_TEXT_FILE_BYTES / 1048576));
            return;
        }
        String text;
        try {
            text = TextDecoder.decode(Files.readAllBytes(file));
        } catch (TextDecoder.UndecodableException e) {
            report.reject(file, e.getMessage());
            return;
        }
        ParsedClipping parsed;
        try {
            parsed = textParser.parse(text, file.getFileName().toString());
        } catch (ClippingParseException e) {
            report.reject(file, e.getMessage());
            return;
        }
        for (String tag : parsed.tags()) {
            if (!tag.replace('/', ' ').isBlank()) {
                try {
                    TagPath.parse(tag);
                } catch (IllegalArgumentException e) {
                    report.reject(file, "bad tag '" + (tag.length() > 40 ? tag.substring(0, 40) + "…" : tag) + "': " + e.getMessage());
                    return;
                }
            }
        }
        report.fileRead();
        batch.add(file, toNew(parsed, options));
    }

    private void importExport(Path file, Options options, Batch batch, ImportReport report) throws IOException {
        try {
            // Validate the whole file first: a broken export adds nothing, rather than half of itself.
            ExportReader.read(file, c -> {
            });
            ExportReader.read(file, c -> batch.add(file, withExtraTags(c, options)));
            report.fileRead();
        } catch (ExportReader.NotAnExportException e) {
            report.reject(file, "not a Clipfile export: " + e.getMessage());
        } catch (ExportReader.InvalidExportException e) {
            report.reject(file, "not a valid Clipfile export: " + e.getMessage());
        }
    }

    /** Turns parsed input into a clipping to store, with the import's extra tags. */
    public static NewClipping toNew(ParsedClipping p, Options options) {
        List<String> tags = new ArrayList<>(p.tags());
        tags.addAll(options.extraTags());
        return new NewClipping(p.title(), p.text(), p.notes(), p.date(), p.source(), p.url(), p.author(), tags, null, null);
    }

    private static NewClipping withExtraTags(NewClipping c, Options options) {
        if (options.extraTags().isEmpty()) {
            return c;
        }
        List<String> tags = new ArrayList<>(c.tags());
        tags.addAll(options.extraTags());
        return c.withTags(tags);
    }

    private static String supportedTypes() {
        return "." + String.join(", .", new java.util.TreeSet<>(TEXT_TYPES)) + ", .json, .jsonl";
    }

    /**
     * Collects clippings and stores them BATCH_SIZE at a time, each batch in one transaction. If a
     * batch fails, its clippings are stored one by one so that only the bad one is rejected.
     */
    private final class Batch {
        private record Item(Path file, NewClipping clipping) {
        }

        private final List<Item> pending = new ArrayList<>();
        private final ImportReport report;

        Batch(ImportReport report) {
            this.report = report;
        }

        void add(Path file, NewClipping c) {
            pending.add(new Item(file, c));
            if (pending.size() >= BATCH_SIZE) {
                flush();
            }
        }

        void flush() {
            if (pending.isEmpty()) {
                return;
            }
            try {
                List<AddResult> results = store.addAll(pending.stream().map(Item::clipping).toList());
                results.forEach(this::count);
            } catch (IllegalArgumentException | ArchiveException e) {
                for (Item item : pending) {
                    try {
                        count(store.add(item.clipping()));
                    } catch (IllegalArgumentException | ArchiveException one) {
                        report.reject(item.file(), "not stored: " + one.getMessage());
                    }
                }
            }
            pending.clear();
        }

        private void count(AddResult r) {
            if (r.added()) {
                report.added(r.id());
            } else {
                report.duplicate(r.id());
            }
        }
    }
}
