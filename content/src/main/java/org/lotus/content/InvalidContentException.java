package org.lotus.content;

/**
 * A field whose value the content domain refuses; the web layer answers 400 naming it. {@code code} and {@code args}
 * let the CMS say it in the user's language ({@code content.error.<code>}); the message stays for logs and scripts.
 */
public class InvalidContentException extends RuntimeException {

    private final String field;
    private final String code;
    private final transient Object[] args;

    public InvalidContentException(String field, String message) {
        this(field, "invalid", message);
    }

    public InvalidContentException(String field, String code, String message, Object... args) {
        super(message);
        this.field = field;
        this.code = code;
        this.args = args;
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }
}
