package org.lotus.mp.replies;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lotus.sensitivewords.Finding;
import org.lotus.sensitivewords.Replacement;
import org.lotus.sensitivewords.RewriteResult;

/**
 * Names in braces ({@code {count}}) that a reply holds until it is sent. The lexicon rewrites the text around them,
 * never inside, so a rewrite cannot break one.
 */
public final class Placeholders {

    private static final Pattern NAME = Pattern.compile("\\{([a-z]+)\\}");

    private Placeholders() {}

    /** The names a text holds, in order of first appearance. */
    public static Set<String> in(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = NAME.matcher(text == null ? "" : text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** The text with each {@code {name}} replaced by its value; a name without a value is left as it is. */
    public static String fill(String text, Map<String, String> values) {
        Matcher m = NAME.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(filled, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        return m.appendTail(filled).toString();
    }

    /** Rewrites each stretch between placeholders on its own and keeps the placeholders as they are. */
    public static RewriteResult rewriteAround(String text, Rewrite rewrite) {
        Matcher m = NAME.matcher(text);
        StringBuilder out = new StringBuilder();
        List<Replacement> replacements = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        int from = 0;
        while (true) {
            boolean found = m.find();
            int end = found ? m.start() : text.length();
            if (end > from) {
                int offset = from;
                RewriteResult part = rewrite.apply(text.substring(from, end));
                out.append(part.text());
                part.replacements()
                        .forEach(r -> replacements.add(
                                new Replacement(r.start() + offset, r.end() + offset, r.from(), r.to(), r.category())));
                part.findings()
                        .forEach(f -> findings.add(
                                new Finding(f.start() + offset, f.end() + offset, f.term(), f.category())));
            }
            if (!found) {
                return new RewriteResult(out.toString(), replacements, findings);
            }
            out.append(m.group());
            from = m.end();
        }
    }

    /** One rewrite of a stretch of text. */
    @FunctionalInterface
    public interface Rewrite {
        RewriteResult apply(String text);
    }
}
