package org.lotus.mp.web;

/** A request field whose value cannot be accepted: answered 400 naming the field. */
public class InvalidFieldException extends RuntimeException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
