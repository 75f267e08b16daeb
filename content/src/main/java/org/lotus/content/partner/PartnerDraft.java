package org.lotus.content.partner;

/** What staff write about a partner organisation. */
public record PartnerDraft(
        String name, String services, String address, String hours, String contact, String languages) {}
