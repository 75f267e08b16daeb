package org.lotus.mp.web;

/**
 * A request field whose value cannot be accepted: answered 400 naming the field. With a {@code code}, the answer also
 * carries a translated {@code message} (catalogue key {@code error.<code>}, the field's label first).
 */
public class InvalidFieldException extends RuntimeException {

    private final String field;
    private final String code;
    private final transient Object[] args;
    private final String wording;

    public InvalidFieldException(String field, String message) {
        this(field, message, null);
    }

    public InvalidFieldException(String field, String message, String code, Object... args) {
        this(field, message, code, null, args);
    }

    private InvalidFieldException(String field, String message, String code, String wording, Object[] args) {
        super(message);
        this.field = field;
        this.code = code;
        this.wording = wording;
        this.args = args;
    }

    /**
     * A refusal already told in the staff member's language, where and what to do included (e.g. a lexicon import
     * line): the answer's {@code message} is {@code wording} as it is.
     */
    public static InvalidFieldException worded(String field, String message, String code, String wording) {
        return new InvalidFieldException(field, message, code, wording, new Object[0]);
    }

    /** The complete translated message, when the refusal was {@link #worded}; otherwise null. */
    public String wording() {
        return wording;
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
