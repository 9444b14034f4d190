package org.clipfile.bench;

import java.util.Arrays;

/** Repeated timing of one operation: a warm-up run, then {@code runs} timed runs. */
final class Timing {
    private Timing() {
    }

    @FunctionalInterface
    interface Op {
        void run(int iteration) throws Exception;
    }

    /** Times {@code runs} runs after {@code warmups} untimed ones; returns the sorted times in ms. */
    static double[] repeat(int warmups, int runs, Op op) throws Exception {
        for (int w = 0; w < warmups; w++) {
            op.run(-1 - w);
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            op.run(i);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        if (p == 50 && sorted.length % 2 == 0) {
            return (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
