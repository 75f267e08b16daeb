package org.lotus.content.announcement;

import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.UpdateWrapper;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.lotus.content.ContentNotFoundException;
import org.lotus.content.Finding;
import org.lotus.content.InvalidContentException;
import org.lotus.content.PublicationStatus;
import org.lotus.content.StatusConflictException;
import org.lotus.content.UtcTime;
import org.springframework.stereotype.Service;

/** The announcements and their status; transitions are conditional UPDATEs, as for articles. */
@Service
public class Announcements {

    private static final Object[] EDITABLE = Arrays.stream(PublicationStatus.values())
            .filter(PublicationStatus::editable)
            .map(Enum::name)
            .toArray();

    private final AnnouncementMapper announcements;

    Announcements(AnnouncementMapper announcements) {
        this.announcements = announcements;
    }

    public Announcement create(AnnouncementDraft draft) {
        Announcement announcement = new Announcement();
        apply(draft, announcement);
        LocalDateTime now = UtcTime.now();
        announcement.setStatus(PublicationStatus.DRAFT);
        announcement.setCreatedAt(now);
        announcement.setUpdatedAt(now);
        announcements.insert(announcement);
        return announcement;
    }

    public Announcement update(long id, AnnouncementDraft draft) {
        Announcement announcement = get(id);
        if (!announcement.getStatus().editable()) {
            throw new StatusConflictException(
                    "announcement " + id + " is " + announcement.getStatus() + " and cannot change");
        }
        apply(draft, announcement);
        UpdateWrapper<Announcement> where = new UpdateWrapper<Announcement>()
                .eq("id", id)
                .in("status", EDITABLE)
                .set("event_date", announcement.getEventDate())
                .set("event_time", announcement.getEventTime())
                .set("place", announcement.getPlace());
        if (announcement.getStatus() != PublicationStatus.SCHEDULED) {
            announcement.setStatus(PublicationStatus.DRAFT);
            where.set("status_reason", null).set("findings", null);
        }
        announcement.setUpdatedAt(UtcTime.now());
        if (announcements.update(announcement, where) == 0) {
            throw new StatusConflictException("announcement " + id + " changed meanwhile");
        }
        return get(id);
    }

    public Optional<Announcement> find(long id) {
        return Optional.ofNullable(announcements.selectById(id));
    }

    public Announcement get(long id) {
        return find(id).orElseThrow(() -> new ContentNotFoundException("announcement", id));
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
        int updated = announcements.update(
                null,
                new UpdateWrapper<Announcement>()
                        .eq("id", id)
                        .in("status", EDITABLE)
                        .set("status", PublicationStatus.SCHEDULED.name())
                        .set("publish_at", publishAt)
                        .set("status_reason", null)
                        .set("findings", null)
                        .set("push_step", null)
                        .set("updated_at", UtcTime.now()));
        return requireChanged(id, updated, "scheduled");
    }

    public Announcement unschedule(long id) {
        int updated = announcements.update(
                null,
                new UpdateWrapper<Announcement>()
                        .eq("id", id)
                        .eq("status", PublicationStatus.SCHEDULED.name())
                        .set("status", PublicationStatus.DRAFT.name())
                        .set("publish_at", null)
                        .set("updated_at", UtcTime.now()));
        return requireChanged(id, updated, "unscheduled");
    }

    public List<Announcement> scheduled() {
        return announcements.selectList(
                new QueryWrapper<Announcement>().eq("status", PublicationStatus.SCHEDULED.name()));
    }

    public boolean claim(long id) {
        return announcements.update(
                        null,
                        publishing(id, PublicationStatus.SCHEDULED)
                                .set("status", PublicationStatus.PUBLISHING.name())
                                .set("push_step", PushStep.PENDING.name()))
                == 1;
    }

    /** Keeps the rewritten text; without a push the announcement is published at once. */
    public boolean rewritten(long id, String title, String body, String place, boolean push) {
        UpdateWrapper<Announcement> where = publishing(id, PublicationStatus.PUBLISHING)
                .eq("push_step", PushStep.PENDING.name())
                .set("published_title", title)
                .set("published_body", body)
                .set("published_place", place);
        if (!push) {
            where.set("status", PublicationStatus.PUBLISHED.name())
                    .set("push_step", null)
                    .set("published_at", UtcTime.now());
        }
        return announcements.update(null, where) == 1;
    }

