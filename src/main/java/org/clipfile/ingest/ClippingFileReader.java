package org.clipfile.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads one text, Markdown, web-page or MHTML file into a clipping, without storing it: the
 * bytes bounded by type, decoded (web pages as a browser does, text files by detection), then
 * parsed. Every refusal is a sentence in the report; no input makes it throw.
 *
 * <p>Stateless and thread-safe.
 */
public final class ClippingFileReader {
    /** An HTML document, whatever the file is called: a doctype or an {@code <html>} element first. */
    private static final Pattern HTML_START = Pattern.compile("^\\s*(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html[\\s>])",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final TextClippingParser textParser = new TextClippingParser();
    private final HtmlClippingParser htmlParser = new HtmlClippingParser();

    /**
     * What importing one non-JSON file in {@code encoding} would store, without storing anything:
     * the window's preview when it asks which encoding an unsure text file is in.
     *
     * @throws ClippingParseException if the file would be rejected; the message says why
     */
    public ParsedClipping preview(Path file, Charset encoding) throws ClippingParseException {
        if (FileImporter.JSON_TYPES.contains(FileImporter.extension(file))) {
            throw new ClippingParseException("JSON files are UTF-8; there is no encoding to choose");
        }
        ImportReport scratch = new ImportReport();
        try {
            Optional<ParsedClipping> parsed = read(file, FileImporter.Options.NONE.withEncoding(encoding), scratch);
            if (parsed.isPresent()) {
                return parsed.get();
            }
        } catch (IOException e) {
            throw new ClippingParseException("cannot be read: " + e.getMessage());
        }
        throw new ClippingParseException(scratch.rejections().isEmpty() ? "cannot be read" : scratch.rejections().get(0).reason());
    }

    /** Reads, decodes and parses one non-JSON file; empty after rejecting it in {@code report}. */
    Optional<ParsedClipping> read(Path file, FileImporter.Options options, ImportReport report) throws IOException {
        String ext = FileImporter.extension(file);
        if (FileImporter.HTML_TYPES.contains(ext)) {
            Optional<byte[]> bytes = readBounded(file, FileImporter.MAX_HTML_FILE_BYTES, report);
            return bytes.flatMap(b -> decodePage(file, b, null, options, report)).flatMap(h -> parseHtml(file, h, null, report));
        }
        if (FileImporter.MHTML_TYPES.contains(ext)) {
            Optional<byte[]> bytes = readBounded(file, FileImporter.MAX_MHTML_FILE_BYTES, report);
            if (bytes.isEmpty()) {
                return Optional.empty();
            }
            MhtmlReader.Page page;
            try {
                page = MhtmlReader.read(bytes.get());
            } catch (MhtmlReader.MhtmlException e) {
                report.reject(file, e.getMessage());
                return Optional.empty();
            }
            return decodePage(file, page.html(), page.charset(), options, report)
                    .flatMap(h -> parseHtml(file, h, page.location(), report));
        }
        if (!FileImporter.TEXT_TYPES.contains(ext) && !ext.isEmpty()) {
            report.reject(file, "not a file type Clipfile reads (." + ext + "); it reads " + FileImporter.supportedTypes());
            return Optional.empty();
        }
        Optional<byte[]> bytes = readBounded(file, FileImporter.MAX_TEXT_FILE_BYTES, report);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        return readText(file, bytes.get(), options, report);
    }

    /**
     * Text bytes from a file, standard input or the clipboard, read as a text file named {@code file}
     * would be: an HTML document as a page, anything else decoded by detection and parsed as text.
     */
    Optional<ParsedClipping> readText(Path file, byte[] bytes, FileImporter.Options options, ImportReport report) {
        if (isHtmlDocument(bytes)) {
            return decodePage(file, bytes, null, options, report).flatMap(h -> parseHtml(file, h, null, report));
        }
        Optional<String> text = decodeText(file, bytes, options, report);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(textParser.parse(text.get(), file.getFileName().toString()));
        } catch (ClippingParseException e) {
            report.reject(file, e.getMessage());
        } catch (RuntimeException e) {
            report.reject(file, couldNotRead("the text", e));
        }
        return Optional.empty();
    }

    /** Whether a "text" file is really a saved page (a doctype or {@code <html>} first). */
    static boolean isHtmlDocument(byte[] bytes) {
        int skip = TextDecoder.startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        String head = new String(bytes, skip, Math.min(bytes.length - skip, 2048), StandardCharsets.ISO_8859_1);
        return HTML_START.matcher(head).lookingAt();
    }

