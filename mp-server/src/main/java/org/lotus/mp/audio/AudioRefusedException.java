package org.lotus.mp.audio;

/**
 * A sound the library does not take, with the request field at fault and the message key saying why (translated by
 * the caller: {@code audio.refused.*} in messages.properties); {@code limit} fills the message's placeholder.
 */
public class AudioRefusedException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final long limit;

    AudioRefusedException(String field, String messageKey, long limit) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.limit = limit;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public long limit() {
        return limit;
    }
}
