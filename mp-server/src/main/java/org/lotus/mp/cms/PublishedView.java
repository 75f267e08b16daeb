package org.lotus.mp.cms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jsoup.nodes.Entities;
import org.lotus.sensitivewords.Finding;
import org.lotus.sensitivewords.Replacement;
import org.lotus.sensitivewords.RewriteResult;

/**
 * Sanitised article HTML as it will be published, with each replacement and blocked term wrapped in a {@code <mark>}.
 * The rewriter only touches text nodes, so its offsets always fall between tags and the marks nest correctly.
 */
final class PublishedView {

    private record Mark(int start, int end, String html) {}

    private PublishedView() {}

    static String mark(String html, RewriteResult result) {
        List<Mark> marks = new ArrayList<>();
        for (Replacement r : result.replacements()) {
            marks.add(new Mark(
                    r.start(),
                    r.end(),
                    "<mark class=\"replacement\" title=\"" + escape(r.from() + " → " + r.to() + " · " + r.category())
                            + "\">" + escape(r.to()) + "</mark>"));
        }
        for (Finding f : result.findings()) {
            marks.add(new Mark(
                    f.start(),
                    f.end(),
                    "<mark class=\"finding\" title=\"" + escape(f.category()) + "\">"
                            + html.substring(f.start(), f.end()) + "</mark>"));
        }
        marks.sort(Comparator.comparingInt(Mark::start));
        StringBuilder out = new StringBuilder(html.length() + marks.size() * 48);
        int at = 0;
        for (Mark mark : marks) {
            if (mark.start() < at) {
                continue;
            }
            out.append(html, at, mark.start()).append(mark.html());
            at = mark.end();
        }
        return out.append(html, at, html.length()).toString();
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }
}
