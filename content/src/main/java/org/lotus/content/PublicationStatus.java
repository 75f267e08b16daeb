package org.lotus.content;

/** Where a piece of content stands on its way to readers. */
public enum PublicationStatus {
    DRAFT,
    SCHEDULED,
    PUBLISHING,
    PUBLISHED,
    FAILED,
    NEEDS_REVIEW,
    /** Taken off our pages and replies by staff after it was published; it may be edited and published again. */
    WITHDRAWN;

    /**
     * States from which staff may edit or (re)schedule; PUBLISHING belongs to the publisher, PUBLISHED content changes
     * only through a correction.
     */
    public boolean editable() {
        return this == DRAFT || this == SCHEDULED || this == FAILED || this == NEEDS_REVIEW || this == WITHDRAWN;
    }
}
