package org.lotus.content;

/** A field whose value the content domain refuses; the web layer answers 400 naming it. */
public class InvalidContentException extends RuntimeException {

    private final String field;

    public InvalidContentException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
