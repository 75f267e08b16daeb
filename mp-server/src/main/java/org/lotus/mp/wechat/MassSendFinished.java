package org.lotus.mp.wechat;

import java.time.Instant;

/**
 * WeChat's MASSSENDJOBFINISH event: how a mass send ended ({@code status} "send success", "send fail" or
 * "err(code)") and its counts: followers targeted, filtered out (e.g. by WeChat's review), reached, failed.
 */
public record MassSendFinished(
        String msgId,
        String status,
        int totalCount,
        int filterCount,
        int sentCount,
        int errorCount,
        Instant finishedAt) {}
