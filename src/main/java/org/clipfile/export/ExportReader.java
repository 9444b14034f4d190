package org.clipfile.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;
import org.clipfile.archive.DateOrigin;
import org.clipfile.archive.NewClipping;
import org.clipfile.archive.PublishedDate;
import org.clipfile.files.BoundedLines;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a Clipfile export back (JSON with its envelope, or JSONL) as clippings to store, streaming
 * so a large export never has to fit in memory. Limits on nesting and string size keep a hostile
 * file from exhausting memory.
 */
public final class ExportReader {
    /** Largest single string (a clipping's text) accepted: far above any article. */
    public static final int MAX_STRING_CHARS = 8 * 1024 * 1024;
    static final int MAX_NESTING = 32;
    /** A JSONL line holds one clipping: its text plus a little metadata. */
    static final int MAX_LINE_CHARS = MAX_STRING_CHARS + 64 * 1024;

    /** Reads one clipping at a time out of a larger document (so what follows it is no error). */
    private static final ObjectMapper MAPPER = mapper(false);
    /** Reads a JSONL line: anything after the object on the same line is an error. */
    private static final ObjectMapper LINE_MAPPER = mapper(true);

    private static ObjectMapper mapper(boolean wholeInput) {
        return JsonMapper.builder(JsonFactory.builder()
                        .streamReadConstraints(StreamReadConstraints.builder()
                                .maxNestingDepth(MAX_NESTING)
                                .maxStringLength(MAX_STRING_CHARS)
                                .maxNameLength(1000)
                                .build())
                        .build())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, wholeInput)
                // A number or boolean where the format has text is a broken file, not text to store.
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfig(LogicalType.Textual, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .build();
    }

    private ExportReader() {
    }

    /** The file is JSON but not a Clipfile export (another tool's JSON, say). */
    public static final class NotAnExportException extends Exception {
        private static final long serialVersionUID = 1L;

        NotAnExportException(String message) {
            super(message);
        }
    }

