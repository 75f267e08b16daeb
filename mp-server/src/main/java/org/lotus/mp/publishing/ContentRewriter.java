package org.lotus.mp.publishing;

import java.util.List;

/**
 * Rewrites text with the lexicon before it reaches readers: censored words become euphemisms, blocked terms (a
 * lexicon entry without euphemism) are reported and stop publication. Without a bean of this type nothing is
 * published: content waits in NEEDS_REVIEW.
 */
public interface ContentRewriter {

    Rewritten rewriteText(String text, String language);

    /** Rewrites the text of an HTML fragment, leaving tags and attributes as they are. */
    Rewritten rewriteHtml(String html, String language);

    /** The rewritten text and the blocked terms it still holds (offsets in the input). */
    record Rewritten(String text, List<BlockedTerm> blocked) {

        public boolean clean() {
            return blocked.isEmpty();
        }
    }

    record BlockedTerm(int start, int end, String term, String category) {}
}
