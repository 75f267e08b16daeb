package org.lotus.mp.partners.web;

import java.time.Instant;
import org.lotus.content.PublicationStatus;
import org.lotus.content.UtcTime;
import org.lotus.content.partner.Partner;

record PartnerView(
        long id,
        String name,
        String services,
        String address,
        String hours,
        String contact,
        String languages,
        PublicationStatus status,
        Instant publishAt,
        Instant publishedAt) {

    static PartnerView of(Partner p) {
        return new PartnerView(
                p.getId(),
                p.getName(),
                p.getServices(),
                p.getAddress(),
                p.getHours(),
                p.getContact(),
                p.getLanguages(),
                p.getStatus(),
                UtcTime.instant(p.getPublishAt()),
                UtcTime.instant(p.getPublishedAt()));
    }
}
