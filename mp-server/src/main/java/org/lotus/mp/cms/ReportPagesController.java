package org.lotus.mp.cms;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lotus.mp.stats.DailyCounts;
import org.lotus.mp.stats.Figures;
import org.lotus.mp.stats.Metric;
import org.lotus.mp.stats.Stats;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The yearly activity report for funders, in French and printable: people reached, new followers, messages answered
 * and response times, articles published, outreach; with a month-by-month table and the channels.
 */
@Controller
class ReportPagesController {

    private final Stats stats;
    private final DailyCounts counts;

    ReportPagesController(Stats stats, DailyCounts counts) {
        this.stats = stats;
        this.counts = counts;
    }

    /** A month of the report's table. */
    public record Month(
            String label, long follows, long unfollows, long messages, long answered, long reads, long outreach) {}

    @GetMapping("/cms/stats/report")
    String report(@RequestParam(required = false) Integer year, Model model) {
        counts.flush();
        LocalDate today = counts.today();
        int shown = year == null || year < 2000 || year > today.getYear() ? today.getYear() : year;
        LocalDate from = LocalDate.of(shown, 1, 1);
        LocalDate to = shown == today.getYear() ? today : LocalDate.of(shown, 12, 31);
        Stats.Range range = stats.between(from, to);
        Figures totals = range.totals();
        Map<Long, String> channelNames = stats.channelNames();
        long reached = stats.largestMassSend(from, to);
        model.addAttribute("year", shown);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("reached", reached == 0 ? "—" : Long.toString(reached));
        model.addAttribute("follows", totals.follows());
        model.addAttribute("unfollows", totals.unfollows());
        model.addAttribute("channelFollows", totals.total(Metric.CHANNEL_FOLLOWS));
        model.addAttribute("messages", totals.total(Metric.MESSAGES));
        model.addAttribute("voice", totals.items(Metric.MESSAGES).getOrDefault("voice", 0L));
        model.addAttribute("urgent", totals.total(Metric.URGENT));
        model.addAttribute("answered", totals.total(Metric.ANSWERED));
        model.addAttribute("median", StatsFormat.minutes(totals.firstAnswerMedian(), Locale.FRENCH));
        model.addAttribute("p90", StatsFormat.minutes(totals.firstAnswerP90(), Locale.FRENCH));
        model.addAttribute("articles", stats.articlesPublished(from, to));
        model.addAttribute("reads", totals.total(Metric.ARTICLE_READS));
        model.addAttribute("notifications", totals.total(Metric.NOTIFICATIONS));
        model.addAttribute("menuTaps", totals.total(Metric.MENU_TAPS));
        model.addAttribute("channels", totals.channels(channelNames));
        Map<String, Long> outreachByPlatform = new java.util.TreeMap<>();
        totals.outreach().forEach(o -> outreachByPlatform.merge(o.platform(), o.contacts(), Long::sum));
        model.addAttribute("outreach", totals.total(Metric.OUTREACH));
        model.addAttribute("outreachByPlatform", outreachByPlatform);
        List<Month> months = stats.periods(range, true).stream()
                .map(p -> new Month(
                        StatsFormat.month(p.start(), Locale.FRENCH),
                        p.figures().follows(),
                        p.figures().unfollows(),
                        p.figures().total(Metric.MESSAGES),
                        p.figures().total(Metric.ANSWERED),
                        p.figures().total(Metric.ARTICLE_READS),
                        p.figures().total(Metric.OUTREACH)))
                .toList();
        model.addAttribute("months", months);
        model.addAttribute("generated", today);
        return "cms/report";
    }
}