    /** A page's text as a browser decodes it; empty after rejecting a binary file. */
    private static Optional<String> decodePage(Path file, byte[] bytes, String transport, FileImporter.Options options,
                                               ImportReport report) {
        WebPageDecoder.Decoded decoded = WebPageDecoder.decode(bytes, transport, options.encoding());
        if (decoded.basis().equals(WebPageDecoder.BINARY)) {
            report.reject(file, "a binary file, not text");
            return Optional.empty();
        }
        if (!decoded.isPlainUnicode()) {
            report.note(file, "read as " + EncodingDetector.displayName(decoded.charset()) + " (" + decoded.basis() + ")");
        }
        return Optional.of(decoded.text());
    }

    private Optional<ParsedClipping> parseHtml(Path file, String html, String baseUri, ImportReport report) {
        try {
            return Optional.of(htmlParser.parse(html, baseUri, file.getFileName().toString(), savedAt(file)));
        } catch (ClippingParseException e) {
            report.reject(file, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // jsoup takes any tag soup, so this is a bug of ours; one page must not stop the import
            report.reject(file, couldNotRead("the page", e));
        }
        return Optional.empty();
    }

    /**
     * The latest day the page can have been published: the day after the file was last written
     * (a day's margin for zones). A file time before the web (a tool that zeroed it) says nothing.
     */
    private static java.time.LocalDate savedAt(Path file) {
        try {
            java.time.LocalDate written = java.time.LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), java.time.ZoneOffset.UTC);
            return written.getYear() < 1995 ? null : written.plusDays(1);
        } catch (IOException e) {
            return null;
        }
    }

    /** "could not read the page (an internal error while reading its text)", for the analyst, not a stack trace. */
    static String couldNotRead(String what, Throwable e) {
        String why = e instanceof StackOverflowError ? "its markup is nested too deeply"
                : e instanceof OutOfMemoryError ? "it is too large to read"
                : "an internal error of Clipfile while reading it; please report it with the file";
        return "could not read " + what + " (" + why + ")";
    }

    /** The file's bytes, or empty after rejecting it as empty or over {@code limit}. */
    private static Optional<byte[]> readBounded(Path file, long limit, ImportReport report) throws IOException {
        long size = Files.size(file);
        if (size == 0) {
            report.reject(file, "empty file");
            return Optional.empty();
        }
        if (size > limit) {
            report.reject(file, String.format(Locale.ROOT, "too large for a clipping (%.1f MB; the limit for .%s files is %d MB)",
                    size / 1048576.0, FileImporter.extension(file), limit / 1048576));
            return Optional.empty();
        }
        return Optional.of(Files.readAllBytes(file));
    }

    /**
     * A text file's text: by its byte-order mark, as UTF-8 if it is valid UTF-8, else in the
     * encoding the analyst chose, else as detected. An unsure detection stores nothing: the file
     * is rejected with the candidates named, and listed for the window to ask about.
     */
    private static Optional<String> decodeText(Path file, byte[] bytes, FileImporter.Options options, ImportReport report) {
        try {
            if (options.encoding() != null) {
                Optional<EncodingGuess> certain = EncodingDetector.certain(bytes);
                if (certain.isPresent()) {
                    return Optional.of(certain.get().text());
                }
                Optional<String> forced = EncodingDetector.decode(bytes, options.encoding());
                if (forced.isEmpty()) {
                    report.reject(file, "not valid " + EncodingDetector.displayName(options.encoding())
                            + " text (the encoding chosen for it)");
                }
                return forced;
            }
            EncodingGuess guess = EncodingDetector.guess(bytes, null);
            if (!guess.sure()) {
                report.unsureEncoding(file, guess, "encoding unsure (looks like " + guess.candidateNames()
                        + "); re-run with --encoding " + guess.candidates().get(0).name());
                return Optional.empty();
            }
            if (!guess.isPlainUnicode()) {
                report.note(file, "read as " + EncodingDetector.displayName(guess.charset()) + " (" + guess.basis() + ")");
            }
            return Optional.of(guess.text());
        } catch (TextDecoder.UndecodableException e) {
            report.reject(file, e.getMessage());
            return Optional.empty();
        }
    }
}
