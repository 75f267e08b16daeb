package org.lotus.mp.stats;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The counters every feature increments: {@code increment(Metric.MENU_TAPS, "health")}. A count is one row per Paris
 * day, metric and item; no reader is ever part of it.
 *
 * <p>{@link #increment} writes at once, in the caller's transaction when there is one (a stored push is counted
 * exactly when its receipt is stored). {@link #incrementSoon} adds in memory and writes every two seconds, for
 * counts on paths that must stay fast (menu taps, page reads); a crash loses at most those two seconds.
 */
@Component
public class DailyCounts {

    /** Days are counted in the programme's time zone: a message at 00:30 in Paris belongs to that Paris day. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private static final Logger log = LoggerFactory.getLogger(DailyCounts.class);
    private static final int MAX_ITEM = 64;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Map<Key, LongAdder> pending = new ConcurrentHashMap<>();

    DailyCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.clock = Clock.systemUTC();
    }

    private record Key(LocalDate day, String metric, String item) {}

    public void increment(Metric metric, String item) {
        add(today(), metric, item, 1);
    }

    /** Counts on a given instant's Paris day (an event WeChat dated). */
    public void increment(Metric metric, String item, Instant at) {
        add(at.atZone(ZONE).toLocalDate(), metric, item, 1);
    }

    /** Counts within two seconds, off the caller's path. */
    public void incrementSoon(Metric metric, String item) {
        pending.computeIfAbsent(new Key(today(), metric.key(), clean(item)), k -> new LongAdder())
                .increment();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    @Scheduled(fixedDelayString = "${lotus.stats.flush-interval:2s}")
    @jakarta.annotation.PreDestroy
    public void flush() {
        for (Key key : pending.keySet()) {
            LongAdder adder = pending.remove(key);
            long n = adder == null ? 0 : adder.sumThenReset();
            if (n == 0) {
                continue;
            }
            try {
                upsert(key.day(), key.metric(), key.item(), n);
            } catch (DataAccessException e) {
                // Kept for the next flush: the database may be back by then.
                pending.computeIfAbsent(key, k -> new LongAdder()).add(n);
                log.warn("counts not written yet: {}", e.getClass().getSimpleName());
                return;
            }
        }
    }

    private void add(LocalDate day, Metric metric, String item, long n) {
        upsert(day, metric.key(), clean(item), n);
    }

    /** One atomic statement on MySQL, MariaDB and H2 (MySQL mode): no read-then-write race between instances. */
    private void upsert(LocalDate day, String metric, String item, long n) {
        jdbc.update(
                "INSERT INTO daily_count (on_day, metric, item, n) VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE n = n + ?",
                Date.valueOf(day),
                metric,
                item,
                n,
                n);
    }

    private static String clean(String item) {
        if (item == null) {
            return "";
        }
        return item.length() > MAX_ITEM ? item.substring(0, MAX_ITEM) : item;
    }
}
