package org.lotus.mp.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.lotus.content.PublicationStatus;
import org.lotus.content.UtcTime;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Gauges read from the database when scraped, so every instance reports the same cluster-wide figures: publication
 * outcomes by status ({@code lotus_publications{kind,status}}) and the scheduler's lag, how long the oldest due job
 * has waited ({@code lotus_scheduler_lag_seconds}). NaN while the database does not answer.
 */
@Component
class DatabaseGauges implements MeterBinder {

    private static final List<String> TABLES = List.of("article", "announcement");

    private final JdbcTemplate jdbc;

    DatabaseGauges(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String table : TABLES) {
            for (PublicationStatus status : PublicationStatus.values()) {
                Gauge.builder("lotus.publications", () -> count(table, status))
                        .description("Articles and announcements by publication status")
                        .tag("kind", table)
                        .tag("status", status.name())
                        .register(registry);
            }
        }
        Gauge.builder("lotus.scheduler.lag", this::schedulerLag)
                .description("How long the oldest due scheduled job has waited to be picked")
                .baseUnit("seconds")
                .register(registry);
    }

    private double count(String table, PublicationStatus status) {
        try {
            Long count = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM " + table + " WHERE status = ?", Long.class, status.name());
            return count == null ? 0 : count;
        } catch (DataAccessException e) {
            return Double.NaN;
        }
    }

    private double schedulerLag() {
        try {
            // db-scheduler keeps its times in UTC (always-persist-timestamp-in-utc), as UtcTime does.
            LocalDateTime now = UtcTime.now();
            LocalDateTime oldest = jdbc.queryForObject(
                    "SELECT MIN(execution_time) FROM scheduled_tasks WHERE picked = FALSE AND execution_time <= ?",
                    LocalDateTime.class,
                    now);
            return oldest == null
                    ? 0
                    : Math.max(0, Duration.between(oldest, now).toMillis() / 1000.0);
        } catch (DataAccessException e) {
            return Double.NaN;
        }
    }
}
