package org.lotus.mp.publishing;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.lotus.content.InvalidContentException;
import org.lotus.content.UtcTime;
import org.lotus.content.announcement.Announcement;
import org.lotus.content.announcement.Announcements;
import org.lotus.content.article.Article;
import org.lotus.content.article.Articles;
import org.lotus.content.partner.Partner;
import org.lotus.content.partner.Partners;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/**
 * Schedules and unschedules content: the status changes first (the truth), then the job is (re)placed. A job without
 * a SCHEDULED status does nothing, and the reconciler recreates a job a crash lost between the two.
 */
@Service
public class PublishingSchedule {

    private static final Logger log = LoggerFactory.getLogger(PublishingSchedule.class);
    private static final Duration PAST_TOLERANCE = Duration.ofMinutes(1);

    private final Articles articles;
    private final Announcements announcements;
    private final Partners partners;
    private final SchedulerClient scheduler;
    private final OneTimeTask<Void> task;

    PublishingSchedule(
            Articles articles,
            Announcements announcements,
            Partners partners,
            @Lazy SchedulerClient scheduler,
            OneTimeTask<Void> publishContentTask) {
        this.articles = articles;
        this.announcements = announcements;
        this.partners = partners;
        this.scheduler = scheduler;
        this.task = publishContentTask;
    }

    public Article scheduleArticle(long id, Instant publishAt) {
        return statusThenJob(
                ContentRef.article(id), future(publishAt), () -> articles.schedule(id, UtcTime.utc(publishAt)));
    }

    public Article publishArticleNow(long id) {
        Instant now = Instant.now();
        return statusThenJob(ContentRef.article(id), now, () -> articles.schedule(id, UtcTime.utc(now)));
    }

    public Article unscheduleArticle(long id) {
        Article article = articles.unschedule(id);
        remove(ContentRef.article(id));
        return article;
    }

    public Announcement scheduleAnnouncement(long id, Instant publishAt) {
        return statusThenJob(
                ContentRef.announcement(id),
                future(publishAt),
                () -> announcements.schedule(id, UtcTime.utc(publishAt)));
    }

    public Announcement publishAnnouncementNow(long id) {
        Instant now = Instant.now();
        return statusThenJob(ContentRef.announcement(id), now, () -> announcements.schedule(id, UtcTime.utc(now)));
    }

    public Announcement unscheduleAnnouncement(long id) {
        Announcement announcement = announcements.unschedule(id);
        remove(ContentRef.announcement(id));
        return announcement;
    }

    public Partner schedulePartner(long id, Instant publishAt) {
        return statusThenJob(
                ContentRef.partner(id), future(publishAt), () -> partners.schedule(id, UtcTime.utc(publishAt)));
    }

    public Partner publishPartnerNow(long id) {
        Instant now = Instant.now();
        return statusThenJob(ContentRef.partner(id), now, () -> partners.schedule(id, UtcTime.utc(now)));
    }

    public Partner unschedulePartner(long id) {
        Partner partner = partners.unschedule(id);
        remove(ContentRef.partner(id));
        return partner;
    }

    /**
     * A time in the past is refused rather than published at once: staff who mean "now" say so. The minute being
     * typed counts as now, since the CMS picks times to the minute.
     */
    static Instant future(Instant publishAt) {
        if (publishAt.isBefore(Instant.now().minus(PAST_TOLERANCE))) {
            throw new InvalidContentException(
                    "publishAt", "past", "publishAt is in the past: publish now instead, or pick a later time");
        }
        return publishAt;
    }

    /** The status changes first (the truth), then the job is placed. */
    private <T> T statusThenJob(ContentRef ref, Instant at, Supplier<T> statusChange) {
        T content = statusChange.get();
        place(ref, at);
        return content;
    }

    /** A correction's job, due now. */
    void placeNow(ContentRef ref) {
        place(ref, Instant.now());
    }

    /** Makes sure a job exists for content found SCHEDULED (idempotent). */
    void ensure(ContentRef ref, Instant publishAt) {
        scheduler.scheduleIfNotExists(task.instance(ref.instanceId()), publishAt);
    }

    private void place(ContentRef ref, Instant publishAt) {
        if (!scheduler.scheduleIfNotExists(task.instance(ref.instanceId()), publishAt)) {
            try {
                scheduler.reschedule(TaskInstanceId.of(PublishingTasks.PUBLISH, ref.instanceId()), publishAt);
            } catch (RuntimeException e) {
                // The job is running right now; it will see the new status, and the reconciler places a new one.
                log.info("{}: its job is running, the reconciler will place the new one", ref);
            }
        }
    }

    private void remove(ContentRef ref) {
        try {
            scheduler.cancel(TaskInstanceId.of(PublishingTasks.PUBLISH, ref.instanceId()));
        } catch (RuntimeException e) {
            // Already gone or running: either way the job finds the content no longer SCHEDULED and does nothing.
        }
    }
}
