package org.lotus.mp.announcements.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.lotus.content.announcement.AnnouncementDraft;

/** An announcement as staff send it: the event date and time are local (Paris), the window is absolute. */
record AnnouncementRequest(
        @NotBlank String title,
        @NotBlank String body,
        String language,
        @NotNull Instant validFrom,
        @NotNull Instant validUntil,
        LocalDate eventDate,
        LocalTime eventTime,
        String place,
        Boolean push) {

    AnnouncementDraft draft() {
        return new AnnouncementDraft(title, body, language, validFrom, validUntil, eventDate, eventTime, place, push);
    }
}
