package org.lotus.mp.replies;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lotus.sensitivewords.Finding;
import org.lotus.sensitivewords.Language;
import org.lotus.sensitivewords.Lexicon;
import org.lotus.sensitivewords.LexiconEntry;
import org.lotus.sensitivewords.Rewriter;
import org.lotus.sensitivewords.TextFormat;

/**
 * Finds the keyword answer for a reader's text. The keywords are compiled as blocked terms of a lexicon, so matching
 * folds case, width and traditional characters and tolerates spaced-out words exactly as the lexicon does; the
 * longest keyword found wins.
 */
final class KeywordMatcher {

    static final KeywordMatcher EMPTY = new KeywordMatcher(List.of());

    private final Rewriter matcher;
    private final Map<String, KeywordAnswer> byKeyword = new HashMap<>();

    /** Throws IllegalArgumentException naming the keyword when two keywords fold to the same spelling. */
    KeywordMatcher(List<KeywordAnswer> answers) {
        List<LexiconEntry> entries = new ArrayList<>();
        for (KeywordAnswer answer : answers) {
            for (String keyword : answer.keywords()) {
                LexiconEntry entry = LexiconEntry.of(keyword, "", Language.ANY, "keyword");
                if (byKeyword.putIfAbsent(entry.term(), answer) != null) {
                    throw new IllegalArgumentException("keyword '" + entry.term() + "' is used twice");
                }
                entries.add(entry);
            }
        }
        this.matcher = entries.isEmpty() ? null : Lexicon.compile(entries).rewriter();
    }

    Optional<KeywordAnswer> match(String text) {
        if (matcher == null || text == null || text.isBlank()) {
            return Optional.empty();
        }
        KeywordAnswer best = null;
        int bestLength = 0;
        for (Finding found :
                matcher.rewrite(text, TextFormat.TEXT, Language.ANY).findings()) {
            KeywordAnswer answer = byKeyword.get(found.term());
            if (answer == null || found.term().length() <= bestLength) {
                continue;
            }
            if (answer.match() == KeywordAnswer.Match.EXACT && !coversWholeText(text, found)) {
                continue;
            }
            best = answer;
            bestLength = found.term().length();
        }
        return Optional.ofNullable(best);
    }

    /** Nothing but punctuation and spaces around the keyword. */
    private static boolean coversWholeText(String text, Finding found) {
        return text.substring(0, found.start()).codePoints().noneMatch(Character::isLetterOrDigit)
                && text.substring(found.end()).codePoints().noneMatch(Character::isLetterOrDigit);
    }
}
