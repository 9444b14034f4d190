package org.clipfile.bench;

/**
 * One row of the benchmark table. {@code median}/{@code p95} are in {@code unit}; for rates (higher
 * is better) p95 is NaN. {@code met} is null when no target applies.
 */
public record Measurement(
        String key,
        String label,
        String unit,
        double median,
        double p95,
        int runs,
        String target,
        Boolean met,
        String note) {

    static Measurement latency(String key, String label, double[] sortedMs, Double targetMs, String note) {
        double median = Timing.percentile(sortedMs, 50);
        Boolean met = targetMs == null ? null : median <= targetMs;
        return new Measurement(key, label, "ms", median, Timing.percentile(sortedMs, 95), sortedMs.length,
                targetMs == null ? "" : "≤ " + format(targetMs) + " ms", met, note);
    }

    public static String format(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        if (v >= 100 || v == Math.rint(v)) {
            return String.format(java.util.Locale.ROOT, "%,.0f", v);
        }
        return String.format(java.util.Locale.ROOT, v >= 10 ? "%.1f" : "%.2f", v);
    }
}
