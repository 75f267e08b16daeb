package org.lotus.content;

import java.util.ArrayList;
import java.util.List;

/** A blocked term found by the rewriter: where it is in the text, the term, and its lexicon category. */
public record Finding(String field, int start, int end, String term, String category) {

    /** One finding per line, tab-separated, so the column stays readable without a JSON library. */
    public static String encode(List<Finding> findings) {
        if (findings == null || findings.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (Finding f : findings) {
            out.append(f.field())
                    .append('\t')
                    .append(f.start())
                    .append('\t')
                    .append(f.end())
                    .append('\t')
                    .append(clean(f.category()))
                    .append('\t')
                    .append(clean(f.term()))
                    .append('\n');
        }
        return out.toString();
    }

    public static List<Finding> decode(String encoded) {
        List<Finding> findings = new ArrayList<>();
        if (encoded == null || encoded.isBlank()) {
            return findings;
        }
        for (String line : encoded.split("\n")) {
            String[] parts = line.split("\t", 5);
            if (parts.length == 5) {
                findings.add(new Finding(
                        parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2]), parts[4], parts[3]));
            }
        }
        return findings;
    }

    private static String clean(String value) {
        return value == null ? "" : value.replace('\t', ' ').replace('\n', ' ');
    }
}
