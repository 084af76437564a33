package org.tianshan.grants.bench;

import java.util.Arrays;

/** Latency percentiles (nearest rank) of one phase, in milliseconds. */
record Latencies(double min, double mean, double p50, double p90, double p99, double max) {

    static Latencies of(long[] nanos) {
        if (nanos.length == 0) {
            return new Latencies(0, 0, 0, 0, 0, 0);
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (long v : sorted) {
            sum += v;
        }
        return new Latencies(ms(sorted[0]), sum / sorted.length / 1e6, ms(rank(sorted, 50)), ms(rank(sorted, 90)),
                ms(rank(sorted, 99)), ms(sorted[sorted.length - 1]));
    }

    /** The nearest-rank percentile: the smallest value with at least p % of the values at or below it. */
    private static long rank(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    @Override
    public String toString() {
        return String.format("p50 %.0f ms · p90 %.0f ms · p99 %.0f ms · max %.0f ms (min %.0f, mean %.0f)",
                p50, p90, p99, max, min, mean);
    }
}
