package org.lotus.mp.web;

/**
 * A request field whose value cannot be accepted: answered 400 naming the field. With a {@code code}, the answer also
 * carries a translated {@code message} (catalogue key {@code error.<code>}, the field's label first).
 */
public class InvalidFieldException extends RuntimeException {

    private final String field;
    private final String code;
    private final transient Object[] args;

    public InvalidFieldException(String field, String message) {
        this(field, message, null);
    }

    public InvalidFieldException(String field, String message, String code, Object... args) {
        super(message);
        this.field = field;
        this.code = code;
        this.args = args;
    }

    public String field() {
        return field;
    }

    /** The catalogue code of the reason ({@code error.<code>}), or null. */
    public String code() {
        return code;
    }

    public Object[] args() {
        return args == null ? new Object[0] : args.clone();
    }
}
