package org.clipfile.search;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import org.clipfile.archive.SqlDialect;
import org.roaringbitmap.RoaringBitmap;

/**
 * The facets of a team archive kept on the analyst's disk, so that opening it again reads some
 * megabytes locally and the journal's few changes since, instead of every clipping's date and tags
 * across the network (59 MB and seconds at a million clippings), and the frequent words' matches
 * ({@link TextMatches}; half a minute of the server's time).
 * <p>
 * A kept copy is used only when it is provably the same archive's past: the same database (its
 * address, its object id, the archive's format and creation time) on a server not restarted
 * since (a restore to an earlier point in time needs a restart), and the journal entry the copy
 * was made at still there, written by the same transaction ({@code xmin}: a dump restored into
 * the database writes every row anew). Then the journal's later entries and the tags' random
 * versions bring it up to date, as they do for the facets held in memory. Anything else, and any
 * file that cannot be read, means a build from the server as without a cache; nothing here ever
 * fails a read.
 */
final class FacetCache {
    /** 2: the frequent words' matches follow the tags. */
    private static final int FORMAT = 2;
    /** A kept file not used for this long belongs to an archive no longer opened here: it is deleted. */
    static final java.time.Duration UNUSED_FOR = java.time.Duration.ofDays(60);
    private static final String MAGIC = "clipfile-facets";

    private final Path folder;
    private final String address;

    /**
     * @param folder  where the kept facets go (one file per team archive)
     * @param address the archive's address without login, which names the file (and is not written in it)
     */
    FacetCache(Path folder, String address) {
        this.folder = folder;
        this.address = address;
    }

    /** Who this database is now, and the journal entry a copy was made at. */
    record Identity(String database, long seq, long seqClipping, String seqWriter) {
    }

