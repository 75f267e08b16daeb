package org.lotus.content;

/** Where a piece of content stands on its way to readers. */
public enum PublicationStatus {
    DRAFT,
    SCHEDULED,
    PUBLISHING,
    PUBLISHED,
    FAILED,
    NEEDS_REVIEW;

    /** States from which staff may edit or (re)schedule; PUBLISHING belongs to the publisher, PUBLISHED is final. */
    public boolean editable() {
        return this == DRAFT || this == SCHEDULED || this == FAILED || this == NEEDS_REVIEW;
    }
}
