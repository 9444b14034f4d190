package org.clipfile.ui.common;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import org.clipfile.archive.ArchiveException;

/** Turns a failure into a sentence for the analyst: what went wrong and where, never a stack trace. */
public final class ErrorText {
    private ErrorText() {
    }

    /**
     * The sentence for {@code error}. Every failure the window shows passes here, so this is also
     * where it is recorded, with its stack trace, in the log (see {@link org.clipfile.logging.ErrorLog}).
     */
    public static String of(Throwable error) {
        org.clipfile.logging.ErrorLog.record("shown in the window", error);
        Throwable t = error;
        while (t.getCause() != null && (t.getClass() == RuntimeException.class
                || t instanceof java.util.concurrent.ExecutionException || t instanceof java.io.UncheckedIOException)) {
            t = t.getCause();
        }
        if (t instanceof NoSuchFileException e) {
            return "File not found: " + e.getFile();
        }
        if (t instanceof AccessDeniedException e) {
            return "Permission denied: " + e.getFile();
        }
        if (t instanceof FileAlreadyExistsException e) {
            return "The file already exists: " + e.getFile();
        }
        String message = t.getMessage();
        // The parsers' messages are written for the analyst ("The clipboard holds no text.").
        if (t instanceof ArchiveException || t instanceof IllegalArgumentException
                || t instanceof org.clipfile.ingest.ClippingParseException) {
            return message;
        }
        if (t instanceof IOException) {
            return message == null ? "Input/output error" : message;
        }
        return "Unexpected error (" + t.getClass().getSimpleName() + ")" + (message == null ? "" : ": " + message);
    }
}
