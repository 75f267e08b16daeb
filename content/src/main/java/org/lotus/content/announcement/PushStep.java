package org.lotus.content.announcement;

/** How far the push of an announcement got; SENDING is written before {@code sendall} so a crash is visible. */
public enum PushStep {
    PENDING,
    SENDING,
    SENT
}
