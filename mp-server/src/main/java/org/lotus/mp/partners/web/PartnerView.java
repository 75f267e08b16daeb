package org.lotus.mp.partners.web;

import java.time.Instant;
import java.util.List;
import org.lotus.content.PublicationStatus;
import org.lotus.content.UtcTime;
import org.lotus.content.partner.Partner;
import org.lotus.mp.publishing.TextCheck.Replaced;

/** A partner as the API shows it; {@code replacements} lists the euphemisms a save put in. */
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
        Instant publishedAt,
        Instant correctedAt,
        List<Replaced> replacements) {

    static PartnerView of(Partner p) {
        return of(p, List.of());
    }

    static PartnerView of(Partner p, List<Replaced> replacements) {
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
                UtcTime.instant(p.getPublishedAt()),
                UtcTime.instant(p.getCorrectedAt()),
                replacements);
    }
}
