package org.lotus.mp.cms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.lotus.sensitivewords.Finding;
import org.lotus.sensitivewords.Replacement;
import org.lotus.sensitivewords.RewriteResult;

/**
 * A plain text cut into parts for display: unchanged text, replacements (shown as the euphemism, with the original on
 * hover) and findings (blocked terms a person must rewrite). Templates escape each part.
 */
public final class RewriteMarks {

    /** One part of the marked text; {@code kind} is text, replacement or finding. */
    public record Part(String kind, String text, String original, String category) {}

    private RewriteMarks() {}

    public static List<Part> of(String input, RewriteResult result) {
        record Mark(int start, int end, Part part) {}
        List<Mark> marks = new ArrayList<>();
        for (Replacement r : result.replacements()) {
            marks.add(new Mark(r.start(), r.end(), new Part("replacement", r.to(), r.from(), r.category())));
        }
        for (Finding f : result.findings()) {
            marks.add(new Mark(f.start(), f.end(), new Part("finding", f.term(), f.term(), f.category())));
        }
        marks.sort(Comparator.comparingInt(Mark::start));
        List<Part> parts = new ArrayList<>();
        int at = 0;
        for (Mark mark : marks) {
            if (mark.start() < at) {
                continue;
            }
            if (mark.start() > at) {
                parts.add(new Part("text", input.substring(at, mark.start()), null, null));
            }
            parts.add(mark.part());
            at = mark.end();
        }
        if (at < input.length()) {
            parts.add(new Part("text", input.substring(at), null, null));
        }
        return parts;
    }
}
