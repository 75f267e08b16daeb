package org.lotus.mp.alerts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.lotus.mp.replies.KeywordAnswer;

/**
 * Which keyword staff set to start the desk a reader's text holds: the whole text, or (matching "contains") its
 * beginning, the rest being the report or the number to check. The longest keyword wins.
 */
final class SafetyTriggers {

    /** A report or a check to start, and what the reader wrote after the keyword. */
    record Trigger(KeywordAnswer.Kind kind, String rest) {}

    private SafetyTriggers() {}

    static Optional<Trigger> find(List<KeywordAnswer> triggers, String text) {
        String folded = text.toLowerCase(Locale.ROOT);
        Trigger best = null;
        int longest = 0;
        for (KeywordAnswer answer : triggers) {
            for (String keyword : answer.keywords()) {
                String word = keyword.toLowerCase(Locale.ROOT);
                if (word.length() <= longest) {
                    continue;
                }
                if (folded.equals(word)) {
                    best = new Trigger(answer.kind(), "");
                    longest = word.length();
                } else if (answer.match() == KeywordAnswer.Match.CONTAINS && folded.startsWith(word)) {
                    best = new Trigger(
                            answer.kind(), text.substring(word.length()).strip());
                    longest = word.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
