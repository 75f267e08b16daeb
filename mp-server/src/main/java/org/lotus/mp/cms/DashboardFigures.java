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
import org.lotus.mp.i18n.ParisTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Daily counts for the dashboard charts, from recorded events only: no reader identity is involved. */
@Component
class DashboardFigures {

    /** One day of a chart: counts and bar heights in a 0–100 box (public so templates can read it). */
    public record Day(
            String label,
            long gained,
            long lost,
            long messages,
            int gainedHeight,
            int lostHeight,
            int messagesHeight) {}

    /** A chart's days and the top of its value axis, a round number (public so templates can read it). */
    public record Chart(List<Day> days, long followersTop, long messagesTop) {}

    private final JdbcTemplate jdbc;

    DashboardFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Chart lastDays(int days) {
        LocalDate today = LocalDate.now(ParisTime.PARIS);
        LocalDate first = today.minusDays(days - 1L);
        Map<LocalDate, long[]> counts = new HashMap<>();
        jdbc.query(
                "SELECT occurred_on, kind, COUNT(*) FROM reader_event WHERE occurred_on >= ? GROUP BY occurred_on, kind",
                rs -> {
                    long[] c = counts.computeIfAbsent(rs.getDate(1).toLocalDate(), d -> new long[3]);
                    c["subscribe".equals(rs.getString(2)) ? 0 : 1] += rs.getLong(3);
                },
                Date.valueOf(first.minusDays(1)));
        jdbc.query(
                "SELECT received_at FROM reader_message WHERE received_at >= ?",
                rs -> {
                    LocalDate day = rs.getTimestamp(1)
                            .toLocalDateTime()
                            .atOffset(ZoneOffset.UTC)
                            .atZoneSameInstant(ParisTime.PARIS)
                            .toLocalDate();
                    counts.computeIfAbsent(day, d -> new long[3])[2]++;
                },
                Timestamp.valueOf(LocalDateTime.of(first.minusDays(1), java.time.LocalTime.MIDNIGHT)));
        long followersTop = top(counts.values().stream()
                .mapToLong(c -> Math.max(c[0], c[1]))
                .max()
                .orElse(0));
        long messagesTop =
                top(counts.values().stream().mapToLong(c -> c[2]).max().orElse(0));
        List<Day> result = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            long[] c = counts.getOrDefault(day, new long[3]);
            result.add(new Day(
                    day.getDayOfMonth() + "/" + day.getMonthValue(),
                    c[0],
                    c[1],
                    c[2],
                    (int) (c[0] * 100 / followersTop),
                    (int) (c[1] * 100 / followersTop),
                    (int) (c[2] * 100 / messagesTop)));
        }
        return new Chart(result, followersTop, messagesTop);
    }

    /** The smallest round number (1, 2, 5 × 10ⁿ, and even so its half is whole) at or above {@code max}. */
    static long top(long max) {
        long step = 1;
        while (true) {
            for (long m : new long[] {2, 4, 10}) {
                if (m * step >= max) {
                    return m * step;
                }
            }
            step *= 10;
        }
    }
}
