package org.lotus.mp.lexicon;

/** A lexicon change that cannot be accepted; {@code field} names what to fix (or {@code line} for an import). */
public class LexiconChangeException extends RuntimeException {

    private final String field;

    public LexiconChangeException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
