package org.lotus.mp.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The figures of a range as CSV, one row per day; a column per message kind, section, rule, channel, article, and
 * outreach platform and city.
 */
public final class StatsCsv {

    private StatsCsv() {}

    public static String of(Stats.Range range, Map<Long, String> channelNames) {
        Figures totals = range.totals();
        TreeSet<String> kinds = new TreeSet<>(totals.items(Metric.MESSAGES).keySet());
        TreeSet<String> sections = new TreeSet<>(totals.items(Metric.MENU_TAPS).keySet());
        TreeSet<String> rules =
                new TreeSet<>(totals.items(Metric.KEYWORD_ANSWERS).keySet());
        TreeSet<String> articles =
                new TreeSet<>(totals.items(Metric.ARTICLE_READS).keySet());
        List<String> header = new ArrayList<>(List.of(
                "date",
                "follows",
                "unfollows",
                "urgent",
                "answered",
                "firstAnswerMinutesMedian",
                "firstAnswerMinutesP90"));
        kinds.forEach(k -> header.add("messages." + k));
        sections.forEach(k -> header.add("menuTaps." + k));
        rules.forEach(k -> header.add("keywordAnswers." + k));
        channelNames.forEach((id, name) -> {
            header.add("channel." + id + ".follows");
            header.add("channel." + id + ".scans");
        });
        articles.forEach(k -> header.add("articleReads." + k));
        List<Figures.OutreachFigures> places = totals.outreach();
        places.forEach(p -> header.add(cell("outreach." + p.platform() + "." + p.city())));
        StringBuilder csv = new StringBuilder(String.join(",", header)).append("\r\n");
        range.days().forEach((day, f) -> {
            List<String> row = new ArrayList<>();
            row.add(day.toString());
            row.add(Long.toString(f.follows()));
            row.add(Long.toString(f.unfollows()));
            row.add(Long.toString(f.total(Metric.URGENT)));
            row.add(Long.toString(f.total(Metric.ANSWERED)));
            row.add(f.firstAnswerMedian() == null ? "" : f.firstAnswerMedian().toString());
            row.add(f.firstAnswerP90() == null ? "" : f.firstAnswerP90().toString());
            kinds.forEach(k -> row.add(count(f.items(Metric.MESSAGES), k)));
            sections.forEach(k -> row.add(count(f.items(Metric.MENU_TAPS), k)));
            rules.forEach(k -> row.add(count(f.items(Metric.KEYWORD_ANSWERS), k)));
            channelNames.keySet().forEach(id -> {
                row.add(count(f.items(Metric.CHANNEL_FOLLOWS), id.toString()));
                row.add(count(f.items(Metric.CHANNEL_SCANS), id.toString()));
            });
            articles.forEach(k -> row.add(count(f.items(Metric.ARTICLE_READS), k)));
            List<Figures.OutreachFigures> contacts = f.outreach();
            places.forEach(p -> row.add(Long.toString(contacts.stream()
                    .filter(d -> d.platform().equals(p.platform()) && d.city().equals(p.city()))
                    .mapToLong(Figures.OutreachFigures::contacts)
                    .sum())));
            csv.append(String.join(",", row)).append("\r\n");
        });
        return csv.toString();
    }

    /** A header cell holding what staff typed (a platform, a city), quoted. */
    private static String cell(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private static String count(Map<String, Long> items, String key) {
        return Long.toString(items.getOrDefault(key, 0L));
    }
}
