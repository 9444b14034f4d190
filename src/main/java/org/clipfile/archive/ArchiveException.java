package org.clipfile.archive;

/** A failure to report to the analyst as it is: the message names the file and the reason. */
public class ArchiveException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ArchiveException(String message) {
        super(message);
    }

    public ArchiveException(String message, Throwable cause) {
        super(message, cause);
    }
}
