package org.lotus.mp.publishing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.lotus.content.Finding;
import org.lotus.content.PublicationStatus;
import org.lotus.content.UtcTime;
import org.lotus.content.announcement.Announcement;
import org.lotus.content.announcement.Announcements;
import org.lotus.content.announcement.PushStep;
import org.lotus.mp.audit.AuditLog;
import org.lotus.mp.publishing.ContentRewriter.Rewritten;
import org.lotus.mp.publishing.WechatCallException.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Publishes a due announcement: rewritten, it joins the news agenda; when asked, followers get a text push whose
 * wording names no topic, since a lock screen shows it to whoever holds the phone. The push is fenced like an
 * article's submit (PENDING → SENDING → SENT) and kept under our own daily cap before WeChat's quota.
 */
@Component
class AnnouncementPublisher {

    private static final Logger log = LoggerFactory.getLogger(AnnouncementPublisher.class);

    private final Announcements announcements;
    private final WechatPublishingApi wechat;
    private final ObjectProvider<ContentRewriter> rewriter;
    private final PublishingSettings settings;
    private final AuditLog audit;

    AnnouncementPublisher(
            Announcements announcements,
            WechatPublishingApi wechat,
            ObjectProvider<ContentRewriter> rewriter,
            PublishingSettings settings,
            AuditLog audit) {
        this.announcements = announcements;
        this.wechat = wechat;
        this.rewriter = rewriter;
        this.settings = settings;
        this.audit = audit;
    }

    void publish(long id) {
        Announcement announcement = announcements.find(id).orElse(null);
        if (announcement == null) {
            return;
        }
        if (announcement.getStatus() == PublicationStatus.SCHEDULED) {
            if (!announcements.claim(id)) {
                return;
            }
            announcement = announcements.get(id);
        }
        if (announcement.getStatus() != PublicationStatus.PUBLISHING) {
            return;
        }
        // Rewritten on every attempt, even when an earlier one left a text: a withdrawn announcement published again
        // must not go straight to the push step (rewriting is idempotent, and decides whether a push follows).
        if (announcement.getPushStep() == PushStep.PENDING) {
            if (!rewrite(announcement)) {
                return;
            }
            announcement = announcements.get(id);
        }
        if (announcement.getStatus() != PublicationStatus.PUBLISHING) {
            log.info("announcement {} published", id);
            audit.record("announcement.published", "announcement", id, "agenda");
            return;
        }
        if (announcement.getPushStep() == PushStep.SENDING) {
            hold(id, "WeChat may have sent the push (the instance stopped while sending): check before pushing again");
            return;
        }
        push(announcement);
    }

    void giveUp(long id, String lastError) {
        if (announcements.fail(id, "WeChat kept failing, gave up: " + lastError)) {
            audit.record("announcement.failed", "announcement", id, "retries exhausted");
        }
    }

    private boolean rewrite(Announcement announcement) {
        long id = announcement.getId();
        ContentRewriter lexicon = rewriter.getIfAvailable();
        if (lexicon == null) {
            hold(id, "no rewriter is available: nothing is published unrewritten");
            return false;
        }
        String language = announcement.getLanguage();
        Rewritten title = lexicon.rewriteText(announcement.getTitle(), language);
        Rewritten body = lexicon.rewriteText(announcement.getBody(), language);
        Rewritten place = lexicon.rewriteText(nullToEmpty(announcement.getPlace()), language);
        Rewritten push = lexicon.rewriteText(settings.pushText(), "zh");
        List<Finding> findings = new ArrayList<>();
        collect("title", title, findings);
        collect("body", body, findings);
        collect("place", place, findings);
        collect("push", push, findings);
        if (!findings.isEmpty()) {
            if (announcements.holdForReview(id, "blocked terms need rewording", findings)) {
                audit.record("announcement.held", "announcement", id, "blocked terms");
            }
            return false;
        }
        String placeText = place.text().isBlank() ? null : place.text();
        return announcements.rewritten(
                id, title.text(), body.text(), placeText, Boolean.TRUE.equals(announcement.getPush()));
    }

    private void push(Announcement announcement) {
        long id = announcement.getId();
        if (announcements.pushesSince(UtcTime.now().minus(Duration.ofDays(1))) >= settings.massPushesPerDay()) {
            fail(id, "the daily push quota (" + settings.massPushesPerDay() + ") is used up; schedule it tomorrow");
            return;
        }
        if (!announcements.beginPush(id)) {
            return;
        }
        try {
            String msgId = wechat.sendTextToAll(
                    rewriter.getObject().rewriteText(settings.pushText(), "zh").text());
            announcements.pushed(id, msgId);
            log.info("announcement {} pushed to followers", id);
            audit.record("announcement.published", "announcement", id, "pushed, msg_id " + msgId);
        } catch (WechatCallException e) {
            if (e.kind() == Kind.UNCERTAIN) {
                hold(id, "WeChat may have sent the push (" + e.getMessage() + "): check before pushing again");
                return;
            }
            announcements.pushNotAccepted(id);
            switch (e.kind()) {
                case TRANSIENT -> throw new TransientPublishingFailure("announcement " + id + ": " + e.getMessage());
                case QUOTA -> fail(id, "WeChat's mass-message quota is used up (" + e.errcode() + ")");
                default -> fail(id, "WeChat refused the push: " + e.getMessage());
            }
        }
    }

    private void fail(long id, String reason) {
        if (announcements.fail(id, reason)) {
            log.warn("announcement {} failed", id);
            audit.record("announcement.failed", "announcement", id, reason);
        }
    }

    private void hold(long id, String reason) {
        if (announcements.holdForReview(id, reason, List.of())) {
            audit.record("announcement.held", "announcement", id, reason);
        }
    }

    private static void collect(String field, Rewritten rewritten, List<Finding> findings) {
        rewritten.blocked().forEach(b -> findings.add(new Finding(field, b.start(), b.end(), b.term(), b.category())));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
