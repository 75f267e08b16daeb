package org.lotus.content.partner;

import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.UpdateWrapper;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.lotus.content.ContentNotFoundException;
import org.lotus.content.InvalidContentException;
import org.lotus.content.PublicationStatus;
import org.lotus.content.StatusConflictException;
import org.lotus.content.UtcTime;
import org.springframework.stereotype.Service;

/** The partner organisations; a published partner stays listed while staff edit it. */
@Service
public class Partners {

    private final PartnerMapper partners;

    Partners(PartnerMapper partners) {
        this.partners = partners;
    }

    public Partner create(PartnerDraft draft) {
        Partner partner = new Partner();
        apply(draft, partner);
        LocalDateTime now = UtcTime.now();
        partner.setStatus(PublicationStatus.DRAFT);
        partner.setCreatedAt(now);
        partner.setUpdatedAt(now);
        partners.insert(partner);
        return partner;
    }

    public Partner update(long id, PartnerDraft draft) {
        Partner partner = get(id);
        apply(draft, partner);
        partner.setUpdatedAt(UtcTime.now());
        partners.update(
                partner,
                new UpdateWrapper<Partner>()
                        .eq("id", id)
                        .set("address", partner.getAddress())
                        .set("hours", partner.getHours())
                        .set("contact", partner.getContact())
                        .set("languages", partner.getLanguages()));
        return get(id);
    }

    public Optional<Partner> find(long id) {
        return Optional.ofNullable(partners.selectById(id));
    }

    public Partner get(long id) {
        return find(id).orElseThrow(() -> new ContentNotFoundException("partner", id));
    }

    public List<Partner> list(PublicationStatus status) {
        return partners.selectList(new QueryWrapper<Partner>()
                .eq(status != null, "status", status == null ? null : status.name())
                .orderByAsc("name")
                .orderByAsc("id"));
    }

    public List<Partner> published() {
        return list(PublicationStatus.PUBLISHED);
    }

    public Partner schedule(long id, LocalDateTime publishAt) {
        int updated = partners.update(
                null,
                new UpdateWrapper<Partner>()
                        .eq("id", id)
                        .in("status", PublicationStatus.DRAFT.name(), PublicationStatus.SCHEDULED.name())
                        .set("status", PublicationStatus.SCHEDULED.name())
                        .set("publish_at", publishAt)
                        .set("updated_at", UtcTime.now()));
        return requireChanged(id, updated, "scheduled");
    }

    public Partner unschedule(long id) {
        int updated = partners.update(
                null,
                new UpdateWrapper<Partner>()
                        .eq("id", id)
                        .eq("status", PublicationStatus.SCHEDULED.name())
                        .set("status", PublicationStatus.DRAFT.name())
                        .set("publish_at", null)
                        .set("updated_at", UtcTime.now()));
        return requireChanged(id, updated, "unscheduled");
    }

    public List<Partner> scheduled() {
        return list(PublicationStatus.SCHEDULED);
    }

    /** SCHEDULED → PUBLISHED: a listing on our own pages, nothing is sent to WeChat. */
    public boolean publish(long id) {
        LocalDateTime now = UtcTime.now();
        return partners.update(
                        null,
                        new UpdateWrapper<Partner>()
                                .eq("id", id)
                                .eq("status", PublicationStatus.SCHEDULED.name())
                                .set("status", PublicationStatus.PUBLISHED.name())
                                .set("published_at", now)
                                .set("updated_at", now))
                == 1;
    }

    private Partner requireChanged(long id, int updated, String action) {
        Partner partner = get(id);
        if (updated == 0) {
            throw new StatusConflictException(
                    "partner " + id + " is " + partner.getStatus() + " and cannot be " + action);
        }
        return partner;
    }

    private static void apply(PartnerDraft draft, Partner partner) {
        partner.setName(required("name", draft.name(), 100));
        partner.setServices(required("services", draft.services(), 2000));
        partner.setAddress(optional("address", draft.address(), 300));
        partner.setHours(optional("hours", draft.hours(), 300));
        partner.setContact(optional("contact", draft.contact(), 200));
        partner.setLanguages(optional("languages", draft.languages(), 100));
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidContentException(field, field + " is required");
        }
        return optional(field, value, max);
    }

    private static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.length() > max) {
            throw new InvalidContentException(field, field + " is longer than " + max + " characters");
        }
        return trimmed;
    }
}
