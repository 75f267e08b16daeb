package org.lotus.mp.publishing;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.time.Instant;
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
        Article article = articles.schedule(id, UtcTime.utc(publishAt));
        place(ContentRef.article(id), publishAt);
        return article;
    }

    public Article unscheduleArticle(long id) {
        Article article = articles.unschedule(id);
        remove(ContentRef.article(id));
        return article;
    }

    public Announcement scheduleAnnouncement(long id, Instant publishAt) {
        Announcement announcement = announcements.schedule(id, UtcTime.utc(publishAt));
        place(ContentRef.announcement(id), publishAt);
        return announcement;
    }

    public Announcement unscheduleAnnouncement(long id) {
        Announcement announcement = announcements.unschedule(id);
        remove(ContentRef.announcement(id));
        return announcement;
    }

    public Partner schedulePartner(long id, Instant publishAt) {
        Partner partner = partners.schedule(id, UtcTime.utc(publishAt));
        place(ContentRef.partner(id), publishAt);
        return partner;
    }

    public Partner unschedulePartner(long id) {
        Partner partner = partners.unschedule(id);
        remove(ContentRef.partner(id));
        return partner;
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