    /**
     * The server's database identity and its journal's entry {@code seq}, in {@code c}'s snapshot;
     * empty for a file archive, or when the server will not say (inside a savepoint: a failed
     * statement must not abort the caller's read transaction).
     */
    static Optional<Identity> identify(Connection c, long seq) throws SQLException {
        if (SqlDialect.of(c) != SqlDialect.POSTGRESQL || seq <= 0) {
            return Optional.empty();
        }
        Savepoint savepoint = c.setSavepoint();
        try (PreparedStatement ps = c.prepareStatement("SELECT (SELECT oid::text FROM pg_database WHERE datname = current_database()),"
                + " (SELECT format || ' ' || created_at FROM clipfile_archive LIMIT 1), extract(epoch FROM pg_postmaster_start_time())::text,"
                + " (SELECT clipping_id FROM clipping_change WHERE seq = ?), (SELECT xmin::text FROM clipping_change WHERE seq = ?)")) {
            ps.setLong(1, seq);
            ps.setLong(2, seq);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getString(5) == null) {
                    return Optional.empty(); // that entry is gone (pruned, or another past restored)
                }
                return Optional.of(new Identity(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3), seq, rs.getLong(4),
                        rs.getString(5)));
            }
        } catch (SQLException e) {
            c.rollback(savepoint);
            return Optional.empty();
        } finally {
            c.releaseSavepoint(savepoint);
        }
    }

    Path file() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(address.getBytes(StandardCharsets.UTF_8));
            return folder.resolve(HexFormat.of().formatHex(digest, 0, 16) + ".facets");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java has SHA-256
        }
    }

    /**
     * The kept facets, if they are this database's past (see the class comment); the caller
     * brings them up to date. Empty when there are none or they are not to be trusted; a file
     * that cannot be read is deleted (the build that follows keeps a new one).
     */
    Optional<FacetIndex.State> restore(Connection c) throws SQLException {
        Path file = file();
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        FacetIndex.State s = new FacetIndex.State();
        Identity kept;
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length < Long.BYTES || crc(bytes, bytes.length - Long.BYTES) != ByteBuffer.wrap(bytes, bytes.length - Long.BYTES, Long.BYTES).getLong()) {
                forget(file); // cut short or damaged on disk: never parsed
                return Optional.empty();
            }
            ByteBuffer in = ByteBuffer.wrap(bytes, 0, bytes.length - Long.BYTES);
            if (!MAGIC.equals(string(in)) || in.getInt() != FORMAT || !file.getFileName().toString().equals(string(in))) {
                forget(file);
                return Optional.empty();
            }
            kept = new Identity(string(in), in.getLong(), in.getLong(), string(in));
            s.seq = kept.seq();
            s.tags = new FacetIndex.TagFingerprint(in.getLong(), in.getLong(), in.getLong());
            for (int i = count(in, 16); i > 0; i--) {
                s.tagVersion.put(in.getLong(), in.getLong());
            }
            s.date = new int[count(in, 5)];
            in.asIntBuffer().get(s.date);
            in.position(in.position() + 4 * s.date.length);
            s.precision = new byte[s.date.length];
            in.get(s.precision);
            s.live = bitmap(in);
            s.trash = bitmap(in);
            for (int i = count(in, 12); i > 0; i--) {
                long tag = in.getLong();
                s.byTag.put(tag, bitmap(in));
            }
            for (int i = count(in, 8); i > 0; i--) {
                String match = string(in);
                s.frequent.put(match, bitmap(in));
            }
        } catch (IOException | RuntimeException e) {
            forget(file); // unreadable or truncated: built from the server instead, and kept anew
            return Optional.empty();
        }
        if (!identify(c, kept.seq()).equals(Optional.of(kept))) {
            return Optional.empty();
        }
        try {
            Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(java.time.Instant.now())); // in use: not pruned
        } catch (IOException ignored) {
            // it may then be pruned after a long while, and built again
        }
        return Optional.of(s);
    }

    /**
     * Keeps {@code s}, which is exactly {@code c}'s snapshot, for the next open. Written under a
     * temporary name and moved into place, so a reader never sees half a file. Returns whether it
     * was kept (a file archive, a journal without entries, or a disk that refuses: not kept).
     */
    boolean save(Connection c, FacetIndex.State s) throws SQLException {
        Optional<Identity> identity = identify(c, s.seq);
        if (identity.isEmpty()) {
            return false;
        }
        try {
            Files.createDirectories(folder);
            Path file = file();
            Path partial = Files.createTempFile(folder, file.getFileName().toString(), ".partial");
            try {
                try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                    CheckedOutputStream checked = new CheckedOutputStream(raw, new CRC32());
                    DataOutputStream out = new DataOutputStream(checked);
                    write(out, identity.get(), s, file.getFileName().toString());
                    out.flush();
                    new DataOutputStream(raw).writeLong(checked.getChecksum().getValue()); // the last 8 bytes: what came before
                }
                try {
                    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(partial);
            }
            pruneUnused(file);
            return true;
        } catch (IOException | RuntimeException e) {
            return false; // only a cache: the next open builds from the server
        }
    }

    private static void write(DataOutputStream out, Identity id, FacetIndex.State s, String name) throws IOException {
        write(out, MAGIC);
        out.writeInt(FORMAT);
        write(out, name);
        write(out, id.database());
        out.writeLong(id.seq());
        out.writeLong(id.seqClipping());
        write(out, id.seqWriter());
        out.writeLong(s.tags.tags());
        out.writeLong(s.tags.lowSum());
        out.writeLong(s.tags.highSum());
        out.writeInt(s.tagVersion.size());
        for (Map.Entry<Long, Long> e : s.tagVersion.entrySet()) {
            out.writeLong(e.getKey());
            out.writeLong(e.getValue());
        }
        out.writeInt(s.date.length);
        for (int d : s.date) {
            out.writeInt(d);
        }
        out.write(s.precision);
        s.live.serialize(out);
        s.trash.serialize(out);
        out.writeInt(s.byTag.size());
        for (Map.Entry<Long, RoaringBitmap> e : s.byTag.entrySet()) {
            out.writeLong(e.getKey());
            e.getValue().serialize(out);
        }
        out.writeInt(s.frequent.size());
        for (Map.Entry<String, RoaringBitmap> e : s.frequent.entrySet()) {
            write(out, e.getKey());
            e.getValue().serialize(out);
        }
    }

    private static long crc(byte[] bytes, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, length);
        return crc.getValue();
    }

    private static void write(DataOutputStream out, String text) throws IOException {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    /** A count of items of at least {@code bytesEach} bytes still to come: never more than the file holds. */
    private static int count(ByteBuffer in, int bytesEach) throws IOException {
        int n = in.getInt();
        if (n < 0 || (long) n * bytesEach > in.remaining()) {
            throw new IOException("a count of " + n + " beyond the end of the file");
        }
        return n;
    }

    private static String string(ByteBuffer in) throws IOException {
        byte[] b = new byte[count(in, 1)];
        in.get(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static RoaringBitmap bitmap(ByteBuffer in) throws IOException {
        RoaringBitmap b = new RoaringBitmap();
        b.deserialize(in); // reads from the position without moving it
        in.position(in.position() + b.serializedSizeInBytes());
        return b;
    }

    /** Deletes the kept files of other archives not opened here for {@link #UNUSED_FOR}, and leftovers of stopped writes. */
    private void pruneUnused(Path keep) {
        java.time.Instant cutoff = java.time.Instant.now().minus(UNUSED_FOR);
        java.time.Instant partialCutoff = java.time.Instant.now().minus(java.time.Duration.ofDays(1));
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                if (f.equals(keep) || !(name.endsWith(".facets") || name.endsWith(".partial"))) {
                    continue;
                }
                java.time.Instant modified = Files.getLastModifiedTime(f).toInstant();
                if (modified.isBefore(name.endsWith(".partial") ? partialCutoff : cutoff)) {
                    forget(f);
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // tidying only
        }
    }

    private static void forget(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // it is replaced after the build anyway
        }
    }
}
