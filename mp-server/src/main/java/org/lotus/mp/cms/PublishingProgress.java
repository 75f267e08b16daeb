package org.lotus.mp.cms;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import java.util.List;
import java.util.Optional;
import org.lotus.content.PublicationStatus;
import org.lotus.content.article.Articles;
import org.lotus.mp.i18n.ParisTime;
import org.lotus.mp.i18n.StaffMessages;
import org.lotus.mp.publishing.PublishingSettings;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Where articles in PUBLISHING stand, read from their publishing job: "nouvel essai 3/8 à 03:36" while WeChat keeps
 * failing, so that nobody wonders whether anything is happening.
 */
@Component
class PublishingProgress {

    /** The publishing job's task name (publishing.PublishingTasks) and instance id form ({@code article:12}). */
    static final String TASK = "publish-content";

    /** An article being published and what its job is doing (public so templates can read it). */
    public record Line(long id, String title, String state) {}

    private final Articles articles;
    private final SchedulerClient scheduler;
    private final PublishingSettings settings;
    private final StaffMessages wording;

    PublishingProgress(
            Articles articles, @Lazy SchedulerClient scheduler, PublishingSettings settings, StaffMessages wording) {
        this.articles = articles;
        this.scheduler = scheduler;
        this.settings = settings;
        this.wording = wording;
    }

    List<Line> publishing() {
        return articles.list(PublicationStatus.PUBLISHING, null).stream()
                .map(a -> new Line(a.getId(), a.getTitle(), state(a.getId())))
                .toList();
    }

    /** "nouvel essai 3/8 à 03:36" when the job failed and waits, otherwise that WeChat's answer is awaited. */
    String state(long articleId) {
        Optional<ScheduledExecution<Object>> job;
        try {
            job = scheduler.getScheduledExecution(TaskInstanceId.of(TASK, "article:" + articleId));
        } catch (RuntimeException e) {
            job = Optional.empty();
        }
        return job.filter(j -> j.getConsecutiveFailures() > 0)
                .map(j -> wording.text(
                        "publishing.retrying",
                        j.getConsecutiveFailures() + 1,
                        settings.maxAttempts(),
                        ParisTime.clock(j.getExecutionTime())))
                .orElseGet(() -> wording.text("publishing.waiting"));
    }
}
