package org.lotus.content;

/** An action the content's current status forbids, such as editing a published article; answered 409. */
public class StatusConflictException extends RuntimeException {

    public StatusConflictException(String message) {
        super(message);
    }
}
