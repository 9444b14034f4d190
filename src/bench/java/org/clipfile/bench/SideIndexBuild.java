package org.clipfile.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import org.clipfile.archive.Archive;
import org.clipfile.archive.IndexText;
import org.clipfile.archive.NewClipping;

/**
 * Builds the big benchmark archive on both cores. SQLite has one writer per file, and the
 * full-text index costs about as much as everything else together, so while this thread writes
 * the clippings and their tags (the index trigger dropped), a second thread builds the same FTS5
 * table from the same rows in a side file. The side file's shadow tables ({@code clipping_fts_data},
 * {@code _idx}, {@code _docsize}) are ordinary tables; {@link #install} copies them over the
 * archive's and puts the trigger back. The archive then holds exactly the index the trigger would
 * have built row by row (same tokenizer, same text preparation, same rowids): SideIndexBuildTest
 * compares every indexed token and row size with a trigger-built archive.
 */
final class SideIndexBuild {
    private static final String TRIGGER = "clipping_fts_insert";
    private static final String[] SHADOW_TABLES = {"clipping_fts_data", "clipping_fts_idx", "clipping_fts_docsize"};
    private static final int INDEX_TRANSACTION = 50_000;

    private final Path side;
    private final String triggerSql;

    private SideIndexBuild(Path side, String triggerSql) {
        this.side = side;
        this.triggerSql = triggerSql;
    }

    /**
     * Adds clippings {@code from}..{@code to - 1} of {@code corpus} to the open archive, whose
     * clippings {@code 0}..{@code from - 1} are {@code firstRows}, and builds the index of all of
     * them in {@code side}. Call {@link #install} once the archive is closed.
     */
    static SideIndexBuild run(Archive archive, BulkLoader loader, List<NewClipping> firstRows, LongFunction<NewClipping> corpus,
            long from, long to, long chunk, Path side, LongConsumer progress) throws Exception {
        String[] sql = archive.read(c -> new String[] {schemaSql(c, "clipping_fts"), schemaSql(c, TRIGGER)});
        archive.write(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("DROP TRIGGER " + TRIGGER);
            }
            return null;
        });
        Files.deleteIfExists(side);
        Indexer indexer = new Indexer(side, sql[0]);
        indexer.start();
        try {
            indexer.hand(firstRows, 0);
            for (long first = from; first < to; first += chunk) {
                long n = Math.min(chunk, to - first);
                List<NewClipping> rows = new ArrayList<>((int) n);
                for (long i = first; i < first + n; i++) {
                    rows.add(corpus.apply(i));
                }
                indexer.hand(rows, first); // the indexer reads the list while this thread writes the same rows
                long base = first;
                loader.load(i -> rows.get((int) (i - base)), first, n);
                progress.accept(first + n);
            }
            indexer.finish();
        } catch (Exception | Error e) {
            // The archive is left without its trigger: the benchmark discards it (its folder is deleted).
            indexer.interrupt();
            indexer.join(10_000);
            throw e;
        }
        return new SideIndexBuild(side, sql[1]);
    }

    /** Replaces the closed archive's full-text index with the side file's and restores the trigger. */
    void install(Path archiveFile) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + archiveFile);
             Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 10000");
            s.execute("ATTACH DATABASE '" + side.toString().replace("'", "''") + "' AS side");
            s.execute("BEGIN IMMEDIATE");
            for (String table : SHADOW_TABLES) {
                s.execute("DELETE FROM main." + table);
                s.execute("INSERT INTO main." + table + " SELECT * FROM side." + table);
            }
            s.execute(triggerSql);
            s.execute("COMMIT");
            s.execute("DETACH DATABASE side");
        }
        try {
            Files.deleteIfExists(side);
        } catch (java.io.IOException e) {
            // a leftover side file in the benchmark's temporary folder goes with the folder
        }
    }

    private static String schemaSql(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT sql FROM sqlite_master WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("the archive has no " + name);
                }
                return rs.getString(1);
            }
        }
    }

    /** The second thread: indexes batches in the order handed, clipping id = corpus index + 1. */
    private static final class Indexer extends Thread {
        private record Batch(List<NewClipping> rows, long first) {}

        private static final Batch END = new Batch(List.of(), -1);

        // One chunk may wait while another is indexed and a third written: three chunks of rows at most in the heap.
        private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(1);
        private final Path side;
        private final String createSql;
        private volatile Throwable failure;

        Indexer(Path side, String createSql) {
            super("bench-side-index");
            setDaemon(true);
            this.side = side;
            this.createSql = createSql;
        }

        void hand(List<NewClipping> rows, long first) throws Exception {
            Batch batch = new Batch(rows, first);
            while (!queue.offer(batch, 200, TimeUnit.MILLISECONDS)) {
                check();
            }
        }

        void finish() throws Exception {
            while (!queue.offer(END, 200, TimeUnit.MILLISECONDS)) {
                check();
            }
            join();
            check();
        }

        private void check() throws Exception {
            Throwable t = failure;
            if (t != null) {
                throw new IllegalStateException("building the side index failed: " + t.getMessage(), t);
            }
            if (!isAlive() && !queue.isEmpty()) {
                throw new IllegalStateException("the side indexer stopped early");
            }
        }

        @Override
        public void run() {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + side);
                 Statement s = c.createStatement()) {
                // A scratch file: if the machine stops, the benchmark starts over anyway.
                s.execute("PRAGMA journal_mode = OFF");
                s.execute("PRAGMA synchronous = OFF");
                s.execute("PRAGMA cache_size = -262144");
                s.execute(createSql);
                c.setAutoCommit(false);
                long inTransaction = 0;
                try (PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO clipping_fts (rowid, title, body, notes) VALUES (?, ?, ?, ?)")) {
                    while (true) {
                        Batch batch = queue.take();
                        if (batch == END) {
                            break;
                        }
                        long id = batch.first() + 1;
                        for (NewClipping n : batch.rows()) {
                            // The trigger's clipfile_index_text turns NULL into "".
                            insert.setLong(1, id++);
                            insert.setString(2, prepared(n.title()));
                            insert.setString(3, prepared(n.text()));
                            insert.setString(4, prepared(n.notes()));
                            insert.addBatch();
                            if (++inTransaction % 1_000 == 0) {
                                insert.executeBatch();
                            }
                            if (inTransaction % INDEX_TRANSACTION == 0) {
                                c.commit();
                            }
                        }
                    }
                    insert.executeBatch();
                }
                c.commit();
            } catch (Throwable t) {
                failure = t;
            }
        }

        private static String prepared(String text) {
            return text == null ? "" : IndexText.forIndex(text);
        }
    }
}
