package org.lotus.mp.notify;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import org.lotus.content.PublicationStatus;
import org.lotus.content.announcement.Announcements;
import org.lotus.content.article.Articles;
import org.lotus.mp.LotusSettings;
import org.lotus.mp.audit.AuditLog;
import org.lotus.mp.coordination.KeyValueStore;
import org.lotus.mp.notify.MassSendException.Kind;
import org.lotus.mp.publishing.ContentRewriter;
import org.lotus.mp.stats.DailyCounts;
import org.lotus.mp.stats.Metric;
import org.lotus.mp.web.InvalidFieldException;
import org.lotus.mp.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Notifies followers of a published item, exactly once: a preview first (its text is what will be sent), then the
 * send, claimed by one conditional update; WeChat's refusal leaves the item FAILED (it may be tried again), no answer
 * leaves it NEEDS_REVIEW (a person checks WeChat's back office; it is never retried blindly).
 */
@Service
public class Notifications {

    static final int TEXT_MAX = 120;
    private static final Logger log = LoggerFactory.getLogger(Notifications.class);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final java.time.Duration PREVIEW_DEDUPE = java.time.Duration.ofSeconds(60);

    private final NotificationRows rows;
    private final MassSender sender;
    private final NotifySettings settings;
    private final LotusSettings lotus;
    private final Articles articles;
    private final Announcements announcements;
    private final ObjectProvider<ContentRewriter> rewriter;
    private final KeyValueStore store;
    private final DailyCounts counts;
    private final AuditLog audit;

    Notifications(
            NotificationRows rows,
            MassSender sender,
            NotifySettings settings,
            LotusSettings lotus,
            Articles articles,
            Announcements announcements,
            ObjectProvider<ContentRewriter> rewriter,
            KeyValueStore store,
            DailyCounts counts,
            AuditLog audit) {
        this.rows = rows;
        this.sender = sender;
        this.settings = settings;
        this.lotus = lotus;
        this.articles = articles;
        this.announcements = announcements;
        this.rewriter = rewriter;
        this.store = store;
        this.counts = counts;
        this.audit = audit;
    }

    public Notification state(Notifiable type, long id) {
        requirePublished(type, id, false);
        return rows.find(type, id)
                .orElse(new Notification(
                        type, id, Notification.NONE, null, null, null, null, null, null, null, null, null));
    }

    public Quota quota() {
        ZonedDateTime now = ZonedDateTime.now(PARIS);
        LocalDateTime today = utc(now.toLocalDate().atStartOfDay(PARIS));
        LocalDateTime month = utc(now.toLocalDate().withDayOfMonth(1).atStartOfDay(PARIS));
        return new Quota(
                rows.sentSince(today) + announcements.pushesSince(today),
                settings.perDay(),
                rows.sentSince(month) + announcements.pushesSince(month),
                settings.perMonth());
    }

    /** The text followers will get: the neutral line (or the staff's own), rewritten, and the link to the item. */
    public String textFor(Notifiable type, long id, String ownText) {
        String line = ownText == null || ownText.isBlank() ? settings.text() : ownText.strip();
        if (line.length() > TEXT_MAX) {
            throw new InvalidFieldException("text", "at most " + TEXT_MAX + " characters", "tooLong", TEXT_MAX);
        }
        ContentRewriter lexicon = rewriter.getIfAvailable();
        if (lexicon == null) {
            throw new NotificationRefusedException(
                    "no-rewriter", "no rewriter is available: nothing is sent unrewritten");
        }
        ContentRewriter.Rewritten rewritten = lexicon.rewriteText(line, "zh");
        if (!rewritten.clean()) {
            throw new InvalidFieldException(
                    "text",
                    "holds a blocked term: " + rewritten.blocked().get(0).term() + "; reword it",
                    "blockedTerms",
                    rewritten.blocked().get(0).term());
        }
        return rewritten.text() + "<a href=\"" + link(type, id) + "\">打开</a>";
    }

    /** Sends the preview to one WeChat id; the same preview asked again within a minute is not sent twice. */
    public Notification preview(Notifiable type, long id, String towxname, String ownText, String staff)
            throws MassSendException {
        requirePublished(type, id, true);
        if (towxname == null || towxname.isBlank() || towxname.strip().length() > 64) {
            throw new InvalidFieldException("towxname", "the WeChat id (微信号) that gets the preview", "required");
        }
        Notification current = state(type, id);
        if (current.done()) {
            throw refusedFor(current);
        }
        String text = textFor(type, id, ownText);
        String dedupe = "notify:preview:" + type.key() + ":" + id + ":" + digest(towxname.strip() + "\n" + text);
        if (store.putIfAbsent(dedupe, "1", PREVIEW_DEDUPE)) {
            try {
                sender.preview(towxname.strip(), text);
            } catch (MassSendException e) {
                store.delete(dedupe);
                throw e;
            }
        }
        if (!rows.previewed(type, id, text, staff, LocalDateTime.now(ZoneOffset.UTC))) {
            throw refusedFor(state(type, id));
        }
        audit.record("notification.previewed", type.key(), id, null);
        return state(type, id);
    }

    /** Sends the previewed text to every follower, once. */
    public Notification send(Notifiable type, long id, String staff) throws MassSendException {
        requirePublished(type, id, true);
        Notification current = state(type, id);
        if (current.done()) {
            throw refusedFor(current);
        }
        if (!current.canSend()) {
            throw new NotificationRefusedException("preview-first", "send a preview first: followers get its text");
        }
        Quota quota = quota();
        if (quota.spent()) {
            throw new NotificationRefusedException(
                    "quota",
                    "the account's mass-send quota is used (" + quota.usedToday() + "/" + quota.perDay() + " today, "
                            + quota.usedThisMonth() + "/" + quota.perMonth() + " this month)");
        }
        if (!rows.claim(type, id, staff, LocalDateTime.now(ZoneOffset.UTC))) {
            throw refusedFor(state(type, id));
        }
        try {
            String msgId = sender.sendToAll(current.text(), "lotus-" + type.key() + "-" + id);
            rows.sent(type, id, msgId);
            counts.increment(Metric.NOTIFICATIONS, type.key());
            log.info("{} {} sent to followers", type.key(), id);
            audit.record("notification.sent", type.key(), id, "msg_id " + msgId);
        } catch (MassSendException e) {
            if (e.kind() == Kind.UNCERTAIN || e.errcode() == 45065) {
                rows.needsReview(type, id, e.getMessage());
                log.warn("{} {} may have been sent: held for review", type.key(), id);
                audit.record("notification.held", type.key(), id, e.getMessage());
            } else {
                rows.failed(type, id, e.errcode(), e.getMessage());
                log.warn("{} {} not sent: {}", type.key(), id, e.kind());
                audit.record("notification.failed", type.key(), id, e.getMessage());
            }
            throw e;
        }
        return state(type, id);
    }

    private String link(Notifiable type, long id) {
        return lotus.publicBaseUrl() + (type == Notifiable.ARTICLE ? "/m/articles/" + id : "/m/sections/news");
    }

    private void requirePublished(Notifiable type, long id, boolean mustBePublished) {
        PublicationStatus status = switch (type) {
            case ARTICLE ->
                articles.find(id).map(a -> a.getStatus()).orElseThrow(() -> new NotFoundException("article", id));
            case ANNOUNCEMENT ->
                announcements
                        .find(id)
                        .map(a -> a.getStatus())
                        .orElseThrow(() -> new NotFoundException("announcement", id));
        };
        if (mustBePublished && status != PublicationStatus.PUBLISHED) {
            throw new NotificationRefusedException(
                    "not-published", "publish it first: the notification links to its page");
        }
    }

    private static NotificationRefusedException refusedFor(Notification current) {
        return switch (current.status()) {
            case Notification.NEEDS_REVIEW ->
                new NotificationRefusedException(
                        "needs-review",
                        "WeChat may already have sent it: check WeChat's back office, it is not sent again");
            case Notification.SENDING -> new NotificationRefusedException("already-sent", "it is being sent");
            default -> new NotificationRefusedException("already-sent", "followers were already notified of it");
        };
    }

    private static LocalDateTime utc(ZonedDateTime time) {
        return time.withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    private static String digest(String text) {
        try {
            return HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
