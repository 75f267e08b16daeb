package org.lotus.content.partner;

import static org.lotus.content.lifecycle.TextFields.optional;
import static org.lotus.content.lifecycle.TextFields.required;

import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.lotus.content.PublicationStatus;
import org.lotus.content.UtcTime;
import org.lotus.content.lifecycle.Lifecycle;
import org.springframework.stereotype.Service;

/**
 * The partner organisations, on the shared {@link Lifecycle}: a published partner stays listed while staff correct
 * it, and can be withdrawn.
 */
@Service
public class Partners {

    private final PartnerMapper partners;
    private final Lifecycle<Partner> lifecycle;

    Partners(PartnerMapper partners) {
        this.partners = partners;
        this.lifecycle = new Lifecycle<>("partner", partners);
    }

    public Partner create(PartnerDraft draft) {
        Partner partner = new Partner();
        apply(draft, partner);
        return lifecycle.create(partner);
    }

    /** A new revision: a correction when readers already see the partner, otherwise a draft saved. */
    public Partner update(long id, PartnerDraft draft) {
        return get(id).live()
                ? lifecycle.correct(id, p -> apply(draft, p))
                : lifecycle.revise(id, p -> apply(draft, p));
    }

    /** Checks a draft as {@link #update} would, without saving. */
    public Partner validated(PartnerDraft draft) {
        Partner partner = new Partner();
        apply(draft, partner);
        return partner;
    }

    public Partner withdraw(long id) {
        return lifecycle.withdraw(id);
    }

    public Optional<Partner> find(long id) {
        return lifecycle.find(id);
    }

    public Partner get(long id) {
        return lifecycle.get(id);
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
        return lifecycle.schedule(id, publishAt);
    }

    public Partner unschedule(long id) {
        return lifecycle.unschedule(id);
    }

    public List<Partner> scheduled() {
        return lifecycle.scheduled();
    }

    /** SCHEDULED → PUBLISHED: a listing on our own pages, nothing is sent to WeChat. */
    public boolean publish(long id) {
        return lifecycle
                .from(id, PublicationStatus.SCHEDULED)
                .set("status", PublicationStatus.PUBLISHED.name())
                .set("published_at", UtcTime.now())
                .applied();
    }

    private static void apply(PartnerDraft draft, Partner partner) {
        partner.setName(required("name", draft.name(), 100));
        partner.setServices(required("services", draft.services(), 2000));
        partner.setAddress(optional("address", draft.address(), 300));
        partner.setHours(optional("hours", draft.hours(), 300));
        partner.setContact(optional("contact", draft.contact(), 200));
        partner.setLanguages(optional("languages", draft.languages(), 100));
    }
}
