package org.lotus.mp.stats;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Times to a first staff answer are counted in buckets (at most 5, 10, 15, 30 minutes, 1, 2, 4, 8, 12 hours, 1, 2,
 * 3, 7 days, more): exact minutes next to a day's few messages could point at one conversation. Median and 90th
 * percentile are read as a bucket's upper bound.
 */
public final class FirstAnswerBuckets {

    static final int[] BOUNDS = {5, 10, 15, 30, 60, 120, 240, 480, 720, 1440, 2880, 4320, 10080};
    static final int MORE = 10081;

    private FirstAnswerBuckets() {}

    /** The bucket (its upper bound in minutes) a time to answer falls in. */
    public static int bucketOf(long minutes) {
        for (int bound : BOUNDS) {
            if (minutes <= bound) {
                return bound;
            }
        }
        return MORE;
    }

    /** The bucket bound at or under which {@code fraction} of the answers fall; null without answers. */
    static Integer quantile(Map<Integer, Long> counts, double fraction) {
        NavigableMap<Integer, Long> sorted = new TreeMap<>(counts);
        long total = sorted.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return null;
        }
        long wanted = (long) Math.ceil(total * fraction);
        long seen = 0;
        for (Map.Entry<Integer, Long> bucket : sorted.entrySet()) {
            seen += bucket.getValue();
            if (seen >= wanted) {
                return bucket.getKey();
            }
        }
        return sorted.lastKey();
    }
}
