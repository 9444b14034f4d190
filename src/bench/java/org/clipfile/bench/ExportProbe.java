package org.clipfile.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.clipfile.archive.Archive;
import org.clipfile.archive.ArchiveAddress;
import org.clipfile.export.ExportFormat;
import org.clipfile.export.ExportWriter;
import org.clipfile.search.ClippingFilter;
import org.clipfile.work.Progress;

/**
 * Runs one JSON export of a whole archive in its own JVM, started with a small {@code -Xmx}, so the
 * heap measured is the export's alone (not the benchmark's) and the limit itself is part of the
 * proof. Prints {@code count bytes nanos peakHeapBytes} on one line.
 */
public final class ExportProbe {
    private ExportProbe() {
    }

    public static void main(String[] args) throws Exception {
        ArchiveAddress address = ArchiveAddress.parse(args[0]); // a file, or a team archive on a server
        Path target = Path.of(args[1]);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        try (Archive archive = address instanceof ArchiveAddress.File f ? Archive.open(f.path())
                : Archive.open(address, Archive.Options.NO_DAILY_BACKUP)) {
            System.gc();
            sampler.start();
            long start = System.nanoTime();
            ExportWriter.Result result = new ExportWriter(archive).export(ClippingFilter.ALL, ExportFormat.JSON, target, true, Progress.NONE);
            long nanos = System.nanoTime() - start;
            sampler.interrupt();
            sampler.join();
            peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            System.out.println(result.count() + " " + Files.size(target) + " " + nanos + " " + peak.get());
        }
    }
}
