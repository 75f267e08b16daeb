package org.lotus.mp.cms;

import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * A grouped bar chart drawn on the server as SVG, with a value axis, period labels and a legend: no script and no
 * outside asset, so it shows under the CMS's content security policy and prints as it looks.
 */
final class BarChart {

    /** One series: its legend label, colour and one value per period. */
    record Series(String label, String color, List<Long> values) {}

    private static final int WIDTH = 720;
    private static final int HEIGHT = 240;
    private static final int LEFT = 44;
    private static final int RIGHT = 8;
    private static final int TOP = 26;
    private static final int BOTTOM = 34;

    private BarChart() {}

    static String svg(String title, List<String> labels, List<Series> series) {
        long max = Math.max(
                1,
                series.stream()
                        .flatMap(s -> s.values().stream())
                        .mapToLong(Long::longValue)
                        .max()
                        .orElse(1));
        long top = niceCeiling(max);
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double slot = plotWidth / Math.max(1, labels.size());
        double bar = Math.max(1, (slot * 0.8) / Math.max(1, series.size()));
        StringBuilder svg = new StringBuilder();
        svg.append(format(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" class=\"stats-chart\" role=\"img\""
                        + " aria-label=\"%s\" font-size=\"11\" font-family=\"sans-serif\">",
                WIDTH, HEIGHT, escape(title)));
        for (int i = 0; i <= 4; i++) {
            double y = TOP + plotHeight - plotHeight * i / 4;
            svg.append(format(
                    "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#e5e7eb\"/>"
                            + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" fill=\"#6b7280\">%d</text>",
                    LEFT, WIDTH - RIGHT, y, y, LEFT - 6, y + 4, top * i / 4));
        }
        int every = Math.max(1, (int) Math.ceil(labels.size() / 14.0));
        for (int p = 0; p < labels.size(); p++) {
            double x0 = LEFT + slot * p + slot * 0.1;
            for (int s = 0; s < series.size(); s++) {
                long value = series.get(s).values().get(p);
                double h = plotHeight * value / top;
                svg.append(format(
                        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s %s : %d</title></rect>",
                        x0 + bar * s,
                        TOP + plotHeight - h,
                        Math.max(1, bar - 1),
                        h,
                        series.get(s).color(),
                        escape(labels.get(p)),
                        escape(series.get(s).label()),
                        value));
            }
            if (p % every == 0) {
                svg.append(format(
                        "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#374151\">%s</text>",
                        LEFT + slot * p + slot / 2, HEIGHT - BOTTOM + 16, escape(labels.get(p))));
            }
        }
        svg.append(format(
                "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#6b7280\"/>",
                LEFT, WIDTH - RIGHT, TOP + plotHeight, TOP + plotHeight));
        double legendX = LEFT;
        for (Series s : series) {
            svg.append(format(
                    "<rect x=\"%.1f\" y=\"6\" width=\"12\" height=\"12\" fill=\"%s\"/>"
                            + "<text x=\"%.1f\" y=\"16\" fill=\"#1f2430\">%s</text>",
                    legendX, s.color(), legendX + 16, escape(s.label())));
            legendX += 24 + textWidth(s.label());
        }
        return svg.append("</svg>").toString();
    }

    /** 1, 2, 5 × 10ⁿ at or above the value, so axis ticks read as round numbers. */
    static long niceCeiling(long value) {
        long step = 1;
        while (true) {
            for (long m : new long[] {1, 2, 5}) {
                if (m * step * 4 >= value) {
                    return m * step * 4;
                }
            }
            step *= 10;
        }
    }

    /** About how wide a label is at 11 px: a Chinese character is twice a Latin letter. */
    static int textWidth(String text) {
        return text.codePoints().map(c -> c > 0x2E80 ? 12 : 7).sum();
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
