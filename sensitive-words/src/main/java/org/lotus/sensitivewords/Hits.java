package org.lotus.sensitivewords;

import java.util.Arrays;

/**
 * Candidate matches packed into longs (begin, then longest first, then term index) so sorting them costs one
 * primitive sort and no object per hit.
 */
final class Hits {

    static final int MAX_TERMS = 1 << 22;
    private static final int MAX_LENGTH = 1023;

    private long[] keys;
    private int size;

    Hits() {
        this(64);
    }

    /** With room for {@code expected} hits before growing. */
    Hits(int expected) {
        keys = new long[Math.max(16, expected)];
    }

    void add(int begin, int end, int term) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
        }
        long inverseLength = MAX_LENGTH - Math.min(end - begin, MAX_LENGTH);
        keys[size++] = ((long) begin << 32) | (inverseLength << 22) | term;
    }

    /** Empties the list, keeping its room. */
    void clear() {
        size = 0;
    }

    void sort() {
        Arrays.sort(keys, 0, size);
    }

    int size() {
        return size;
    }

    static int begin(long key) {
        return (int) (key >>> 32);
    }

    static int end(long key) {
        return begin(key) + MAX_LENGTH - (int) ((key >>> 22) & MAX_LENGTH);
    }

    static int term(long key) {
        return (int) (key & (MAX_TERMS - 1));
    }

    long get(int i) {
        return keys[i];
    }
}
