package org.clipfile.archive;

import java.nio.file.Path;

/**
 * SQLite found the archive file damaged (a truncated file, overwritten pages). Nothing was written
 * to it. The window catches this to offer {@link Backups#latest} and {@link Backups#restore}.
 */
public final class ArchiveDamagedException extends ArchiveException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public ArchiveDamagedException(Path file, String reason, Throwable cause) {
        super(file + " is damaged (" + reason + "); it was left as it is. Run 'clipfile check' to see what is wrong,"
                + " or 'clipfile restore --latest' to go back to the newest backup in " + Backups.folderOf(file), cause);
        this.file = file;
    }

    /** The damaged archive file. */
    public Path file() {
        return file;
    }
}
