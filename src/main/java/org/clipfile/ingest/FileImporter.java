package org.clipfile.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.clipfile.archive.AddResult;
import org.clipfile.archive.ArchiveException;
import org.clipfile.archive.ClippingStore;
import org.clipfile.archive.NewClipping;
import org.clipfile.archive.ServerFault;
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
    /** Saved pages carry scripts, styles and inline images around the article: more room than text. */
    public static final long MAX_HTML_FILE_BYTES = 20L * 1024 * 1024;
    /** Single-file pages (.mhtml) also carry every image of the page. */
    public static final long MAX_MHTML_FILE_BYTES = 50L * 1024 * 1024;
    static final int BATCH_SIZE = 500;
    static final Set<String> TEXT_TYPES = Set.of("txt", "text", "md", "markdown");
    static final Set<String> JSON_TYPES = Set.of("json", "jsonl", "ndjson");
    static final Set<String> HTML_TYPES = Set.of("html", "htm", "xhtml", "shtml");
    static final Set<String> MHTML_TYPES = Set.of("mhtml", "mht");

    private final ClippingStore store;
    private final ClippingFileReader reader = new ClippingFileReader();

    public FileImporter(ClippingStore store) {
        this.store = store;
    }

    /**
     * Import choices.
     *
     * @param extraTags tags added to everything imported (duplicates included)
     * @param encoding  the encoding to read files in that are neither UTF-8 nor marked by a
     *                  byte-order mark (the analyst's answer to an unsure guess), or null to detect.
     *                  UTF-8 and BOM-marked files are never re-read in it: that would be mojibake.
     */
    public record Options(List<String> extraTags, Charset encoding) {
        public static final Options NONE = new Options(List.of());

        public Options {
            extraTags = extraTags == null ? List.of() : List.copyOf(extraTags);
        }

        public Options(List<String> extraTags) {
            this(extraTags, null);
        }

        public Options withEncoding(Charset newEncoding) {
            return new Options(extraTags, newEncoding);
        }
    }

    /**
     * Imports files and folders; each file that cannot be stored is rejected in the report, and
     * the rest go on.
     *
     * @throws ArchiveException when the archive refuses every write (a login that may only read)
     */
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
                                if (isSupported(f) && !isSavedPageAsset(p, f)) {
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

    /** Every extension an import reads, lower case without the dot (for the window's file chooser). */
    public static Set<String> supportedExtensions() {
        Set<String> all = new java.util.TreeSet<>(TEXT_TYPES);
        all.addAll(JSON_TYPES);
        all.addAll(HTML_TYPES);
        all.addAll(MHTML_TYPES);
        return java.util.Collections.unmodifiableSet(all);
    }

    static boolean isSupported(Path file) {
        String ext = extension(file);
        return TEXT_TYPES.contains(ext) || JSON_TYPES.contains(ext) || HTML_TYPES.contains(ext) || MHTML_TYPES.contains(ext);
    }

    /**
     * Whether {@code file} sits in the {@code page_files} folder a browser's "Web page, complete"
     * save puts beside {@code page.html}: the page's images, scripts and frames, not clippings.
     */
    static boolean isSavedPageAsset(Path root, Path file) {
        for (Path dir = file.getParent(); dir != null && dir.startsWith(root) && !dir.equals(root); dir = dir.getParent()) {
            String name = dir.getFileName().toString();
            if (name.endsWith("_files")) {
                String page = name.substring(0, name.length() - "_files".length());
                for (String ext : HTML_TYPES) {
                    if (Files.exists(dir.resolveSibling(page + "." + ext))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private void importFile(Path file, Options options, Batch batch, ImportReport report) {
        try {
            if (JSON_TYPES.contains(extension(file))) {
                importJson(file, options, batch, report);
            } else {
                Optional<ParsedClipping> parsed = reader.read(file, options, report);
                if (parsed.isPresent()) {
                    addParsed(file, parsed.get(), options, batch, report);
                }
            }
        } catch (NoSuchFileException e) {
            report.reject(file, "the file disappeared before it could be read");
        } catch (AccessDeniedException e) {
            report.reject(file, "permission denied");
        } catch (IOException e) {
            report.reject(file, "cannot be read: " + e.getMessage());
        } catch (CancelledException e) {
            throw e;
        } catch (RuntimeException e) {
            if (refusesEveryWrite(e)) {
                throw e;
            }
            // a bug of ours on one file must not stop the import of the others
            report.reject(file, ClippingFileReader.couldNotRead("the file", e));
        }
    }

    /**
     * The archive refuses every write, whatever the file (a team archive's login that may only
     * read): the import stops with that one sentence rather than rejecting each file with it. Nothing
     * was stored by such a login, so the sentence's "nothing was changed" holds for the whole import.
     */
    private static boolean refusesEveryWrite(RuntimeException e) {
        return e instanceof ArchiveException && ServerFault.under(e) == ServerFault.READ_ONLY;
    }

    /**
     * What importing one text, Markdown or web-page file in {@code encoding} would store, without
     * storing anything: the window's preview when it asks which encoding an unsure file is in.
     *
     * @throws ClippingParseException if the file would be rejected; the message says why
     */
    public ParsedClipping preview(Path file, Charset encoding) throws ClippingParseException {
        return reader.preview(file, encoding);
    }

    private void addParsed(Path file, ParsedClipping parsed, Options options, Batch batch, ImportReport report) {
        Optional<String> badTag = badTag(parsed);
        if (badTag.isPresent()) {
            report.reject(file, badTag.get());
            return;
        }
        report.fileRead();
        batch.add(file, toNew(parsed, options));
    }

    private static Optional<String> badTag(ParsedClipping parsed) {
        for (String tag : parsed.tags()) {
            if (!tag.replace('/', ' ').isBlank()) {
                try {
                    TagPath.parse(tag);
                } catch (IllegalArgumentException e) {
                    return Optional.of("bad tag '" + (tag.length() > 40 ? tag.substring(0, 40) + "…" : tag) + "': " + e.getMessage());
                }
            }
        }
        return Optional.empty();
    }

    private void importJson(Path file, Options options, Batch batch, ImportReport report) throws IOException {
        if (Files.size(file) == 0) {
            report.reject(file, "empty file");
            return;
        }
        try (var in = Files.newInputStream(file)) {
            if (TextDecoder.looksBinary(in.readNBytes(8192))) {
                report.reject(file, "a binary file, not text");
                return;
            }
        }
        // Clipfile's own export first, on its own exact path, so its round trip stays lossless.
        if (ExportReader.looksLikeExport(file)) {
            importExport(file, options, batch, report);
        } else {
            importForeignJson(file, options, batch, report);
        }
    }

    /**
     * Another tool's JSON. Records that cannot be clippings (no text, not an object) are skipped
     * and named in a note, so one bad record never costs the others; a file none of whose records
     * can be read is rejected as a whole, with the first reasons.
     */
    private void importForeignJson(Path file, Options options, Batch batch, ImportReport report) throws IOException {
        List<String> skipped = new ArrayList<>();
        int[] good = {0};
        try {
            // Pass 1 checks the whole file parses, so broken JSON adds nothing rather than half of itself.
            ForeignJsonReader.read(file, item -> {
                Optional<String> problem = problemOf(item);
                if (problem.isPresent()) {
                    skipped.add(problem.get());
                } else {
                    good[0]++;
                }
            });
            if (good[0] == 0) {
                report.reject(file, "no article could be read: " + summarise(skipped));
                return;
            }
            ForeignJsonReader.Mapping mapping = ForeignJsonReader.read(file, item -> {
                if (problemOf(item).isEmpty()) {
                    batch.add(file, toNew(item.clipping(), options));
                }
            });
            report.fileRead();
            report.note(file, mapping.describe());
            if (!skipped.isEmpty()) {
                report.note(file, skipped.size() + (skipped.size() == 1 ? " record" : " records") + " skipped: " + summarise(skipped));
            }
        } catch (ForeignJsonReader.UnreadableJsonException e) {
            boolean lines = !extension(file).equals("json");
            report.reject(file, "cannot be read as articles: " + e.getMessage() + (lines ? "" : whyNotAnExport(file)));
        }
    }

    private static Optional<String> problemOf(ForeignJsonReader.Item item) {
        if (item.problem() != null) {
            return Optional.of(item.where() + ": " + item.problem());
        }
        return badTag(item.clipping()).map(bad -> item.where() + ": " + bad);
    }

    /** The first few reasons, and how many more: a report line, not a log. */
    private static String summarise(List<String> problems) {
        int shown = Math.min(problems.size(), 5);
        String first = String.join("; ", problems.subList(0, shown));
        return problems.size() > shown ? first + "; and " + (problems.size() - shown) + " more" : first;
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

    /** "; not a Clipfile export either: its format is "x"", when the file says what it is. */
    private static String whyNotAnExport(Path file) throws IOException {
        try {
            ExportReader.read(file, c -> {
            });
            return "";
        } catch (ExportReader.NotAnExportException | ExportReader.InvalidExportException e) {
            String message = e.getMessage();
            return message.contains("its format is") ? "; not a Clipfile export either: " + message : "";
        } catch (RuntimeException e) {
            return "";
        }
    }

    /** Turns parsed input into a clipping to store, with the import's extra tags. */
    static NewClipping toNew(ParsedClipping p, Options options) {
        return ClippingCapture.toNew(p, options.extraTags());
    }

    private static NewClipping withExtraTags(NewClipping c, Options options) {
        if (options.extraTags().isEmpty()) {
            return c;
        }
        List<String> tags = new ArrayList<>(c.tags());
        tags.addAll(options.extraTags());
        return c.withTags(tags);
    }

    static String supportedTypes() {
        return ".txt, .md, .html, .htm, .mhtml, .json, .jsonl";
    }

    /**
     * Collects clippings and stores them BATCH_SIZE at a time, each batch in one transaction. If a
     * batch fails, its clippings are stored one by one so that only the bad one is rejected.
     */
    /** How many records of one file with an address that is not a web address the report names. */
    static final int NAMED_FOREIGN_ADDRESSES = 3;

    private final class Batch {
        private record Item(Path file, NewClipping clipping) {
        }

        private final List<Item> pending = new ArrayList<>();
        private final ImportReport report;

        Batch(ImportReport report) {
            this.report = report;
        }

        /** Per file, how many records had an address that is not a web address (only the first few are named). */
        private final java.util.Map<Path, Integer> foreignAddresses = new java.util.HashMap<>();

        void add(Path file, NewClipping c) {
            noteIfNotAWebAddress(file, c);
            pending.add(new Item(file, c));
            if (pending.size() >= BATCH_SIZE) {
                flush();
            }
        }

        /**
         * The URL is stored as given (exports stay lossless), but the analyst hears of one that is not
         * an http(s) address: the window will show it and never open it.
         */
        private void noteIfNotAWebAddress(Path file, NewClipping c) {
            String url = c.url();
            if (url == null || url.isBlank() || org.clipfile.links.WebAddress.isWebAddress(url)) {
                return;
            }
            int seen = foreignAddresses.merge(file, 1, Integer::sum);
            if (seen <= NAMED_FOREIGN_ADDRESSES) {
                String shown = url.strip().length() > 80 ? url.strip().substring(0, 79) + "…" : url.strip();
                report.note(file, "the address of \"" + TitleMaker.shorten(c.title()) + "\" is not a web address;"
                        + " it is kept as given but will not be opened: " + shown.replaceAll("\\p{Cntrl}", "?")
                        + (seen == NAMED_FOREIGN_ADDRESSES ? " (further ones in this file are not listed)" : ""));
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
                if (refusesEveryWrite(e)) {
                    pending.clear();
                    throw e;
                }
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
