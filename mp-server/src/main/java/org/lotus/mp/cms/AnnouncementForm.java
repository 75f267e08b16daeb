package org.lotus.mp.cms;

import org.lotus.content.announcement.Announcement;

/**
 * The announcement form as typed: strings, so what someone typed comes back as it was when the save is refused, and
 * a saved announcement refills every field, validity included (Paris time).
 */
public record AnnouncementForm(
        Long id,
        String title,
        String body,
        String language,
        String validFrom,
        String validUntil,
        String eventDate,
        String eventTime,
        String place,
        Boolean push) {

    static AnnouncementForm blank() {
        return new AnnouncementForm(null, "", "", "zh", "", "", "", "", "", false);
    }

    static AnnouncementForm of(Announcement a) {
        return new AnnouncementForm(
                a.getId(),
                a.getTitle(),
                a.getBody(),
                a.getLanguage(),
                ParisTime.input(a.getValidFrom()),
                ParisTime.input(a.getValidUntil()),
                a.getEventDate() == null ? "" : a.getEventDate().toString(),
                a.getEventTime() == null ? "" : a.getEventTime().toString(),
                a.getPlace() == null ? "" : a.getPlace(),
                Boolean.TRUE.equals(a.getPush()));
    }
}
