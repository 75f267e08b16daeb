package org.lotus.mp.cms;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lotus.content.article.Articles;
import org.lotus.content.section.Section;
import org.lotus.content.section.Sections;
import org.lotus.mp.stats.DailyCounts;
import org.lotus.mp.stats.Figures;
import org.lotus.mp.stats.Metric;
import org.lotus.mp.stats.Stats;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Statistiques / 数据统计": charts by week and month, channels, taps, messages, and the yearly report. */
@Controller
class StatsPagesController {

    static final String FOLLOW_COLOR = "#b0306a";
    static final String UNFOLLOW_COLOR = "#94a3b8";
    static final String MESSAGE_COLOR = "#2563eb";
    static final String ANSWER_COLOR = "#16a34a";

    private final Stats stats;
    private final DailyCounts counts;
    private final Sections sections;
    private final Articles articles;
    private final MessageSource messages;

    StatsPagesController(
            Stats stats, DailyCounts counts, Sections sections, Articles articles, MessageSource messages) {
        this.stats = stats;
        this.counts = counts;
        this.sections = sections;
        this.articles = articles;
        this.messages = messages;
    }

    /** A row of the outreach table: a month, a platform, a city and the contacts made there. */
    public record OutreachLine(String month, String platform, String city, long contacts) {}

    /** A row of a "what was counted" table: a label and a count. */
    public record Line(String label, long count) {}

    @GetMapping("/cms/stats")
    String page(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Model model,
            Locale locale) {
        counts.flush();
        LocalDate end = parse(to, counts.today());
        LocalDate start = parse(from, end.minusWeeks(12).plusDays(1));
        if (start.isAfter(end) || start.isBefore(end.minusYears(3))) {
            model.addAttribute("rangeProblem", true);
            start = end.minusWeeks(12).plusDays(1);
        }
        Stats.Range range = stats.between(start, end);
        Map<Long, String> channelNames = stats.channelNames();
        Figures totals = range.totals();
        model.addAttribute("from", start.toString());
        model.addAttribute("to", end.toString());
        model.addAttribute("totals", totals);
        model.addAttribute("messagesTotal", totals.total(Metric.MESSAGES));
        model.addAttribute("answeredTotal", totals.total(Metric.ANSWERED));
        model.addAttribute("urgentTotal", totals.total(Metric.URGENT));
        model.addAttribute("firstAnswerMedian", StatsFormat.minutes(totals.firstAnswerMedian(), locale));
        model.addAttribute("firstAnswerP90", StatsFormat.minutes(totals.firstAnswerP90(), locale));
        model.addAttribute("channels", totals.channels(channelNames));
        model.addAttribute("menuTaps", sectionLines(totals.items(Metric.MENU_TAPS), locale));
        model.addAttribute("messageKinds", kindLines(totals.items(Metric.MESSAGES), locale));
        model.addAttribute("keywordAnswers", lines(totals.items(Metric.KEYWORD_ANSWERS), id -> "#" + id));
        model.addAttribute("articleReads", lines(totals.items(Metric.ARTICLE_READS), this::articleTitle));
        model.addAttribute("weeklyFollows", followsChart(stats.periods(range, false), false, locale));
        model.addAttribute("weeklyMessages", messagesChart(stats.periods(range, false), false, locale));
        model.addAttribute("monthlyFollows", followsChart(stats.periods(range, true), true, locale));
        model.addAttribute("monthlyMessages", messagesChart(stats.periods(range, true), true, locale));
        model.addAttribute("outreachTotal", totals.total(Metric.OUTREACH));
        model.addAttribute(
                "outreach",
                stats.outreachByMonth(range).stream()
                        .map(o -> new OutreachLine(
                                StatsFormat.month(o.month().atDay(1), locale), o.platform(), o.city(), o.contacts()))
                        .toList());
        model.addAttribute("year", end.getYear());
        return "cms/stats";
    }

    @GetMapping(path = "/cms/stats/export.csv", produces = "text/csv")
    org.springframework.http.ResponseEntity<String> csv(
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        counts.flush();
        LocalDate end = parse(to, counts.today());
        LocalDate start = parse(from, end.minusWeeks(12).plusDays(1));
        if (start.isAfter(end) || start.isBefore(end.minusYears(3))) {
            start = end.minusWeeks(12).plusDays(1);
        }
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"lotus-stats-" + start + "-" + end + ".csv\"")
                .body(org.lotus.mp.stats.StatsCsv.of(stats.between(start, end), stats.channelNames()));
    }

    private String followsChart(List<Stats.Period> periods, boolean monthly, Locale locale) {
        return BarChart.svg(
                text(monthly ? "stats.chart.followsByMonth" : "stats.chart.followsByWeek", locale),
                labels(periods, monthly, locale),
                List.of(
                        new BarChart.Series(
                                text("stats.follows", locale),
                                FOLLOW_COLOR,
                                periods.stream().map(p -> p.figures().follows()).toList()),
                        new BarChart.Series(
                                text("stats.unfollows", locale),
                                UNFOLLOW_COLOR,
                                periods.stream()
                                        .map(p -> p.figures().unfollows())
                                        .toList())));
    }

    private String messagesChart(List<Stats.Period> periods, boolean monthly, Locale locale) {
        return BarChart.svg(
                text(monthly ? "stats.chart.messagesByMonth" : "stats.chart.messagesByWeek", locale),
                labels(periods, monthly, locale),
                List.of(
                        new BarChart.Series(
                                text("stats.messages", locale),
                                MESSAGE_COLOR,
                                periods.stream()
                                        .map(p -> p.figures().total(Metric.MESSAGES))
                                        .toList()),
                        new BarChart.Series(
                                text("stats.answered", locale),
                                ANSWER_COLOR,
                                periods.stream()
                                        .map(p -> p.figures().total(Metric.ANSWERED))
                                        .toList())));
    }

    private List<String> labels(List<Stats.Period> periods, boolean monthly, Locale locale) {
        return periods.stream()
                .map(p -> monthly ? StatsFormat.month(p.start(), locale) : StatsFormat.week(p.start()))
                .toList();
    }

    private List<Line> sectionLines(Map<String, Long> taps, Locale locale) {
        return lines(
                taps,
                key -> sections.find(key)
                        .map(s -> "zh".equals(locale.getLanguage()) ? s.getNameZh() : sectionNameFr(s))
                        .orElse(key));
    }

    private List<Line> kindLines(Map<String, Long> kinds, Locale locale) {
        return lines(kinds, kind -> messages.getMessage("stats.kind." + kind, null, kind, locale));
    }

    private static List<Line> lines(Map<String, Long> items, java.util.function.Function<String, String> label) {
        List<Line> lines = new ArrayList<>();
        items.forEach((key, n) -> lines.add(new Line(label.apply(key), n)));
        lines.sort(Comparator.comparingLong(Line::count).reversed());
        return lines;
    }

    private String articleTitle(String id) {
        try {
            return articles.find(Long.parseLong(id))
                    .map(a -> a.getPublishedTitle() != null ? a.getPublishedTitle() : a.getTitle())
                    .orElse("#" + id);
        } catch (NumberFormatException e) {
            return "#" + id;
        }
    }

    private static String sectionNameFr(Section section) {
        return section.getNameFr() == null || section.getNameFr().isBlank() ? section.getNameZh() : section.getNameFr();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    static LocalDate parse(String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }
}
