package org.lotus.mp.alerts;

import org.lotus.mp.web.InvalidFieldException;

/** A moderation step that cannot be taken: answered 400 naming the field. */
public class InvalidDecisionException extends InvalidFieldException {

    public InvalidDecisionException(String field, String message) {
        super(field, message);
    }
}
