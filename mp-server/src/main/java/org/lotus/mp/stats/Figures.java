package org.lotus.mp.stats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The counts of one day or of a whole range, as {@code /api/stats} shows them. */
public final class Figures {

    /** A channel's counts: new follows through its QR code, and scans by people who already followed. */
    public record ChannelFigures(long id, String name, long follows, long scans) {}

    /** Outreach contacts made on a platform in a city. */
    public record OutreachFigures(String platform, String city, long contacts) {}

    /** Joins a platform and a city into one item; staff never type this control character. */
    private static final String PLACE_SEPARATOR = "\u001f";

    private final Map<String, Map<String, Long>> byMetric = new LinkedHashMap<>();

    void add(String metric, String item, long n) {
        byMetric.computeIfAbsent(metric, m -> new TreeMap<>()).merge(item, n, Long::sum);
    }

    void addAll(Figures other) {
        other.byMetric.forEach((metric, items) -> items.forEach((item, n) -> add(metric, item, n)));
    }

    public long total(Metric metric) {
        return items(metric).values().stream().mapToLong(Long::longValue).sum();
    }

    public Map<String, Long> items(Metric metric) {
        return byMetric.getOrDefault(metric.key(), Map.of());
    }

    void addOutreach(String platform, String city, long contacts) {
        add(Metric.OUTREACH.key(), platform + PLACE_SEPARATOR + city, contacts);
    }

    /** Outreach contacts by platform and city, in that order. */
    public List<OutreachFigures> outreach() {
        return items(Metric.OUTREACH).entrySet().stream()
                .map(e -> {
                    String[] place = e.getKey().split(PLACE_SEPARATOR, 2);
                    return new OutreachFigures(place[0], place.length > 1 ? place[1] : "", e.getValue());
                })
                .toList();
    }

    public long follows() {
        return total(Metric.FOLLOWS);
    }

    public long unfollows() {
        return total(Metric.UNFOLLOWS);
    }

    public Integer firstAnswerMedian() {
        return FirstAnswerBuckets.quantile(buckets(), 0.5);
    }

    public Integer firstAnswerP90() {
        return FirstAnswerBuckets.quantile(buckets(), 0.9);
    }

    public List<ChannelFigures> channels(Map<Long, String> names) {
        Map<String, Long> follows = items(Metric.CHANNEL_FOLLOWS);
        Map<String, Long> scans = items(Metric.CHANNEL_SCANS);
        return names.entrySet().stream()
                .map(c -> new ChannelFigures(
                        c.getKey(),
                        c.getValue(),
                        follows.getOrDefault(c.getKey().toString(), 0L),
                        scans.getOrDefault(c.getKey().toString(), 0L)))
                .toList();
    }

    /** The JSON shape of a day or of the totals. */
    public Map<String, Object> toMap(Map<Long, String> channelNames) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("follows", follows());
        map.put("unfollows", unfollows());
        map.put("channels", channels(channelNames));
        map.put("menuTaps", items(Metric.MENU_TAPS));
        map.put("keywordAnswers", items(Metric.KEYWORD_ANSWERS));
        map.put("messages", items(Metric.MESSAGES));
        map.put("urgent", total(Metric.URGENT));
        map.put("answered", total(Metric.ANSWERED));
        Map<String, Integer> firstAnswer = new LinkedHashMap<>();
        firstAnswer.put("median", firstAnswerMedian());
        firstAnswer.put("p90", firstAnswerP90());
        map.put("firstAnswerMinutes", firstAnswer);
        map.put("articleReads", items(Metric.ARTICLE_READS));
        map.put("notifications", total(Metric.NOTIFICATIONS));
        map.put("outreachContacts", total(Metric.OUTREACH));
        map.put("outreach", outreach());
        return map;
    }

    private Map<Integer, Long> buckets() {
        Map<Integer, Long> buckets = new TreeMap<>();
        items(Metric.FIRST_ANSWER_MINUTES).forEach((bound, n) -> buckets.merge(Integer.valueOf(bound), n, Long::sum));
        return buckets;
    }
}
