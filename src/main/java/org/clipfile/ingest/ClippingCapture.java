package org.clipfile.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clipfile.archive.AddResult;
import org.clipfile.archive.ClippingStore;
import org.clipfile.archive.NewClipping;

/**
 * The one way clippings come in, whatever they come from: a file ({@code import}, {@code add FILE}),
 * text on standard input ({@code add}), or the clipboard (the window's new-clipping editor). Each
 * input is read as the import reads a file of its kind (the same size limits, decoding, encoding
 * detection and parsers) into a draft the caller may still edit, and a draft becomes the clipping
 * to store in one place ({@link #toNew}), so the same input gets the same title, date and text
 * everywhere. Reading needs no archive: a command opens its archive only once there is something
 * to store.
 *
 * <p>Stateless and thread-safe.
 */
public final class ClippingCapture {
    /** What standard input or a paste is called in messages and treated as (a text file). */
    static final Path STANDARD_INPUT = Path.of("standard input");

    private final ClippingFileReader files = new ClippingFileReader();
    private final PastedClipping pasted = new PastedClipping();

    /** A draft and what reading it noticed ("read as windows-1252 (detected)"). */
    public record Draft(ParsedClipping clipping, List<String> notes) {
        public Draft {
            notes = List.copyOf(notes);
        }
    }

    /**
     * One file as {@code import} would read it: text and Markdown (legacy encodings detected), saved
     * pages and MHTML (decoded as a browser does). JSON holds many records: that is for the import.
     *
     * @param encoding the analyst's choice for a file that is not Unicode, or null to detect it
     * @throws ClippingParseException with the import report's sentence when the file would be rejected
     */
    public Draft read(Path file, Charset encoding) throws ClippingParseException {
        if (FileImporter.JSON_TYPES.contains(FileImporter.extension(file))) {
            throw new ClippingParseException("a JSON file holds records, not one clipping: use 'import' for it");
        }
        ImportReport report = new ImportReport();
        Optional<ParsedClipping> parsed;
        try {
            parsed = files.read(file, FileImporter.Options.NONE.withEncoding(encoding), report);
        } catch (IOException e) {
            throw new ClippingParseException("cannot be read: " + e.getMessage());
        }
        return draft(parsed, report);
    }

    /** Bytes from standard input, read as a text file would be (an HTML document as a page). */
    public Draft read(byte[] bytes, Charset encoding) throws ClippingParseException {
        if (bytes.length == 0) {
            throw new ClippingParseException("there is no text to add");
        }
        if (bytes.length > FileImporter.MAX_TEXT_FILE_BYTES) {
            throw new ClippingParseException("too large for a clipping (over " + FileImporter.MAX_TEXT_FILE_BYTES / 1048576 + " MB)");
        }
        ImportReport report = new ImportReport();
        return draft(files.readText(STANDARD_INPUT, bytes, FileImporter.Options.NONE.withEncoding(encoding), report), report);
    }

    /**
     * A paste: the clipboard's HTML when a browser put some there (headline, date, source and
     * address from the page, its navigation left out), else its plain text.
     */
    public ParsedClipping readClipboard(String html, String plainText, String sourceUrl) throws ClippingParseException {
        return pasted.parse(html, plainText, sourceUrl);
    }

    /** Stores a draft, with extra tags; the same text is stored once (its tags then go to the stored one). */
    public static AddResult add(ClippingStore store, ParsedClipping draft, List<String> extraTags) {
        return store.add(toNew(draft, extraTags));
    }

    /** A draft as the clipping to store, with extra tags: the one place this is done. */
    public static NewClipping toNew(ParsedClipping p, List<String> extraTags) {
        List<String> tags = new ArrayList<>(p.tags());
        tags.addAll(extraTags);
        return new NewClipping(p.title(), p.text(), p.notes(), p.date(), p.source(), p.url(), p.author(), tags, null, null);
    }

    private static Draft draft(Optional<ParsedClipping> parsed, ImportReport report) throws ClippingParseException {
        if (parsed.isEmpty()) {
            throw new ClippingParseException(report.rejections().isEmpty() ? "cannot be read" : report.rejections().get(0).reason());
        }
        List<String> notes = new ArrayList<>();
        report.notes().forEach(n -> notes.add(n.message()));
        return new Draft(parsed.get(), notes);
    }
}
