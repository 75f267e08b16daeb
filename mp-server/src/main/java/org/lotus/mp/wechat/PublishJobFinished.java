package org.lotus.mp.wechat;

import java.time.Instant;
import java.util.List;

/**
 * WeChat's PUBLISHJOBFINISH event, as a Spring application event: the portal publishes it, publishing consumes it.
 * {@code publishStatus}: 0 success, 1 publishing, 2 original-content failure, 3 regular failure, 4 platform review
 * refused, 5 deleted after success, 6 banned after success. {@code failedIndexes} are the 1-based article positions
 * that failed (status 2).
 */
public record PublishJobFinished(
        String publishId,
        int publishStatus,
        String wechatArticleId,
        List<PublishedItem> items,
        List<Integer> failedIndexes,
        Instant receivedAt) {

    /** One published article of the job. */
    public record PublishedItem(int index, String url) {}

    public boolean succeeded() {
        return publishStatus == 0;
    }

    public boolean failed() {
        return publishStatus >= 2;
    }
}
