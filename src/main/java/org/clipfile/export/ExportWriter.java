package org.clipfile.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.clipfile.archive.Archive;
import org.clipfile.archive.Clipping;
import org.clipfile.files.AtomicFile;
import org.clipfile.search.ClippingFilter;
import org.clipfile.search.ClippingSearch;
import org.clipfile.search.SortOrder;
import org.clipfile.work.Progress;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams the clippings of a filter to JSON or JSONL, oldest first, one row at a time from one
 * read transaction: memory stays flat however many clippings there are, and the count in the
 * envelope is exactly what follows.
 */
public final class ExportWriter {
    // No separator between root values: JSONL lines must start with their '{'.
    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder().rootValueSeparator((String) null).build()).build();

    private final ClippingSearch search;

    public ExportWriter(Archive archive) {
        this(new ClippingSearch(archive));
    }

    /** Reads through {@code search} (its thresholds, e.g. how many rows a window of the scan holds). */
    public ExportWriter(ClippingSearch search) {
        this.search = search;
    }

    /** What an export wrote. */
    public record Result(Path file, long count, long bytes) {
    }

    /** Writes to {@code target} atomically; refuses to replace an existing file unless {@code overwrite}. */
    public Result export(ClippingFilter filter, ExportFormat format, Path target, boolean overwrite, Progress progress) throws IOException {
        long[] count = new long[1];
        long bytes = AtomicFile.write(target, overwrite, out -> count[0] = write(filter, format, out, progress));
        return new Result(target.toAbsolutePath(), count[0], bytes);
    }

    /**
     * Writes to a stream (standard output, say); returns how many clippings were written.
     *
     * <p>Reading and writing overlap: this thread reads the clippings (SQLite, decoding) and hands
     * them in small batches to a writer thread (JSON, the stream), through a queue of a few
     * batches, so memory stays flat and each side runs on its own core.
     */
    public long write(ClippingFilter filter, ExportFormat format, OutputStream out, Progress progress) throws IOException {
        try (JsonGenerator g = MAPPER.createGenerator(nonClosing(out), JsonEncoding.UTF8)) {
            WriterThread writer = new WriterThread(g, format, filter);
            long[] total = new long[1];
            long[] written = new long[1];
            boolean finished = false;
            writer.start();
            try {
                search.scan(filter, SortOrder.OLDEST, new ClippingSearch.Scan() {
                    @Override
                    public void begin(long count) {
                        total[0] = count;
                        writer.begin(count);
                    }

                    @Override
                    public void accept(Clipping clipping) {
                        progress.checkCancelled();
                        writer.add(clipping);
                        if (++written[0] % 500 == 0) {
                            progress.update(written[0], total[0], clipping.title());
                        }
                    }
                });
                writer.finish();
                finished = true;
            } finally {
                if (!finished) {
                    writer.abandon();
                }
            }
            progress.update(written[0], total[0], null);
            return written[0];
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Writes what the reading thread hands it, in order: the envelope's start, batches of
     * clippings, the end. A failure stops the writing; the reader hears of it at its next batch
     * (and it is thrown from {@link #finish}).
     */
    private static final class WriterThread extends Thread {
        private static final int BATCH = 128;
        private static final int BATCH_CHARS = 1 << 20;
        private static final Object END = new Object();
        private static final Object ABANDON = new Object();

        private final JsonGenerator g;
        private final ExportFormat format;
        private final ClippingFilter filter;
        private final java.util.concurrent.BlockingQueue<Object> queue = new java.util.concurrent.ArrayBlockingQueue<>(4);
        private volatile Throwable failure;
        private java.util.List<Clipping> batch = new java.util.ArrayList<>(BATCH);
        private long batchChars;

        WriterThread(JsonGenerator g, ExportFormat format, ClippingFilter filter) {
            super("export-writer");
            setDaemon(true);
            this.g = g;
            this.format = format;
            this.filter = filter;
        }

        void begin(long count) {
            put(count);
        }

        void add(Clipping c) {
            batch.add(c);
            batchChars += c.text().length() + c.title().length() + c.notes().length();
            if (batch.size() >= BATCH || batchChars >= BATCH_CHARS) {
                put(batch);
                batch = new java.util.ArrayList<>(BATCH);
                batchChars = 0;
            }
        }

        /** Writes the rest and the end; returns when all is written, or throws what went wrong. */
        void finish() {
            if (!batch.isEmpty()) {
                put(batch);
            }
            put(END);
            joinQuietly();
            rethrow();
        }

        /** The reading failed or was cancelled: stop without writing the end. */
        void abandon() {
            queue.clear();
            try {
                queue.put(ABANDON);
            } catch (InterruptedException e) {
                interrupt();
                Thread.currentThread().interrupt();
            }
            joinQuietly();
        }

        private void put(Object item) {
            rethrow();
            try {
                while (!queue.offer(item, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    rethrow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new org.clipfile.work.CancelledException();
            }
        }

        private void rethrow() {
            Throwable t = failure;
            if (t instanceof RuntimeException r) {
                throw r;
            }
            if (t instanceof Error e) {
                throw e;
            }
        }

        private void joinQuietly() {
            boolean interrupted = false;
            while (isAlive()) {
                try {
                    join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void run() {
            try {
                while (true) {
                    Object item = queue.take();
                    if (item == END) {
                        if (format == ExportFormat.JSON) {
                            g.writeEndArray();
                            g.writeEndObject();
                            g.writeRaw('\n');
                        }
                        g.flush();
                        return;
                    }
                    if (item == ABANDON) {
                        return;
                    }
                    if (item instanceof Long count) {
                        if (format == ExportFormat.JSON) {
                            writeEnvelopeStart(g, filter, count);
                        }
                        continue;
                    }
                    @SuppressWarnings("unchecked")
                    java.util.List<Clipping> clippings = (java.util.List<Clipping>) item;
                    for (Clipping c : clippings) {
                        writeClipping(g, c);
                        if (format == ExportFormat.JSONL) {
                            g.writeRaw('\n');
                        }
                    }
                }
            } catch (Throwable t) {
                failure = t;
                queue.clear(); // unblock the reader; it sees the failure before its next batch
            }
        }
    }

    /**
     * One clipping, exactly as {@code MAPPER.writeValue(g, ExportedClipping.of(c))} writes it (same
     * properties, order and nulls), but straight to the generator: a million clippings spent a
     * good part of an export's time in the bean serializer.
     */
    static void writeClipping(JsonGenerator g, Clipping c) {
        g.writeStartObject();
        g.writeNumberProperty("id", c.id());
        g.writeStringProperty("title", c.title());
        g.writeStringProperty("date", c.date() == null ? null : c.date().iso());
        g.writeStringProperty("dateSource", c.date() == null ? null : c.date().origin().key());
        g.writeStringProperty("source", c.source());
        g.writeStringProperty("url", c.url());
        g.writeStringProperty("author", c.author());
        g.writeName("tags");
        g.writeStartArray();
        for (String tag : c.tags()) {
            g.writeString(tag);
        }
        g.writeEndArray();
        g.writeStringProperty("text", c.text());
        g.writeStringProperty("notes", c.notes());
        g.writeStringProperty("addedAt", c.addedAt().toString());
        g.writeStringProperty("addedBy", c.addedBy());
        g.writeStringProperty("changedBy", c.changedBy());
        g.writeStringProperty("contentHash", c.contentHash());
        g.writeEndObject();
    }

    private static void writeEnvelopeStart(JsonGenerator g, ClippingFilter filter, long total) {
        g.writeStartObject();
        g.writeStringProperty("format", ExportFormat.FORMAT_NAME);
        g.writeNumberProperty("version", ExportFormat.VERSION);
        g.writeStringProperty("exportedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        g.writeName("filter");
        MAPPER.writeValue(g, filter.describe());
        g.writeNumberProperty("count", total);
        g.writeName("clippings");
        g.writeStartArray();
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
    }
}
