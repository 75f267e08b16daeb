package org.lotus.mp.comments;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.bean.kefu.WxMpKefuMessage;
import org.lotus.mp.lexicon.CurrentLexicon;
import org.lotus.mp.readers.Readers;
import org.lotus.sensitivewords.Finding;
import org.lotus.sensitivewords.Language;
import org.lotus.sensitivewords.RewriteResult;
import org.lotus.sensitivewords.TextFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Answers a reader through WeChat's customer-service API, which WeChat allows only within 48 hours of the reader's
 * last message. The answer is rewritten with the lexicon first; a blocked term stops it so a person rewrites it.
 * When WeChat does not answer, the reply can be queued: {@link QueuedReplySender} sends it once WeChat is back.
 */
@Service
public class CustomerServiceReplies {

    public static final Duration WINDOW = Duration.ofHours(48);
    /** WeChat's "system busy": worth trying again, like a network failure. */
    static final int SYSTEM_BUSY = -1;

    private static final Logger log = LoggerFactory.getLogger(CustomerServiceReplies.class);

    /** Why a reply was not sent, or that it was. */
    public sealed interface Outcome {
        record Sent(String text) implements Outcome {}

        record WindowClosed(LocalDateTime closedAt) implements Outcome {}

        record Blocked(List<Finding> findings) implements Outcome {}

        record WechatRefused(int errcode, String errmsg) implements Outcome {}

        /** WeChat could not be reached or was busy: the text may be queued. */
        record Unreachable() implements Outcome {}

        record Queued(long replyId) implements Outcome {}

        /** The connection broke after the request left: WeChat may have delivered it. Never sent again by itself. */
        record Uncertain() implements Outcome {}
    }

    /** What one call to WeChat gave. */
    sealed interface Delivery {
        record Delivered() implements Delivery {}

        record Refused(int errcode, String errmsg) implements Delivery {}

        /** WeChat certainly did not take it (no connection, its gateway refused, or "busy"): safe to try again. */
        record Unreachable(String reason) implements Delivery {}

        /** The request may have reached WeChat (read timeout, reset): trying again could send it twice. */
        record Uncertain(String reason) implements Delivery {}
    }

    private final ReaderMessages messages;
    private final StaffReplies replies;
    private final Readers readers;
    private final CurrentLexicon lexicon;
    private final WxMpService wechat;
    private final Clock clock;

    CustomerServiceReplies(
            ReaderMessages messages,
            StaffReplies replies,
            Readers readers,
            CurrentLexicon lexicon,
            WxMpService wechat) {
        this.messages = messages;
        this.replies = replies;
        this.readers = readers;
        this.lexicon = lexicon;
        this.wechat = wechat;
        this.clock = Clock.systemUTC();
    }

    /** When the reply window of this message's reader closes (UTC); empty when the reader is gone. */
    public Optional<LocalDateTime> windowClosesAt(ReaderMessage message) {
        return windowClosesAt(message.getReaderPseudonym());
    }

    /** When the reply window of this reader closes (UTC); empty when the reader is gone. */
    public Optional<LocalDateTime> windowClosesAt(String pseudonym) {
        return readers.lastMessageAt(pseudonym).map(last -> last.plus(WINDOW));
    }

    public Outcome reply(ReaderMessage message, String text, String staff) {
        return reply(message.getReaderPseudonym(), message, text, staff, false);
    }

    /**
     * Sends a reply to the reader now; with {@code queueIfUnreachable} a WeChat that does not answer queues it instead
     * of giving up. {@code about} is the message answered, when there is one.
     */
    public Outcome reply(String pseudonym, ReaderMessage about, String text, String staff, boolean queueIfUnreachable) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime closes = windowClosesAt(pseudonym).orElse(now);
        if (!now.isBefore(closes)) {
            return new Outcome.WindowClosed(closes);
        }
        RewriteResult rewritten = lexicon.rewrite(text, TextFormat.TEXT, Language.ZH);
        if (rewritten.hasFindings()) {
            return new Outcome.Blocked(rewritten.findings());
        }
        Long commentId = about == null ? null : about.getId();
        Optional<String> openid = readers.openidOf(pseudonym);
        if (openid.isEmpty()) {
            return new Outcome.WindowClosed(now);
        }
        Delivery delivery = deliver(openid.get(), rewritten.text());
        if (delivery instanceof Delivery.Delivered) {
            replies.recordSent(pseudonym, commentId, rewritten.text(), staff, now);
            if (about != null) {
                messages.markReplied(about, staff, now);
            }
            log.info("Customer-service reply sent");
            return new Outcome.Sent(rewritten.text());
        }
        if (delivery instanceof Delivery.Refused refused) {
            return new Outcome.WechatRefused(refused.errcode(), refused.errmsg());
        }
        if (delivery instanceof Delivery.Uncertain) {
            replies.recordUncertain(pseudonym, commentId, rewritten.text(), staff, now);
            return new Outcome.Uncertain();
        }
        if (queueIfUnreachable) {
            return new Outcome.Queued(replies.enqueue(pseudonym, commentId, rewritten.text(), staff, now)
                    .getId());
        }
        return new Outcome.Unreachable();
    }

    /** One call to {@code message/custom/send}; says whether it is safe to try again. */
    Delivery deliver(String openid, String text) {
        try {
            wechat.getKefuService()
                    .sendKefuMessage(
                            WxMpKefuMessage.TEXT().toUser(openid).content(text).build());
            return new Delivery.Delivered();
        } catch (WxErrorException e) {
            int code = e.getError() == null ? SYSTEM_BUSY : e.getError().getErrorCode();
            if (code == SYSTEM_BUSY) {
                log.warn("Customer-service reply: WeChat busy (-1)");
                return new Delivery.Unreachable("errcode -1");
            }
            if (e.getCause() instanceof java.io.IOException) {
                return failedCall(e.getCause());
            }
            log.warn("Customer-service reply refused by WeChat: {}", code);
            return new Delivery.Refused(code, e.getError().getErrorMsg());
        } catch (RuntimeException e) {
            return failedCall(e.getCause() == null ? e : e.getCause());
        }
    }

    /**
     * WxJava reports a failed HTTP exchange through its exceptions' cause. No connection, or WeChat's gateway answering
     * 5xx, means the message was not taken; a broken or timed-out exchange after sending may have delivered it.
     */
    private static Delivery failedCall(Throwable cause) {
        String kind = cause.getClass().getSimpleName();
        boolean notTaken = cause instanceof java.net.ConnectException
                || cause instanceof java.net.UnknownHostException
                || cause instanceof java.net.NoRouteToHostException
                || cause instanceof org.apache.http.conn.ConnectTimeoutException
                || (cause instanceof org.apache.http.client.HttpResponseException http && http.getStatusCode() >= 500);
        if (notTaken) {
            log.warn("Customer-service reply: WeChat unreachable ({})", kind);
            return new Delivery.Unreachable(kind);
        }
        log.warn("Customer-service reply: outcome unknown ({})", kind);
        return new Delivery.Uncertain(kind);
    }
}
