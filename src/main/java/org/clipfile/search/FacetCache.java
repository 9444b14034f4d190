package org.clipfile.search;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
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
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.roaringbitmap.RoaringBitmap;

/**
 * The facets of a team archive kept on the analyst's disk, so that opening it again reads some
 * megabytes locally and the journal's few changes since, instead of every clipping's date and tags
 * across the network (59 MB and seconds at a million clippings).
 * <p>
 * A kept copy is used only when it is provably the same archive's past: the same database (its
 * address, its object id, the archive's creation time) on a server not restarted since (a
 * restore to an earlier point in time needs a restart), and the journal entry the copy was made
 * at still there, written by the same transaction ({@code xmin}: a dump restored into the
 * database writes every row anew). Then the journal's later entries and the tags' random
 * versions bring it up to date, as they do for the facets held in memory. Anything else, and any
 * file that cannot be read, means a build from the server as without a cache; nothing here ever
 * fails a read.
 */
final class FacetCache {
    private static final int FORMAT = 1;
    private static final String MAGIC = "clipfile-facets";

    private final Path folder;
    private final String address;

    /**
     * @param folder  where the kept facets go (one file per team archive)
     * @param address the archive's address without login, which names the file
     */
    FacetCache(Path folder, String address) {
        this.folder = folder;
        this.address = address;
    }

    /** Who this database is now, and the journal entry a copy was made at. */
    record Identity(String database, long seq, long seqClipping, String seqWriter) {
    }

    /** The server's database identity and its journal's last entry, in {@code c}'s snapshot; empty for a file archive. */
    static Optional<Identity> identify(Connection c, long seq) throws SQLException {
        if (!c.getMetaData().getDatabaseProductName().equals("PostgreSQL") || seq <= 0) {
            return Optional.empty();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT (SELECT oid::text FROM pg_database WHERE datname = current_database()),"
                + " (SELECT created_at FROM clipfile_archive LIMIT 1), pg_postmaster_start_time()::text,"
                + " (SELECT clipping_id FROM clipping_change WHERE seq = ?), (SELECT xmin::text FROM clipping_change WHERE seq = ?)")) {
            ps.setLong(1, seq);
            ps.setLong(2, seq);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getString(5) == null) {
                    return Optional.empty(); // that entry is gone (pruned, or another past restored)
                }
                return Optional.of(new Identity(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3), seq, rs.getLong(4), rs.getString(5)));
            }
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
     * brings them up to date. Empty when there are none or they are not to be trusted.
     */
    Optional<FacetIndex.State> restore(Connection c) {
        Path file = file();
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(file));
            if (!MAGIC.equals(string(in)) || in.getInt() != FORMAT || !address.equals(string(in))) {
                return Optional.empty();
            }
            Identity kept = new Identity(string(in), in.getLong(), in.getLong(), string(in));
            if (!identify(c, kept.seq()).equals(Optional.of(kept))) {
                return Optional.empty();
            }
            FacetIndex.State s = new FacetIndex.State();
            s.seq = kept.seq();
            s.tags = new FacetIndex.TagFingerprint(in.getLong(), in.getLong(), in.getLong());
            for (int i = in.getInt(); i > 0; i--) {
                s.tagVersion.put(in.getLong(), in.getLong());
            }
            s.date = new int[in.getInt()];
            in.asIntBuffer().get(s.date);
            in.position(in.position() + 4 * s.date.length);
            s.precision = new byte[s.date.length];
            in.get(s.precision);
            s.live = bitmap(in);
            s.trash = bitmap(in);
            for (int i = in.getInt(); i > 0; i--) {
                long tag = in.getLong();
                s.byTag.put(tag, bitmap(in));
            }
            return Optional.of(s);
        } catch (IOException | RuntimeException | SQLException e) {
            return Optional.empty(); // unreadable, truncated, or not ours: build from the server instead
        }
    }

    /**
     * Keeps {@code s}, which is exactly {@code c}'s snapshot, for the next open. Written under a
     * temporary name and moved into place, so a reader never sees half a file. Returns whether it
     * was kept (a file archive, a journal without entries, or a disk that refuses: not kept).
     */
    boolean save(Connection c, FacetIndex.State s) {
        try {
            Optional<Identity> identity = identify(c, s.seq);
            if (identity.isEmpty()) {
                return false;
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.date.length * 5 + (1 << 20));
            DataOutputStream out = new DataOutputStream(bytes);
            write(out, MAGIC);
            out.writeInt(FORMAT);
            write(out, address);
            Identity id = identity.get();
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
            ByteBuffer dates = ByteBuffer.allocate(4 * s.date.length);
            dates.asIntBuffer().put(s.date);
            out.write(dates.array());
            out.write(s.precision);
            s.live.serialize(out);
            s.trash.serialize(out);
            out.writeInt(s.byTag.size());
            for (Map.Entry<Long, RoaringBitmap> e : s.byTag.entrySet()) {
                out.writeLong(e.getKey());
                e.getValue().serialize(out);
            }
            out.flush();
            Files.createDirectories(folder);
            Path file = file();
            Path partial = Files.createTempFile(folder, file.getFileName().toString(), ".partial");
            try {
                Files.write(partial, bytes.toByteArray());
                try {
                    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(partial);
            }
            return true;
        } catch (IOException | SQLException | RuntimeException e) {
            return false; // only a cache: the next open builds from the server
        }
    }

    private static void write(DataOutputStream out, String text) throws IOException {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String string(ByteBuffer in) {
        byte[] b = new byte[in.getInt()];
        in.get(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static RoaringBitmap bitmap(ByteBuffer in) throws IOException {
        RoaringBitmap b = new RoaringBitmap();
        b.deserialize(in); // reads from the position without moving it
        in.position(in.position() + b.serializedSizeInBytes());
        return b;
    }
}
