package org.lotus.content;

/** An id that names no content; answered 404. */
public class ContentNotFoundException extends RuntimeException {

    public ContentNotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
