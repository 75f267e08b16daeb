package org.lotus.mp.replies;

import java.util.Set;
import org.lotus.mp.web.InvalidFieldException;

/** A reply that lost a placeholder it must hold, or holds one nobody fills in. */
public class PlaceholdersException extends InvalidFieldException {

    private final Set<String> expected;

    public PlaceholdersException(String field, Set<String> expected) {
        super(
                field,
                expected.isEmpty()
                        ? field + " may hold no {placeholder}"
                        : field + " must hold exactly " + braced(expected),
                expected.isEmpty() ? "placeholders.none" : "placeholders.expected",
                braced(expected));
        this.expected = Set.copyOf(expected);
    }

    public Set<String> expected() {
        return expected;
    }

    /** The names as staff write them: {@code {count} {month}}. */
    public static String braced(Set<String> names) {
        return String.join(" ", names.stream().sorted().map(n -> "{" + n + "}").toList());
    }
}
