package org.lotus.mp.simulator;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * WeChat tells the account how a publication or a mass send ended by pushing an event a moment later:
 * {@code PUBLISHJOBFINISH} and {@code MASSSENDJOBFINISH}, signed and encrypted like every push.
 */
@Component
@DemoMode.Only
class ResultEvents {

    private static final Logger log = LoggerFactory.getLogger(ResultEvents.class);
    /** WeChat sends these events from a platform identity, not from a reader. */
    static final String PLATFORM_OPENID = "oWeChatPlatformSimulated0000";

    private final SimulatorState state;
    private final SimulatedAccount account;
    private final SimulatorSettings settings;
    private final PortalPushes pushes;
    private long lastEventSecond;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "simulated-wechat-events");
        thread.setDaemon(true);
        return thread;
    });

    ResultEvents(SimulatorState state, SimulatedAccount account, SimulatorSettings settings, PortalPushes pushes) {
        this.state = state;
        this.account = account;
        this.settings = settings;
        this.pushes = pushes;
    }

    /** After the delay the publication is PUBLISHED (status 0) and the event pushed. */
    void publicationFinishes(String publishId) {
        executor.schedule(
                () -> inOwnSecond(() -> finishPublication(publishId)),
                settings.resultDelay().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    void massSendFinishes(long msgId, int sent) {
        executor.schedule(
                () -> inOwnSecond(() -> {
                    String xml = PushBuilder.event(account.originalId(), PLATFORM_OPENID, "MASSSENDJOBFINISH")
                            .raw("MsgID", msgId)
                            .cdata("Status", "send success")
                            .raw("TotalCount", sent)
                            .raw("FilterCount", sent)
                            .raw("SentCount", sent)
                            .raw("ErrorCount", 0)
                            .raw(
                                    "CopyrightCheckResult",
                                    "<Count>0</Count><ResultList></ResultList><CheckState>1</CheckState>")
                            .build();
                    push(xml, "MASSSENDJOBFINISH");
                }),
                settings.resultDelay().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void finishPublication(String publishId) {
        SimulatorData.Publication publication = state.change(data -> data.publications.stream()
                .filter(p -> p.publishId.equals(publishId) && p.status == 1)
                .peek(p -> p.status = 0)
                .findFirst()
                .orElse(null));
        if (publication == null) {
            return;
        }
        String xml = PushBuilder.event(account.originalId(), PLATFORM_OPENID, "PUBLISHJOBFINISH")
                .open("PublishEventInfo")
                .raw("publish_id", publication.publishId)
                .raw("publish_status", 0)
                .cdata("article_id", publication.articleId)
                .open("article_detail")
                .raw("count", 1)
                .open("item")
                .raw("idx", 1)
                .cdata("article_url", articleUrl(account, publication.articleId))
                .close("item")
                .close("article_detail")
                .close("PublishEventInfo")
                .build();
        if (push(xml, "PUBLISHJOBFINISH")) {
            state.change(data -> {
                data.publications.stream()
                        .filter(p -> p.publishId.equals(publishId))
                        .forEach(p -> p.eventDelivered = true);
                return null;
            });
        }
    }

    static String articleUrl(SimulatedAccount account, String articleId) {
        return account.apiBaseUrl() + "/s/" + articleId;
    }

    /**
     * Our portal deduplicates events by sender, second, event and key, which two results of the same second share:
     * results are pushed at least one second apart so that none is taken for a retry of another.
     */
    private void inOwnSecond(Runnable push) {
        long now = System.currentTimeMillis();
        if (now / 1000 <= lastEventSecond) {
            executor.schedule(() -> inOwnSecond(push), 1000 - now % 1000 + 10, TimeUnit.MILLISECONDS);
            return;
        }
        lastEventSecond = now / 1000;
        push.run();
    }

    private boolean push(String xml, String event) {
        try {
            pushes.deliver(xml, PLATFORM_OPENID);
            return true;
        } catch (PortalPushes.PushNotAnsweredException | RuntimeException e) {
            // WeChat gives up after its retries; publishing falls back to freepublish/get.
            log.warn("simulated {} not acknowledged: {}", event, e.getMessage());
            return false;
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
