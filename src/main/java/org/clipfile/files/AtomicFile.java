package org.clipfile.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that the target name only ever holds a complete file: the content goes to a
 * temporary file beside it, is flushed to disk, then moved into place in one step. A crash or a
 * cancel leaves the old file (or none), never half of a new one.
 */
public final class AtomicFile {
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    private AtomicFile() {
    }

    /** Deletes temporary files that an earlier, killed write of the same target left behind. */
    private static void removeLeftovers(Path dir, String name) throws IOException {
        String prefix = "." + name + ".";
        try (var entries = Files.newDirectoryStream(dir, p -> {
            String n = p.getFileName().toString();
            return n.startsWith(prefix) && n.endsWith(".part");
        })) {
            for (Path leftover : entries) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    /** What writes the content. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /**
     * @param overwrite whether an existing target may be replaced; if not and it exists, throws
     *                  {@link FileAlreadyExistsException} before writing anything
     * @return the number of bytes written
     */
    public static long write(Path target, boolean overwrite, Writer writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (!overwrite && Files.exists(absolute)) {
            throw new FileAlreadyExistsException(absolute.toString(), null, "already exists");
        }
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        removeLeftovers(dir, absolute.getFileName().toString());
        // Not Files.createTempFile: that makes the file private (0600), and an export should get the
        // permissions any file the user writes gets.
        Path temp = dir.resolve("." + absolute.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".part");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                writer.write(out);
                out.flush();
                channel.force(true);
            }
            long size = Files.size(temp);
            if (!overwrite && Files.exists(absolute)) {
                throw new FileAlreadyExistsException(absolute.toString(), null, "appeared while writing");
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            return size;
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
