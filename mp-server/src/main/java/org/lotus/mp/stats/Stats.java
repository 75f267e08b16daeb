package org.lotus.mp.stats;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lotus.mp.channels.Channels;
import org.lotus.mp.outreach.OutreachLog;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the counters of a date range, and the outreach log's contacts: figures per day, and summed. */
@Component
public class Stats {

    /** The figures of each day of a range (every day present, empty ones too) and their sum. */
    public record Range(LocalDate from, LocalDate to, Map<LocalDate, Figures> days, Figures totals) {}

    private final JdbcTemplate jdbc;
    private final Channels channels;
    private final OutreachLog outreach;

    Stats(JdbcTemplate jdbc, Channels channels, OutreachLog outreach) {
        this.jdbc = jdbc;
        this.channels = channels;
        this.outreach = outreach;
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
        outreach.countsByDayPlatformCity(from, to)
                .forEach(c -> days.get(c.day()).addOutreach(c.platform(), c.city(), c.contacts()));
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

    /** Outreach contacts of a month on a platform in a city. */
    public record MonthlyOutreach(YearMonth month, String platform, String city, long contacts) {}

    /** The range's outreach contacts per month, platform and city, months in order. */
    public List<MonthlyOutreach> outreachByMonth(Range range) {
        List<MonthlyOutreach> rows = new ArrayList<>();
        for (Period month : periods(range, true)) {
            month.figures()
                    .outreach()
                    .forEach(o -> rows.add(
                            new MonthlyOutreach(YearMonth.from(month.start()), o.platform(), o.city(), o.contacts())));
        }
        return rows;
    }
}
