package org.lotus.mp.portal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.lotus.mp.alerts.SafetyDesk;
import org.lotus.mp.coordination.KeyValueStore;
import org.lotus.mp.metrics.LotusMeters;
import org.lotus.mp.readers.ReaderKeys;
import org.lotus.mp.wechat.WechatSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionException;

/**
 * The callback path: check the address, clock, signature and replay; decrypt and check the appid; answer a retry as
 * before; store what must be kept (or spool it when the database does not answer in time); reply, encrypted in safe
 * mode. Nothing from a refused push is stored, and nothing a reader sent is logged.
 */
@Service
public class Callbacks {

    private static final Logger log = LoggerFactory.getLogger(Callbacks.class);
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private final WechatSettings wechat;
    private final PortalSettings settings;
    private final KeyValueStore store;
    private final ReaderKeys keys;
    private final Inbox inbox;
    private final Spool spool;
    private final Replies replies;
    private final SafetyDesk safety;
    private final ExecutorService storing;
    private final MessageCrypto crypto;
    private final PushCounts counts;

    /** What to send back: a body, XML or plain text. */
    public record Answer(String body, boolean xml) {}

    Callbacks(
            WechatSettings wechat,
            PortalSettings settings,
            KeyValueStore store,
            ReaderKeys keys,
            Inbox inbox,
            Spool spool,
            Replies replies,
            SafetyDesk safety,
            @Qualifier("pushStoring") ExecutorService storing,
            PushCounts counts) {
        this.wechat = wechat;
        this.settings = settings;
        this.store = store;
        this.keys = keys;
        this.inbox = inbox;
        this.spool = spool;
        this.replies = replies;
        this.safety = safety;
        this.storing = storing;
        this.counts = counts;
        this.crypto =
                wechat.safeMode() && wechat.appid() != null ? new MessageCrypto(wechat.aesKey(), wechat.appid()) : null;
    }

    public int maxBodyBytes() {
        return settings.maxBodyBytes();
    }

    /** WeChat's address check: the echo string when the signature holds. */
    public String verifyAddress(String appid, PushParameters params, String echo) {
        checkAddressAndClock(appid, params);
        if (!CallbackSignature.matches(params.signature(), wechat.token(), params.timestamp(), params.nonce())) {
            throw PushRefusedException.forbidden("bad signature");
        }
        return echo == null ? "" : echo;
    }

