package org.lotus.mp.publishing;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The db-scheduler tasks. A one-time execution per piece of content ({@code article:12}) due at its publishAt: the
 * row's pick is the cluster-wide lock, and the instance id keeps one execution per content.
 */
@Configuration(proxyBeanMethods = false)
class PublishingTasks {

    static final String PUBLISH = "publish-content";
    static final String RECONCILE = "reconcile-publishing";

    @Bean
    OneTimeTask<Void> publishContentTask(PublishingJobs jobs) {
        return Tasks.oneTime(PUBLISH)
                .onFailure(jobs)
                .execute((instance, context) -> jobs.run(ContentRef.parse(instance.getId())));
    }

    @Bean
    RecurringTask<Void> reconcilePublishingTask(PublicationReconciler reconciler, PublishingSettings settings) {
        return Tasks.recurring(RECONCILE, FixedDelay.of(settings.reconcileInterval()))
                .execute((instance, context) -> reconciler.reconcile());
    }
}
