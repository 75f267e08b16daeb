package org.lotus.mp.publishing;

import java.util.List;
import java.util.Optional;
import org.lotus.content.UtcTime;
import org.lotus.content.announcement.Announcements;
import org.lotus.content.article.Article;
import org.lotus.content.article.Articles;
import org.lotus.content.partner.Partners;
import org.lotus.mp.audit.AuditLog;
import org.lotus.mp.wechat.PublishJobFinished;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Ends submitted articles from WeChat's verdict, whichever comes first: the PUBLISHJOBFINISH event or a
 * {@code freepublish/get} poll. Ending is a conditional UPDATE on the publish_id, so the second one changes nothing.
 * Also re-places jobs for content left SCHEDULED without one.
 */
@Component
class PublicationReconciler {

    private static final Logger log = LoggerFactory.getLogger(PublicationReconciler.class);

    private final Articles articles;
    private final Announcements announcements;
    private final Partners partners;
    private final WechatPublishingApi wechat;
    private final PublishingSchedule schedule;
    private final PublishingSettings settings;
    private final AuditLog audit;

    PublicationReconciler(
            Articles articles,
            Announcements announcements,
            Partners partners,
            WechatPublishingApi wechat,
            PublishingSchedule schedule,
            PublishingSettings settings,
            AuditLog audit) {
        this.articles = articles;
        this.announcements = announcements;
        this.partners = partners;
        this.wechat = wechat;
        this.schedule = schedule;
        this.settings = settings;
        this.audit = audit;
    }

    @EventListener
    void on(PublishJobFinished event) {
        if (event.publishStatus() == 1) {
            return;
        }
        String url = event.items() == null || event.items().isEmpty()
                ? null
                : event.items().get(0).url();
        end(event.publishId(), event.publishStatus(), event.wechatArticleId(), url);
    }

    void reconcile() {
        articles.scheduled()
                .forEach(a -> schedule.ensure(ContentRef.article(a.getId()), UtcTime.instant(a.getPublishAt())));
        announcements
                .scheduled()
                .forEach(a -> schedule.ensure(ContentRef.announcement(a.getId()), UtcTime.instant(a.getPublishAt())));
        partners.scheduled()
                .forEach(p -> schedule.ensure(ContentRef.partner(p.getId()), UtcTime.instant(p.getPublishAt())));
        List<Article> waiting = articles.awaitingResult(UtcTime.now().minus(settings.resultPollAfter()));
        for (Article article : waiting) {
            poll(article);
        }
    }

    private void poll(Article article) {
        try {
            JsonNode answer = wechat.publishStatus(article.getPublishId());
            int status = answer.path("publish_status").asInt(1);
            if (status == 1) {
                return;
            }
            JsonNode item = answer.path("article_detail").path("item").path(0);
            end(
                    article.getPublishId(),
                    status,
                    answer.path("article_id").asString(null),
                    item.path("article_url").asString(null));
        } catch (WechatCallException e) {
            log.info("article {}: freepublish/get did not answer, asking again later", article.getId());
        }
    }

    private void end(String publishId, int status, String wechatArticleId, String url) {
        boolean success = status == 0;
        Optional<Article> ended =
                articles.finish(publishId, success, wechatArticleId, url, success ? null : reason(status));
        ended.ifPresent(a -> {
            log.info("article {} {}", a.getId(), success ? "published" : "failed at WeChat");
            audit.record(
                    success ? "article.published" : "article.failed",
                    "article",
                    a.getId(),
                    success ? "WeChat article " + wechatArticleId : reason(status));
        });
    }

    static String reason(int status) {
        return switch (status) {
            case 2 -> "WeChat's original-content check failed (publish_status 2)";
            case 3 -> "WeChat failed to publish it (publish_status 3)";
            case 4 -> "WeChat's platform review refused it (publish_status 4)";
            case 5 -> "deleted at WeChat after publishing (publish_status 5)";
            case 6 -> "banned by WeChat after publishing (publish_status 6)";
            default -> "WeChat answered publish_status " + status;
        };
    }
}
