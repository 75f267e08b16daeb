package org.lotus.mp.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * Every meter Lotus records, named here so names and tags stay consistent (README, RUNBOOK). They go to Micrometer's
 * global registry, to which Spring Boot binds the Prometheus registry, so a feature records with one line and no
 * wiring. Tags never hold who or what: only kinds, outcomes, endpoints and error codes, from small fixed sets.
 */
public final class LotusMeters {

    private static final Set<String> KINDS = Set.of(
            "text",
            "voice",
            "image",
            "video",
            "shortvideo",
            "link",
            "location",
            "subscribe",
            "unsubscribe",
            "click",
            "view",
            "publishjobfinish",
            "masssendjobfinish",
            "templatesendjobfinish",
            "scan",
            "unknown");

    private LotusMeters() {}

    /** {@code lotus_callbacks_total{kind,outcome}} and {@code lotus_callback_reply_seconds} (histogram). */
    public static void callback(String kind, String outcome, Duration replyTime) {
        String tag = kind == null ? "unknown" : kind.toLowerCase(Locale.ROOT);
        tag = KINDS.contains(tag) ? tag : "other";
        Counter.builder("lotus.callbacks")
                .description("WeChat callbacks by kind of push and outcome")
                .tag("kind", tag)
                .tag("outcome", outcome)
                .register(Metrics.globalRegistry)
                .increment();
        Timer.builder("lotus.callback.reply")
                .description("Time to answer a WeChat callback")
                .publishPercentileHistogram()
                .maximumExpectedValue(Duration.ofSeconds(5))
                .register(Metrics.globalRegistry)
                .record(replyTime);
    }

    /** {@code lotus_wechat_calls_total{endpoint,errcode}}: errcode 0 is success; "none" when no answer came. */
    public static void wechatCall(String endpoint, String errcode) {
        Counter.builder("lotus.wechat.calls")
                .description("Calls to the WeChat API by endpoint and errcode")
                .tag("endpoint", endpoint)
                .tag("errcode", errcode)
                .register(Metrics.globalRegistry)
                .increment();
    }

    /** {@code lotus_purged_total{reason,what}}: messages, files and readers removed by retention, erasure, sweeps. */
    public static void purged(String reason, int messages, int files, int readers) {
        purged(reason, "messages", messages);
        purged(reason, "files", files);
        purged(reason, "readers", readers);
    }

    private static void purged(String reason, String what, int count) {
        Counter.builder("lotus.purged")
                .description("What privacy purges removed, by reason")
                .tag("reason", reason)
                .tag("what", what)
                .register(Metrics.globalRegistry)
                .increment(count);
    }

    /** {@code lotus_login_failures_total}: failed staff sign-ins, CMS and API. */
    public static void loginFailed() {
        Counter.builder("lotus.login.failures")
                .description("Failed staff sign-ins")
                .register(Metrics.globalRegistry)
                .increment();
    }

    /** {@code lotus_login_locks_total{what}}: an account locked, or a source address refused. */
    public static void loginLocked(String what) {
        Counter.builder("lotus.login.locks")
                .description("Accounts locked and source addresses refused after failed sign-ins")
                .tag("what", what)
                .register(Metrics.globalRegistry)
                .increment();
    }
}
