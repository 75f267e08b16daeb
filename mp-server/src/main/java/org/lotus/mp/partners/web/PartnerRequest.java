package org.lotus.mp.partners.web;

import jakarta.validation.constraints.NotBlank;
import org.lotus.content.partner.PartnerDraft;

record PartnerRequest(
        @NotBlank String name,
        @NotBlank String services,
        String address,
        String hours,
        String contact,
        String languages) {

    PartnerDraft draft() {
        return new PartnerDraft(name, services, address, hours, contact, languages);
    }
}
