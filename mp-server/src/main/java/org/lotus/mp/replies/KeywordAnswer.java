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

    /**
     * {@code report} and {@code check} start the safety desk's report or number check: the reader's text is the
     * keyword, or (matching {@code contains}) begins with it and goes on with the report or the number.
     */
    public enum Kind {
        TEXT,
        SECTION,
        ARTICLE,
        REPORT,
        CHECK;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Starts the safety desk rather than answering. */
        public boolean desk() {
            return this == REPORT || this == CHECK;
        }

        public static Kind parse(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }
    }

    /**
     * What staff write; {@code sectionKey} or {@code articleId} make the answer a section or an article, a desk
     * {@code action} (report or check) makes it a trigger of the safety desk.
     */
    public record Draft(
            List<String> keywords,
            Match match,
            String text,
            String textFr,
            String sectionKey,
            Long articleId,
            Long audioId,
            Kind action) {

        public Draft(
                List<String> keywords,
                Match match,
                String text,
                String textFr,
                String sectionKey,
                Long articleId,
                Long audioId) {
            this(keywords, match, text, textFr, sectionKey, articleId, audioId, null);
        }

        public Kind kind() {
            if (action != null && action.desk()) {
                return action;
            }
            if (sectionKey != null && !sectionKey.isBlank()) {
                return Kind.SECTION;
            }
            return articleId != null ? Kind.ARTICLE : Kind.TEXT;
        }
    }
}
