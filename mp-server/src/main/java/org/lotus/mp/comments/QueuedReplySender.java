package org.lotus.mp.comments;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.lotus.mp.readers.Readers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Sends queued replies once WeChat answers, each exactly once: a db-scheduler job (one instance at a time) looks at
 * the queue, and each row is claimed in the database before its single send. A reply whose 48 h window closed while
 * it waited is not sent (EXPIRED), and the inbox says so.
 */
@Configuration(proxyBeanMethods = false)
class QueuedReplySender {

    static final String TASK = "send-queued-replies";
    private static final Logger log = LoggerFactory.getLogger(QueuedReplySender.class);
    private static final int BATCH = 50;

    private final StaffReplies replies;
    private final CustomerServiceReplies wechat;
    private final ReaderMessages messages;
    private final Readers readers;
    private final ReplyQueueSettings settings;

    QueuedReplySender(
            StaffReplies replies,
            CustomerServiceReplies wechat,
            ReaderMessages messages,
            Readers readers,
            ReplyQueueSettings settings) {
        this.replies = replies;
        this.wechat = wechat;
        this.messages = messages;
        this.readers = readers;
        this.settings = settings;
    }

    @Bean
    RecurringTask<Void> sendQueuedRepliesTask() {
        return Tasks.recurring(TASK, FixedDelay.of(settings.interval())).execute((instance, context) -> sendDue());
    }

    /** Sends what is due; returns how many replies went out. */
    int sendDue() {
        int sent = 0;
        for (StaffReply reply : replies.due(now(), BATCH)) {
            if (replies.claim(reply) && send(reply)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(StaffReply reply) {
        LocalDateTime now = now();
        Optional<LocalDateTime> closes = wechat.windowClosesAt(reply.getReaderPseudonym());
        Optional<String> openid = readers.openidOf(reply.getReaderPseudonym());
        if (closes.isEmpty() || !now.isBefore(closes.get()) || openid.isEmpty()) {
            replies.finish(reply.getId(), StaffReply.Status.EXPIRED, null, "window");
            log.info("queued reply {} expired: the 48 h window closed", reply.getId());
            return false;
        }
        CustomerServiceReplies.Delivery delivery = wechat.deliver(openid.get(), reply.getTextContent());
        if (delivery instanceof CustomerServiceReplies.Delivery.Delivered) {
            replies.finish(reply.getId(), StaffReply.Status.SENT, now, null);
            if (reply.getCommentId() != null) {
                messages.find(reply.getCommentId()).ifPresent(m -> messages.markReplied(m, reply.getAuthor(), now));
            }
            log.info("queued reply {} sent", reply.getId());
            return true;
        }
        if (delivery instanceof CustomerServiceReplies.Delivery.Refused refused) {
            replies.finish(reply.getId(), StaffReply.Status.FAILED, null, "errcode " + refused.errcode());
            return false;
        }
        if (delivery instanceof CustomerServiceReplies.Delivery.Uncertain uncertain) {
            replies.finish(reply.getId(), StaffReply.Status.UNCERTAIN, null, uncertain.reason());
            log.info("queued reply {}: WeChat may have received it, not sent again", reply.getId());
            return false;
        }
        int attempts = reply.getAttempts() + 1;
        replies.retryAt(reply.getId(), now.plus(settings.backoff(attempts)), "unreachable");
        log.info("queued reply {} waits: WeChat unreachable (attempt {})", reply.getId(), attempts);
        return false;
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
