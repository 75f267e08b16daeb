package org.lotus.mp.publishing;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import org.lotus.content.partner.Partners;
import org.lotus.mp.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** What the publishing task does with a due piece of content, and how its failures are retried. */
@Component
class PublishingJobs implements FailureHandler<Void> {

    private static final Logger log = LoggerFactory.getLogger(PublishingJobs.class);

    private final ArticlePublisher articles;
    private final AnnouncementPublisher announcements;
    private final Partners partners;
    private final PublishingSettings settings;
    private final AuditLog audit;

    PublishingJobs(
            ArticlePublisher articles,
            AnnouncementPublisher announcements,
            Partners partners,
            PublishingSettings settings,
            AuditLog audit) {
        this.articles = articles;
        this.announcements = announcements;
        this.partners = partners;
        this.settings = settings;
        this.audit = audit;
    }

    void run(ContentRef ref) {
        switch (ref.kind()) {
            case ARTICLE -> articles.publish(ref.id());
            case ANNOUNCEMENT -> announcements.publish(ref.id());
            case PARTNER -> {
                if (partners.publish(ref.id())) {
                    log.info("partner {} published", ref.id());
                    audit.record("partner.published", "partner", ref.id(), null);
                }
            }
        }
    }

    /** Transient failures come back after a doubling wait; after {@code maxAttempts} the content ends FAILED. */
    @Override
    public void onFailure(ExecutionComplete complete, ExecutionOperations<Void> operations) {
        ContentRef ref = ContentRef.parse(complete.getExecution().taskInstance.getId());
        int failures = complete.getExecution().consecutiveFailures + 1;
        String error = complete.getCause().map(Throwable::getMessage).orElse("unknown error");
        if (failures >= settings.maxAttempts()) {
            operations.stop();
            switch (ref.kind()) {
                case ARTICLE -> articles.giveUp(ref.id(), error);
                case ANNOUNCEMENT -> announcements.giveUp(ref.id(), error);
                case PARTNER -> log.warn("partner {} could not be published", ref.id());
            }
            return;
        }
        log.info("{} will be retried (attempt {} failed)", ref, failures);
        operations.reschedule(complete, complete.getTimeDone().plus(settings.backoff(failures)));
    }
}
