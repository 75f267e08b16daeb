package org.lotus.content.lifecycle;

import java.time.LocalDateTime;
import org.lotus.content.PublicationStatus;

/** What the lifecycle needs of a piece of content, whatever its kind. */
public interface Publication {

    Long getId();

    PublicationStatus getStatus();

    void setStatus(PublicationStatus status);

    void setStatusReason(String statusReason);

    void setFindings(String findings);

    Integer getRevision();

    void setRevision(Integer revision);

    LocalDateTime getPublishedAt();

    void setCreatedAt(LocalDateTime createdAt);

    void setUpdatedAt(LocalDateTime updatedAt);

    void setCorrectedAt(LocalDateTime correctedAt);

    /** Readers can see it: it was published once and has not been withdrawn. Edits to it are corrections. */
    default boolean live() {
        return getPublishedAt() != null && getStatus() != PublicationStatus.WITHDRAWN;
    }
}
