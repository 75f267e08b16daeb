package org.lotus.mp.replies;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * What a reader's text holding one of the keywords gets instead of the generic acknowledgement: a text, a section's
 * reply, or an article as a one-item news message.
 */
public record KeywordAnswer(
        long id,
        List<String> keywords,
        Match match,
        Kind kind,
        String text,
        String textFr,
        String sectionKey,
        Long articleId,
        Long audioId,
        Instant updatedAt) {

    public KeywordAnswer {
        keywords = List.copyOf(keywords);
    }

    /** {@code contains}: the keyword anywhere in the text; {@code exact}: the text is the keyword, give or take punctuation. */
    public enum Match {
        CONTAINS,
        EXACT;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Match parse(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }
    }

    public enum Kind {
        TEXT,
        SECTION,
        ARTICLE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What staff write; {@code sectionKey} or {@code articleId} make the answer a section or an article. */
    public record Draft(
            List<String> keywords,
            Match match,
            String text,
            String textFr,
            String sectionKey,
            Long articleId,
            Long audioId) {

        public Kind kind() {
            if (sectionKey != null && !sectionKey.isBlank()) {
                return Kind.SECTION;
            }
            return articleId != null ? Kind.ARTICLE : Kind.TEXT;
        }
    }
}
