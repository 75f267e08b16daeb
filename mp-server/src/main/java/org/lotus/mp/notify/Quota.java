package org.lotus.mp.notify;

/** Mass sends used and allowed today and this month (Paris), ours and announcement pushes together. */
public record Quota(long usedToday, int perDay, long usedThisMonth, int perMonth) {

    public boolean spent() {
        return usedToday >= perDay || usedThisMonth >= perMonth;
    }

    public long leftToday() {
        return Math.max(0, Math.min(perDay - usedToday, perMonth - usedThisMonth));
    }
}
