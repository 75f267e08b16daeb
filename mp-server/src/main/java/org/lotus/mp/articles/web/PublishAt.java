package org.lotus.mp.articles.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.lotus.content.InvalidContentException;

/**
 * The {@code publishAt} of a schedule request: ISO-8601 with an offset, or a local time read as Paris time, where
 * the mediator works.
 */
public record PublishAt(String publishAt) {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    public Instant instant() {
        if (publishAt == null || publishAt.isBlank()) {
            throw new InvalidContentException("publishAt", "required", "publishAt is required (ISO-8601)");
        }
        try {
            return OffsetDateTime.parse(publishAt.trim()).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(publishAt.trim()).atZone(PARIS).toInstant();
            } catch (DateTimeParseException e) {
                throw new InvalidContentException("publishAt", "date", "publishAt must be an ISO-8601 date-time");
            }
        }
    }
}
