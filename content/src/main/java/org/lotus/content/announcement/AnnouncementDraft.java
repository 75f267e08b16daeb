package org.lotus.content.announcement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** What staff write for an announcement; the event date, time and place are optional. */
public record AnnouncementDraft(
        String title,
        String body,
        String language,
        Instant validFrom,
        Instant validUntil,
        LocalDate eventDate,
        LocalTime eventTime,
        String place,
        Boolean push) {}