    public boolean beginPush(long id) {
        return announcements.update(
                        null,
                        publishing(id, PublicationStatus.PUBLISHING)
                                .eq("push_step", PushStep.PENDING.name())
                                .set("push_step", PushStep.SENDING.name()))
                == 1;
    }

    public boolean pushed(long id, String massMsgId) {
        LocalDateTime now = UtcTime.now();
        return announcements.update(
                        null,
                        publishing(id, PublicationStatus.PUBLISHING)
                                .eq("push_step", PushStep.SENDING.name())
                                .set("push_step", PushStep.SENT.name())
                                .set("mass_msg_id", massMsgId)
                                .set("pushed_at", now)
                                .set("published_at", now)
                                .set("status", PublicationStatus.PUBLISHED.name()))
                == 1;
    }

    public boolean pushNotAccepted(long id) {
        return announcements.update(
                        null,
                        publishing(id, PublicationStatus.PUBLISHING)
                                .eq("push_step", PushStep.SENDING.name())
                                .set("push_step", PushStep.PENDING.name()))
                == 1;
    }

    public boolean holdForReview(long id, String reason, List<Finding> findings) {
        return announcements.update(
                        null,
                        publishing(id, PublicationStatus.PUBLISHING)
                                .set("status", PublicationStatus.NEEDS_REVIEW.name())
                                .set("status_reason", reason)
                                .set("findings", Finding.encode(findings)))
                == 1;
    }

    public boolean fail(long id, String reason) {
        return announcements.update(
                        null,
                        publishing(id, PublicationStatus.PUBLISHING)
                                .set("status", PublicationStatus.FAILED.name())
                                .set("status_reason", reason))
                == 1;
    }

    /** Pushes sent since {@code since}, to respect the account's mass-message quota before WeChat refuses. */
    public long pushesSince(LocalDateTime since) {
        return announcements.selectCount(new QueryWrapper<Announcement>()
                .eq("push_step", PushStep.SENT.name())
                .ge("pushed_at", since));
    }

    private Announcement requireChanged(long id, int updated, String action) {
        Announcement announcement = get(id);
        if (updated == 0) {
            throw new StatusConflictException(
                    "announcement " + id + " is " + announcement.getStatus() + " and cannot be " + action);
        }
        return announcement;
    }

    private static UpdateWrapper<Announcement> publishing(long id, PublicationStatus expected) {
        return new UpdateWrapper<Announcement>()
                .eq("id", id)
                .eq("status", expected.name())
                .set("updated_at", UtcTime.now());
    }

    private static void apply(AnnouncementDraft draft, Announcement announcement) {
        announcement.setTitle(required("title", draft.title(), 64));
        announcement.setBody(required("body", draft.body(), 2000));
        String language = draft.language() == null ? "zh" : draft.language().trim();
        if (!language.equals("zh") && !language.equals("fr")) {
            throw new InvalidContentException("language", "language must be zh or fr");
        }
        announcement.setLanguage(language);
        if (draft.validFrom() == null) {
            throw new InvalidContentException("validFrom", "validFrom is required");
        }
        if (draft.validUntil() == null || !draft.validUntil().isAfter(draft.validFrom())) {
            throw new InvalidContentException("validUntil", "validUntil must come after validFrom");
        }
        if (draft.eventTime() != null && draft.eventDate() == null) {
            throw new InvalidContentException("eventDate", "an event time needs an event date");
        }
        announcement.setValidFrom(UtcTime.utc(draft.validFrom()));
        announcement.setValidUntil(UtcTime.utc(draft.validUntil()));
        announcement.setEventDate(draft.eventDate());
        announcement.setEventTime(draft.eventTime());
        String place = draft.place() == null || draft.place().isBlank()
                ? null
                : draft.place().trim();
        if (place != null && place.length() > 200) {
            throw new InvalidContentException("place", "place is longer than 200 characters");
        }
        announcement.setPlace(place);
        announcement.setPush(Boolean.TRUE.equals(draft.push()));
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidContentException(field, field + " is required");
        }
        String trimmed = value.trim();
        if (trimmed.length() > max) {
            throw new InvalidContentException(field, field + " is longer than " + max + " characters");
        }
        return trimmed;
    }
}