    public Answer answer(String appid, PushParameters params, byte[] body) {
        long started = System.nanoTime();
        String[] kind = {"unknown"};
        String outcome = "refused";
        try {
            Outcome ended = answer(appid, params, body, kind);
            outcome = ended.outcome();
            return ended.answer();
        } finally {
            LotusMeters.callback(kind[0], outcome, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /** An answer and how the push ended: answered, retry (answered as before), stored, spooled. */
    private record Outcome(Answer answer, String outcome) {}

    private Outcome answer(String appid, PushParameters params, byte[] body, String[] kind) {
        checkAddressAndClock(appid, params);
        byte[] xml;
        if (params.safeMode()) {
            if (crypto == null) {
                throw PushRefusedException.forbidden("safe mode push but no WX_AES_KEY configured");
            }
            String encrypted = PushXml.parse(body).get("Encrypt");
            if (encrypted == null || encrypted.isEmpty()) {
                throw new MalformedXmlException("Encrypt is missing");
            }
            if (!CallbackSignature.matches(
                    params.msgSignature(), wechat.token(), params.timestamp(), params.nonce(), encrypted)) {
                throw PushRefusedException.forbidden("bad message signature");
            }
            checkReplay(params, body);
            xml = crypto.decrypt(encrypted);
        } else {
            if (wechat.safeMode() && !wechat.allowPlaintext()) {
                throw PushRefusedException.forbidden("plaintext push while safe mode is configured");
            }
            if (!CallbackSignature.matches(params.signature(), wechat.token(), params.timestamp(), params.nonce())) {
                throw PushRefusedException.forbidden("bad signature");
            }
            checkReplay(params, body);
            xml = body;
        }
        InboundMessage message = InboundMessage.of(xml);
        kind[0] = message.isEvent() ? message.event() : message.type();
        String[] outcome = {"answered"};
        Reply reply = replyOnce(message, outcome);
        return new Outcome(render(reply, message, params.safeMode()), outcome[0]);
    }

    private Reply replyOnce(InboundMessage message, String[] outcome) {
        String receiptKey = HexFormat.of().formatHex(keys.mac(message.identity().getBytes(StandardCharsets.UTF_8)));
        String replyKey = "wx:reply:" + receiptKey;
        Optional<String> earlier = store.get(replyKey);
        if (earlier.isPresent()) {
            outcome[0] = "retry";
            return Reply.decode(earlier.get());
        }
        Optional<SafetyDesk.Answer> safety =
                Replies.isRequest(message) ? Optional.empty() : this.safety.answer(SafetyTurns.of(message, receiptKey));
        boolean kept = Inbox.keeps(message)
                && safety.map(SafetyDesk.Answer::keepMessage).orElse(true);
        if (kept) {
            outcome[0] = storeOrSpool(message, receiptKey);
        }
        Reply reply = safety.<Reply>map(answer -> new Reply.Text(answer.text())).orElseGet(() -> replies.to(message));
        // The reply kept for retries doubles as the claim that counts a push that is not stored exactly once.
        if (store.putIfAbsent(replyKey, Reply.encode(reply), settings.dedupeWindow()) && !kept) {
            counts.answered(message);
        }
        return reply;
    }

    /** Stores the push, or spools it when the database does not answer in time; says which. */
    private String storeOrSpool(InboundMessage message, String receiptKey) {
        try {
            Future<Boolean> stored = storing.submit(() -> inbox.store(message, receiptKey));
            return stored.get(settings.storeBudget().toMillis(), TimeUnit.MILLISECONDS) ? "stored" : "retry";
        } catch (ExecutionException e) {
            if (e.getCause() instanceof PushRefusedException refused) {
                throw refused;
            }
            if (!(e.getCause() instanceof DataAccessException) && !(e.getCause() instanceof TransactionException)) {
                log.error(
                        "push could not be stored: {}", e.getCause().getClass().getSimpleName());
            }
        } catch (TimeoutException | RejectedExecutionException e) {
            // The database is slow or saturated: spool now; if the late write lands too, the receipt dedupes.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            spool.write(receiptKey, message.xml());
        } catch (IOException | RuntimeException e) {
            log.error("push neither stored nor spooled: {}", e.getClass().getSimpleName());
            throw new PushRefusedException(503, "storage unavailable");
        }
        return "spooled";
    }

    private Answer render(Reply reply, InboundMessage message, boolean safeMode) {
        if (reply instanceof Reply.Nothing) {
            return new Answer("success", false);
        }
        long now = System.currentTimeMillis() / 1000;
        String xml = ReplyXml.of(reply, message, now);
        if (!safeMode) {
            return new Answer(xml, true);
        }
        String encrypted = crypto.encrypt(xml.getBytes(StandardCharsets.UTF_8));
        String timestamp = Long.toString(now);
        String nonce = crypto.nonce();
        String signature = CallbackSignature.sign(wechat.token(), timestamp, nonce, encrypted);
        return new Answer(ReplyXml.encrypted(encrypted, signature, now, nonce), true);
    }

    private void checkAddressAndClock(String appid, PushParameters params) {
        if (wechat.appid() == null || wechat.token() == null || !wechat.appid().equals(appid)) {
            throw new PushRefusedException(404, "unknown appid");
        }
        // Anyone can call this address: a missing part is answered 400 and logged at most at DEBUG, never as a trace.
        if (isBlank(params.timestamp()) || isBlank(params.nonce())) {
            throw PushRefusedException.malformed("timestamp or nonce missing");
        }
        if (isBlank(params.safeMode() ? params.msgSignature() : params.signature())) {
            throw PushRefusedException.malformed("signature missing");
        }
        long timestamp;
        try {
            timestamp = Long.parseLong(params.timestamp());
        } catch (NumberFormatException e) {
            throw PushRefusedException.forbidden("timestamp invalid");
        }
        long skew = Math.abs(System.currentTimeMillis() / 1000 - timestamp);
        if (skew > settings.clockSkew().toSeconds()) {
            throw PushRefusedException.forbidden("timestamp outside the accepted window");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /**
     * A (timestamp, nonce) pair signs one body: the same body again is a retry, another body a replay. The pair is
     * remembered only while its timestamp is inside the accepted window; after that the clock check refuses it.
     */
    private void checkReplay(PushParameters params, byte[] body) {
        String key = "wx:nonce:" + params.timestamp() + ":" + params.nonce();
        byte[] sha256 = SHA256.get().digest(body);
        String digest = Base64.getEncoder().withoutPadding().encodeToString(Arrays.copyOf(sha256, 16));
        long acceptedUntil =
                Long.parseLong(params.timestamp()) + settings.clockSkew().toSeconds() + 1;
        Duration remembered = Duration.ofSeconds(Math.max(1, acceptedUntil - System.currentTimeMillis() / 1000));
        if (!store.putIfAbsent(key, digest, remembered)) {
            Optional<String> seen = store.get(key);
            if (seen.isPresent() && !seen.get().equals(digest)) {
                throw PushRefusedException.forbidden("timestamp and nonce reused with another body");
            }
        }
    }
}
