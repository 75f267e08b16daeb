package org.lotus.sensitivewords;

/** A lexicon file line that cannot be read; the message starts with "line N:". */
public final class LexiconFormatException extends IllegalArgumentException {

    private final int lineNumber;

    LexiconFormatException(int lineNumber, String problem) {
        super("line " + lineNumber + ": " + problem);
        this.lineNumber = lineNumber;
    }

    /** One-based number of the bad line. */
    public int lineNumber() {
        return lineNumber;
    }
}
