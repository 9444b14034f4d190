package org.clipfile.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What an import did: clippings added, duplicates of clippings already stored (by their text), and
 * every rejected file or record with the reason. Filled in as the import runs.
 */
public final class ImportReport {
    /** A file or record that was not imported, and why, in words for the analyst. */
    public record Rejection(Path file, String reason) {
        @Override
        public String toString() {
            return file + ": " + reason;
        }
    }

    /** A note about a file that was imported all the same (an encoding guess, fields ignored). */
    public record Note(Path file, String message) {
        @Override
        public String toString() {
            return file + ": " + message;
        }
    }

    /**
     * A file whose encoding could not be told for sure: nothing of it was stored. The window shows
     * the guess's candidates with their previews, asks, and imports the file again with
     * {@link FileImporter.Options#withEncoding}. The file is also among {@link #rejections()}.
     */
    public record UnsureEncoding(Path file, EncodingGuess guess) {
    }

    private int filesRead;
    private int added;
    private int duplicates;
    private int skipped;
    private boolean cancelled;
    private final List<Long> addedIds = new ArrayList<>();
    private final List<Long> duplicateIds = new ArrayList<>();
    private final List<Rejection> rejections = new ArrayList<>();
    private final List<Note> notes = new ArrayList<>();
    private final List<UnsureEncoding> unsureEncodings = new ArrayList<>();

    synchronized void fileRead() {
        filesRead++;
    }

    synchronized void added(long id) {
        added++;
        addedIds.add(id);
    }

    synchronized void duplicate(long id) {
        duplicates++;
        duplicateIds.add(id);
    }

    synchronized void skip() {
        skipped++;
    }

    synchronized void reject(Path file, String reason) {
        rejections.add(new Rejection(file, reason));
    }

    synchronized void unsureEncoding(Path file, EncodingGuess guess, String reason) {
        rejections.add(new Rejection(file, reason));
        unsureEncodings.add(new UnsureEncoding(file, guess));
    }

    synchronized void note(Path file, String message) {
        notes.add(new Note(file, message));
    }

    synchronized void cancelled() {
        cancelled = true;
    }

    public synchronized int filesRead() {
        return filesRead;
    }

    public synchronized int added() {
        return added;
    }

    public synchronized int duplicates() {
        return duplicates;
    }

    /** Files in a folder that are not of a type Clipfile reads (images, PDFs, …). */
    public synchronized int skipped() {
        return skipped;
    }

    public synchronized boolean wasCancelled() {
        return cancelled;
    }

    public synchronized List<Long> addedIds() {
        return Collections.unmodifiableList(new ArrayList<>(addedIds));
    }

    /** Ids of every clipping the import touched, new or already there (to select them afterwards). */
    public synchronized List<Long> touchedIds() {
        List<Long> all = new ArrayList<>(addedIds);
        all.addAll(duplicateIds);
        return all;
    }

    public synchronized List<Rejection> rejections() {
        return List.copyOf(rejections);
    }

    public synchronized List<Note> notes() {
        return List.copyOf(notes);
    }

    /** Files not imported because their encoding is unsure, with the candidates to ask about. */
    public synchronized List<UnsureEncoding> unsureEncodings() {
        return List.copyOf(unsureEncodings);
    }

    /** Rejections other than unsure encodings (which the window asks about instead of listing). */
    public synchronized List<Rejection> rejectionsOtherThanEncoding() {
        List<Path> unsure = unsureEncodings.stream().map(UnsureEncoding::file).toList();
        return rejections.stream().filter(r -> !unsure.contains(r.file())).toList();
    }

    /** One line for a status bar or the end of a CLI run. */
    public synchronized String summary() {
        StringBuilder s = new StringBuilder();
        s.append(added).append(added == 1 ? " clipping added, " : " clippings added, ")
                .append(duplicates).append(duplicates == 1 ? " duplicate, " : " duplicates, ")
                .append(rejections.size()).append(" rejected");
        if (!unsureEncodings.isEmpty()) {
            s.append(" (").append(unsureEncodings.size()).append(unsureEncodings.size() == 1 ? " needs" : " need")
                    .append(" an encoding chosen)");
        }
        if (skipped > 0) {
            s.append(", ").append(skipped).append(" skipped (not a supported file type, or a saved page's assets)");
        }
        if (cancelled) {
            s.append(" — cancelled; what was added before stays");
        }
        return s.toString();
    }
}
