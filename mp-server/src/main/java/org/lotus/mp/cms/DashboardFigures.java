package org.lotus.mp.cms;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Daily counts for the dashboard charts, from recorded events only: no reader identity is involved. */
@Component
class DashboardFigures {

    /** One day of a chart: counts and bar heights in a 0–100 box. */
    public record Day(
            String label,
            long gained,
            long lost,
            long messages,
            int gainedHeight,
            int lostHeight,
            int messagesHeight) {}

    private final JdbcTemplate jdbc;

    DashboardFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Day> lastDays(int days) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate first = today.minusDays(days - 1L);
        Map<LocalDate, long[]> counts = new HashMap<>();
        jdbc.query(
                "SELECT occurred_on, kind, COUNT(*) FROM reader_event WHERE occurred_on >= ? GROUP BY occurred_on, kind",
                rs -> {
                    long[] c = counts.computeIfAbsent(rs.getDate(1).toLocalDate(), d -> new long[3]);
                    c["subscribe".equals(rs.getString(2)) ? 0 : 1] += rs.getLong(3);
                },
                Date.valueOf(first));
        jdbc.query(
                "SELECT received_at FROM reader_message WHERE received_at >= ?",
                rs -> {
                    counts.computeIfAbsent(rs.getTimestamp(1).toLocalDateTime().toLocalDate(), d -> new long[3])[2]++;
                },
                Timestamp.valueOf(LocalDateTime.of(first, java.time.LocalTime.MIDNIGHT)));
        long max = Math.max(
                1,
                counts.values().stream()
                        .mapToLong(c -> Math.max(c[0], Math.max(c[1], c[2])))
                        .max()
                        .orElse(1));
        List<Day> result = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            long[] c = counts.getOrDefault(day, new long[3]);
            result.add(new Day(
                    day.getDayOfMonth() + "/" + day.getMonthValue(),
                    c[0],
                    c[1],
                    c[2],
                    (int) (c[0] * 100 / max),
                    (int) (c[1] * 100 / max),
                    (int) (c[2] * 100 / max)));
        }
        return result;
    }
}