    /** The file claims to be an export but cannot be read; the message says where and why. */
    public static final class InvalidExportException extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidExportException(String message) {
            super(message);
        }
    }

    /** True if the file starts like a Clipfile export (cheap sniff of the first few kilobytes). */
    public static boolean looksLikeExport(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
            return head.contains("\"" + ExportFormat.FORMAT_NAME + "\"") || (file.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".jsonl")
                    && head.contains("\"contentHash\""));
        }
    }

    /**
     * Reads every clipping of the export in {@code file}, giving each to {@code sink}. Call it once
     * with a no-op sink to validate the whole file before storing anything.
     *
     * @return how many clippings the file holds
     */
    public static long read(Path file, Consumer<NewClipping> sink) throws IOException, NotAnExportException, InvalidExportException {
        String name = file.getFileName().toString();
        return ExportFormat.forFileName(name) == ExportFormat.JSONL ? readLines(file, sink) : readDocument(file, sink);
    }

    private static long readDocument(Path file, Consumer<NewClipping> sink)
            throws IOException, NotAnExportException, InvalidExportException {
        try (InputStream in = Files.newInputStream(file); JsonParser p = MAPPER.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new NotAnExportException("the JSON is not an object with \"format\": \"" + ExportFormat.FORMAT_NAME + "\"");
            }
            String format = null;
            Integer version = null;
            long count = 0;
            Long declared = null;
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "format" -> format = value == JsonToken.VALUE_STRING ? p.getString() : String.valueOf(p.getString());
                    case "version" -> version = value == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() : -1;
                    case "count" -> declared = value == JsonToken.VALUE_NUMBER_INT ? p.getLongValue() : null;
                    case "clippings" -> {
                        checkHeader(format, version);
                        if (value != JsonToken.START_ARRAY) {
                            throw new InvalidExportException("\"clippings\" is not an array");
                        }
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            count++;
                            ExportedClipping e = MAPPER.readValue(p, ExportedClipping.class);
                            sink.accept(toNew(e, "clipping " + count));
                        }
                        if (p.currentToken() != JsonToken.END_ARRAY) {
                            throw new InvalidExportException("clipping " + (count + 1) + " is not a JSON object");
                        }
                    }
                    default -> p.skipChildren();
                }
            }
            checkHeader(format, version);
            if (declared != null && declared != count) {
                throw new InvalidExportException("it says it holds " + declared + " clippings but has " + count + " (is it cut short?)");
            }
            return count;
        } catch (InvalidRecordException e) {
            throw new InvalidExportException(e.getMessage());
        } catch (JacksonException e) {
            throw new InvalidExportException(describe(e));
        }
    }

    /** A Jackson error in the analyst's words: where in the file, and what. */
    static String describe(JacksonException e) {
        String what = e.getOriginalMessage();
        if (what != null && what.contains("nesting depth")) {
            what = "nested deeper than " + MAX_NESTING + " levels, which no export is";
        } else if (what != null && what.contains("String value length")) {
            what = "a text longer than " + MAX_STRING_CHARS / (1024 * 1024) + " MB, which no clipping is";
        }
        var at = e.getLocation();
        return at == null ? "broken JSON: " + what
                : "broken JSON at line " + at.getLineNr() + ", column " + at.getColumnNr() + ": " + what;
    }

    private static void checkHeader(String format, Integer version) throws NotAnExportException, InvalidExportException {
        if (format == null) {
            throw new NotAnExportException("the JSON has no \"format\": \"" + ExportFormat.FORMAT_NAME + "\" before its clippings");
        }
        if (!ExportFormat.FORMAT_NAME.equals(format)) {
            throw new NotAnExportException("its format is \"" + format + "\", not \"" + ExportFormat.FORMAT_NAME + "\"");
        }
        if (version == null || version < ExportFormat.OLDEST_READ || version > ExportFormat.VERSION) {
            throw new InvalidExportException("it is a Clipfile export of version " + version
                    + ", and this Clipfile reads versions " + ExportFormat.OLDEST_READ + " to " + ExportFormat.VERSION);
        }
    }

    private static long readLines(Path file, Consumer<NewClipping> sink) throws IOException, InvalidExportException {
        long count = 0;
        long lineNo = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = boundedLine(r, lineNo + 1)) != null) {
                lineNo++;
                if (lineNo == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                ExportedClipping e;
                try {
                    e = LINE_MAPPER.readValue(line, ExportedClipping.class);
                } catch (JacksonException ex) {
                    throw new InvalidExportException("line " + lineNo + ": " + describe(ex));
                }
                count++;
                sink.accept(toNew(e, "line " + lineNo));
            }
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InvalidExportException("it is not UTF-8 text (line " + (lineNo + 1) + ")");
        } catch (InvalidRecordException e) {
            throw new InvalidExportException(e.getMessage());
        }
        return count;
    }

    /** Reads one line, refusing one longer than any clipping could be before it fills the memory. */
    private static String boundedLine(BufferedReader r, long lineNo) throws IOException, InvalidExportException {
        try {
            return BoundedLines.next(r, MAX_LINE_CHARS);
        } catch (BoundedLines.LineTooLongException e) {
            throw new InvalidExportException("line " + lineNo + " is longer than " + MAX_LINE_CHARS / (1024 * 1024)
                    + " MB, which no clipping is");
        }
    }

    /** Turns a record into a clipping to store, keeping its id, dates and tags for a lossless round trip. */
    static NewClipping toNew(ExportedClipping e, String where) {
        if (e == null || e.text() == null || e.text().isBlank()) {
            throw new InvalidRecordException(where + " has no text");
        }
        PublishedDate date = null;
        if (e.date() != null) {
            DateOrigin origin = DateOrigin.METADATA;
            if (e.dateSource() != null) {
                try {
                    origin = DateOrigin.fromKey(e.dateSource());
                } catch (IllegalArgumentException ignored) {
                    // an unknown origin is still a date from the file's metadata
                }
            }
            date = PublishedDate.parseIso(e.date(), origin)
                    .orElseThrow(() -> new InvalidRecordException(where + ": date '" + e.date() + "' is not YYYY-MM-DD, YYYY-MM or YYYY"));
        }
        Instant added = null;
        if (e.addedAt() != null) {
            try {
                added = Instant.parse(e.addedAt());
            } catch (DateTimeParseException ex) {
                throw new InvalidRecordException(where + ": addedAt '" + e.addedAt() + "' is not an ISO instant");
            }
        }
        String title = e.title() == null || e.title().isBlank() ? firstWords(e.text()) : e.title();
        return new NewClipping(title, e.text(), e.notes(), date, e.source(), e.url(), e.author(),
                e.tags() == null ? java.util.List.of() : e.tags(), added, e.id());
    }

    private static String firstWords(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= 120 ? flat : flat.substring(0, 120) + "…";
    }

    /** A record that is valid JSON but not a valid clipping; becomes an {@link InvalidExportException}. */
    static final class InvalidRecordException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidRecordException(String message) {
            super(message);
        }
    }
}
