package org.lotus.mp.announcements.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.lotus.content.Finding;
import org.lotus.content.PublicationStatus;
import org.lotus.content.UtcTime;
import org.lotus.content.announcement.Announcement;
import org.lotus.mp.publishing.TextCheck.Replaced;

/** An announcement as the API shows it; {@code replacements} lists the euphemisms a save put in. */
record AnnouncementView(
        long id,
        String title,
        String body,
        String language,
        Instant validFrom,
        Instant validUntil,
        LocalDate eventDate,
        LocalTime eventTime,
        String place,
        boolean push,
        PublicationStatus status,
        String statusReason,
        List<Finding> findings,
        Instant publishAt,
        String publishedTitle,
        String publishedBody,
        Instant pushedAt,
        Instant publishedAt,
        Instant correctedAt,
        List<Replaced> replacements) {

    static AnnouncementView of(Announcement a) {
        return of(a, List.of());
    }

    static AnnouncementView of(Announcement a, List<Replaced> replacements) {
        return new AnnouncementView(
                a.getId(),
                a.getTitle(),
                a.getBody(),
                a.getLanguage(),
                UtcTime.instant(a.getValidFrom()),
                UtcTime.instant(a.getValidUntil()),
                a.getEventDate(),
                a.getEventTime(),
                a.getPlace(),
                Boolean.TRUE.equals(a.getPush()),
                a.getStatus(),
                a.getStatusReason(),
                Finding.decode(a.getFindings()),
                UtcTime.instant(a.getPublishAt()),
                a.getPublishedTitle(),
                a.getPublishedBody(),
                UtcTime.instant(a.getPushedAt()),
                UtcTime.instant(a.getPublishedAt()),
                UtcTime.instant(a.getCorrectedAt()),
                replacements);
    }
}
