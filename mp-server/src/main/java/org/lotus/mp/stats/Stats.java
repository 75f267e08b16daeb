package org.lotus.mp.stats;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lotus.mp.channels.Channels;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the counters of a date range: figures per day, and summed. */
@Component
public class Stats {

    /** The figures of each day of a range (every day present, empty ones too) and their sum. */
    public record Range(LocalDate from, LocalDate to, Map<LocalDate, Figures> days, Figures totals) {}

    private final JdbcTemplate jdbc;
    private final Channels channels;

    Stats(JdbcTemplate jdbc, Channels channels) {
        this.jdbc = jdbc;
        this.channels = channels;
    }

    public Range between(LocalDate from, LocalDate to) {
        Map<LocalDate, Figures> days = new TreeMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.put(day, new Figures());
        }
        jdbc.query(
                "SELECT on_day, metric, item, n FROM daily_count WHERE on_day BETWEEN ? AND ?",
                rs -> {
                    days.get(rs.getDate(1).toLocalDate()).add(rs.getString(2), rs.getString(3), rs.getLong(4));
                },
                Date.valueOf(from),
                Date.valueOf(to));
        Figures totals = new Figures();
        days.values().forEach(totals::addAll);
        return new Range(from, to, days, totals);
    }

    /** Channel names by id, in creation order, for the per-channel figures. */
    public Map<Long, String> channelNames() {
        Map<Long, String> names = new java.util.LinkedHashMap<>();
        channels.list().forEach(c -> names.put(c.getId(), c.getName()));
        return names;
    }

    /** Articles published in a range (Paris days), for the yearly report; articles are never purged. */
    public long articlesPublished(LocalDate from, LocalDate to) {
        Long n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM article WHERE published_at >= ? AND published_at < ?",
                Long.class,
                java.sql.Timestamp.valueOf(from.atStartOfDay(DailyCounts.ZONE)
                        .withZoneSameInstant(java.time.ZoneOffset.UTC)
                        .toLocalDateTime()),
                java.sql.Timestamp.valueOf(to.plusDays(1)
                        .atStartOfDay(DailyCounts.ZONE)
                        .withZoneSameInstant(java.time.ZoneOffset.UTC)
                        .toLocalDateTime()));
        return n == null ? 0 : n;
    }

    /** Followers reached by a mass send in a range: the largest send's SentCount (WeChat's own figure). */
    public long largestMassSend(LocalDate from, LocalDate to) {
        Long n = jdbc.queryForObject(
                "SELECT MAX(sent_count) FROM mass_send_result WHERE received_at >= ? AND received_at < ?",
                Long.class,
                Date.valueOf(from),
                Date.valueOf(to.plusDays(1)));
        return n == null ? 0 : n;
    }

    /** Weeks (Monday first) or months of a range, summed. */
    public List<Period> periods(Range range, boolean monthly) {
        Map<LocalDate, Figures> sums = new TreeMap<>();
        range.days()
                .forEach((day, figures) -> sums.computeIfAbsent(
                                monthly
                                        ? day.withDayOfMonth(1)
                                        : day.minusDays(day.getDayOfWeek().getValue() - 1L),
                                d -> new Figures())
                        .addAll(figures));
        List<Period> periods = new ArrayList<>();
        sums.forEach((start, figures) -> periods.add(new Period(start, figures)));
        return periods;
    }

    public record Period(LocalDate start, Figures figures) {}
}
