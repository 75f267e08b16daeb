package org.lotus.mp.stats.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lotus.mp.stats.DailyCounts;
import org.lotus.mp.stats.Stats;
import org.lotus.mp.stats.StatsCsv;
import org.lotus.mp.web.InvalidFieldException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The figures of a date range (Paris days, both ends included): per day in {@code days}, summed in {@code totals},
 * and outreach contacts per month, platform and city in {@code outreachByMonth}.
 */
@RestController
@PreAuthorize("hasAnyRole('EDITOR', 'MODERATOR')")
class StatsController {

    static final int MAX_DAYS = 1100;

    private final Stats stats;
    private final DailyCounts counts;

    StatsController(Stats stats, DailyCounts counts) {
        this.stats = stats;
        this.counts = counts;
    }

    @GetMapping("/api/stats")
    Map<String, Object> stats(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        counts.flush();
        Stats.Range range = range(from, to);
        Map<Long, String> channels = stats.channelNames();
        List<Map<String, Object>> days = new ArrayList<>();
        range.days().forEach((day, figures) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("date", day.toString());
            row.putAll(figures.toMap(channels));
            days.add(row);
        });
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("from", range.from().toString());
        body.put("to", range.to().toString());
        body.put("days", days);
        body.put("totals", range.totals().toMap(channels));
        body.put(
                "outreachByMonth",
                stats.outreachByMonth(range).stream()
                        .map(o -> Map.of(
                                "month",
                                o.month().toString(),
                                "platform",
                                o.platform(),
                                "city",
                                o.city(),
                                "contacts",
                                o.contacts()))
                        .toList());
        return body;
    }

    @GetMapping(path = "/api/stats.csv", produces = "text/csv")
    ResponseEntity<String> csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        counts.flush();
        Stats.Range range = range(from, to);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"lotus-stats-" + range.from() + "-" + range.to() + ".csv\"")
                .body(StatsCsv.of(range, stats.channelNames()));
    }

    private Stats.Range range(String from, String to) {
        LocalDate end = to == null || to.isBlank() ? counts.today() : date("to", to);
        LocalDate start = from == null || from.isBlank() ? end.minusDays(29) : date("from", from);
        if (start.isAfter(end)) {
            throw new InvalidFieldException("to", "must not be before from", "dateOrder");
        }
        if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
            throw new InvalidFieldException("from", "at most " + MAX_DAYS + " days at once", "maxDays", MAX_DAYS);
        }
        return stats.between(start, end);
    }

    private static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(field, "a date as YYYY-MM-DD", "isoDate");
        }
    }
}
