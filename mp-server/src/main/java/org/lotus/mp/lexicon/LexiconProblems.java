package org.lotus.mp.lexicon;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lotus.mp.i18n.StaffMessages;
import org.springframework.stereotype.Component;

/**
 * The lexicon library's refusals (plain English, it knows nothing of the CMS) told in the staff member's language
 * with what to fix: a bad import line, a duplicate, a euphemism that holds a censored term.
 */
@Component
public class LexiconProblems {

    private record Known(Pattern pattern, String key) {}

    private static final List<Known> KNOWN = List.of(
            new Known(Pattern.compile("line (\\d+): expected 4 or 5 tab-separated columns.*found (\\d+)"), "columns"),
            new Known(Pattern.compile("line (\\d+): the term is blank"), "termBlank"),
            new Known(Pattern.compile("line (\\d+): the category is blank"), "categoryBlank"),
            new Known(Pattern.compile("line (\\d+): .*language.*"), "language"),
            new Known(Pattern.compile("duplicate term '(.*)' \\(same as '(.*)' once folded\\)"), "duplicate"),
            new Known(Pattern.compile("replacement '(.*)' of term '(.*)' holds the term '(.*)':.*"), "circular"),
            new Known(Pattern.compile("term '(.*)' has no letter to match"), "noLetter"));

    private final StaffMessages wording;

    LexiconProblems(StaffMessages wording) {
        this.wording = wording;
    }

    public String explain(String problem) {
        if (problem == null) {
            return wording.text("error.invalid");
        }
        for (Known known : KNOWN) {
            Matcher m = known.pattern().matcher(problem);
            if (m.matches()) {
                Object[] args = new Object[m.groupCount()];
                for (int i = 0; i < args.length; i++) {
                    String found = m.group(i + 1);
                    // Counts are numbers, so that the catalogue can choose singular or plural.
                    args[i] = found.matches("\\d{1,9}") ? (Object) Integer.valueOf(found) : found;
                }
                return wording.text("lexicon.error." + known.key(), args);
            }
        }
        return wording.text("lexicon.error.other");
    }
}
