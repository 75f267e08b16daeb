package org.lotus.mp.replies;

import org.lotus.mp.web.InvalidFieldException;

/** A reply longer than WeChat lets a passive text reply be. */
public class TextTooLongException extends InvalidFieldException {

    private final int bytes;
    private final int max;

    public TextTooLongException(String field, int bytes, int max) {
        super(
                field,
                field + " is " + bytes + " bytes once rewritten; WeChat allows " + max,
                "tooLongBytesRewritten",
                bytes,
                max);
        this.bytes = bytes;
        this.max = max;
    }

    public int bytes() {
        return bytes;
    }

    public int max() {
        return max;
    }
}
