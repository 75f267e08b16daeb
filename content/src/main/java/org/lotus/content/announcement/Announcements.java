package org.lotus.content.announcement;

import static org.lotus.content.lifecycle.TextFields.optional;
import static org.lotus.content.lifecycle.TextFields.required;

import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.lotus.content.Finding;
import org.lotus.content.InvalidContentException;
import org.lotus.content.PublicationStatus;
import org.lotus.content.UtcTime;
import org.lotus.content.lifecycle.Lifecycle;
import org.lotus.content.lifecycle.Lifecycle.Transition;
import org.lotus.content.lifecycle.TextFields;
import org.springframework.stereotype.Service;

/**
 * The announcements and their status, on the shared {@link Lifecycle}; the push to followers has its own steps
 * (PENDING → SENDING → SENT), fenced like an article's submit.
 */
@Service
public class Announcements {

    public static final int TITLE_MAX = 64;
    public static final int BODY_MAX = 2000;
    static final int PLACE_MAX = 200;

    private final AnnouncementMapper announcements;
    private final Lifecycle<Announcement> lifecycle;

    Announcements(AnnouncementMapper announcements) {
        this.announcements = announcements;
        this.lifecycle = new Lifecycle<>("announcement", announcements);
    }

    public Announcement create(AnnouncementDraft draft) {
        Announcement announcement = new Announcement();
        apply(draft, announcement);
        return lifecycle.create(announcement);
    }

    public Announcement update(long id, AnnouncementDraft draft) {
        return lifecycle.revise(id, a -> apply(draft, a));
    }

    /** Checks a draft as {@link #update} would, without saving: the text a correction must rewrite first. */
    public Announcement validated(AnnouncementDraft draft) {
        Announcement announcement = new Announcement();
        apply(draft, announcement);
        return announcement;
    }

    /** Corrects a published announcement with its text already rewritten; the agenda shows it at once, never re-pushed. */
    public Announcement correct(long id, AnnouncementDraft draft, String title, String body, String place) {
        return lifecycle.correct(id, a -> {
            Boolean push = a.getPush();
            apply(draft, a);
            a.setPush(push);
            a.setPublishedTitle(title);
            a.setPublishedBody(body);
            a.setPublishedPlace(place);
        });
    }

    /** Off the agenda at once; a push already sent cannot be taken back. */
    public Announcement withdraw(long id) {
        return lifecycle.withdraw(id);
    }

    public Optional<Announcement> find(long id) {
        return lifecycle.find(id);
    }

    public Announcement get(long id) {
        return lifecycle.get(id);
    }

    public List<Announcement> list(PublicationStatus status) {
        return announcements.selectList(new QueryWrapper<Announcement>()
                .eq(status != null, "status", status == null ? null : status.name())
                .orderByDesc("updated_at")
                .orderByDesc("id"));
    }

    /** Published announcements valid at {@code now}, soonest event first, undated ones last. */
    public List<Announcement> agenda(LocalDateTime now) {
        return announcements
                .selectList(new QueryWrapper<Announcement>()
                        .eq("status", PublicationStatus.PUBLISHED.name())
                        .le("valid_from", now)
                        .gt("valid_until", now))
                .stream()
                .sorted(java.util.Comparator.comparing((Announcement a) -> a.getEventDate() == null
                                ? LocalDateTime.MAX
                                : a.getEventDate()
                                        .atTime(a.getEventTime() == null ? java.time.LocalTime.MIN : a.getEventTime()))
                        .thenComparing(Announcement::getValidFrom))
                .toList();
    }

    public Announcement schedule(long id, LocalDateTime publishAt) {
        return lifecycle.schedule(id, publishAt, "push_step");
    }

    public Announcement unschedule(long id) {
        return lifecycle.unschedule(id);
    }

    public List<Announcement> scheduled() {
        return lifecycle.scheduled();
    }

    public boolean claim(long id) {
        return lifecycle.claim(id).set("push_step", PushStep.PENDING.name()).applied();
    }

    /** Keeps the rewritten text; without a push the announcement is published at once. */
    public boolean rewritten(long id, String title, String body, String place, boolean push) {
        Transition<Announcement> move = pushStep(id, PushStep.PENDING)
                .set("published_title", title)
                .set("published_body", body)
                .set("published_place", place);
        if (!push) {
            move.set("status", PublicationStatus.PUBLISHED.name())
                    .set("push_step", null)
                    .set("published_at", UtcTime.now());
        }
        return move.applied();
    }

    public boolean beginPush(long id) {
        return pushStep(id, PushStep.PENDING)
                .set("push_step", PushStep.SENDING.name())
                .applied();
    }

    public boolean pushed(long id, String massMsgId) {
        LocalDateTime now = UtcTime.now();
        return pushStep(id, PushStep.SENDING)
                .set("push_step", PushStep.SENT.name())
                .set("mass_msg_id", massMsgId)
                .set("pushed_at", now)
                .set("published_at", now)
                .set("status", PublicationStatus.PUBLISHED.name())
                .applied();
    }

    public boolean pushNotAccepted(long id) {
        return pushStep(id, PushStep.SENDING)
                .set("push_step", PushStep.PENDING.name())
                .applied();
    }

    public boolean holdForReview(long id, String reason, List<Finding> findings) {
        return lifecycle.holdForReview(id, reason, findings);
    }

    public boolean fail(long id, String reason) {
        return lifecycle.fail(id, reason);
    }

    /** Pushes sent since {@code since}, to respect the account's mass-message quota before WeChat refuses. */
    public long pushesSince(LocalDateTime since) {
        return announcements.selectCount(new QueryWrapper<Announcement>()
                .eq("push_step", PushStep.SENT.name())
                .ge("pushed_at", since));
    }

    private Transition<Announcement> pushStep(long id, PushStep expected) {
        return lifecycle.from(id, PublicationStatus.PUBLISHING).eq("push_step", expected.name());
    }

    private static void apply(AnnouncementDraft draft, Announcement announcement) {
        announcement.setTitle(required("title", draft.title(), TITLE_MAX));
        announcement.setBody(required("body", draft.body(), BODY_MAX));
        announcement.setLanguage(TextFields.language(draft.language()));
        if (draft.validFrom() == null) {
            throw new InvalidContentException("validFrom", "required", "validFrom is required");
        }
        if (draft.validUntil() == null || !draft.validUntil().isAfter(draft.validFrom())) {
            throw new InvalidContentException("validUntil", "afterValidFrom", "validUntil must come after validFrom");
        }
        if (draft.eventTime() != null && draft.eventDate() == null) {
            throw new InvalidContentException("eventDate", "timeNeedsDate", "an event time needs an event date");
        }
        announcement.setValidFrom(UtcTime.utc(draft.validFrom()));
        announcement.setValidUntil(UtcTime.utc(draft.validUntil()));
        announcement.setEventDate(draft.eventDate());
        announcement.setEventTime(draft.eventTime());
        announcement.setPlace(optional("place", draft.place(), PLACE_MAX));
        announcement.setPush(Boolean.TRUE.equals(draft.push()));
    }
}
