package org.lotus.mp.stats;

import java.time.Duration;
import java.time.ZoneOffset;
import org.lotus.mp.comments.CommentAnswered;
import org.lotus.mp.comments.CommentReceived;
import org.lotus.mp.comments.UrgentCommentReceived;
import org.lotus.mp.replies.KeywordAnswered;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Counts reader messages by kind, urgent ones, and first answers with their delay, in the transaction that stored
 * the message or the answer: a message stored once is counted once, and counts stay when the message is purged.
 */
@Component
class CountsOnEvents {

    private final DailyCounts counts;

    CountsOnEvents(DailyCounts counts) {
        this.counts = counts;
    }

    @EventListener
    void messageStored(CommentReceived event) {
        counts.increment(Metric.MESSAGES, event.kind());
    }

    /** A reader's text got a keyword answer: counted by rule, in memory first (it happens on the callback path). */
    @EventListener
    void keywordAnswered(KeywordAnswered event) {
        counts.incrementSoon(Metric.KEYWORD_ANSWERS, Long.toString(event.answerId()));
    }

    @EventListener
    void urgentMessageStored(UrgentCommentReceived event) {
        counts.increment(Metric.URGENT, "", event.receivedAt().toInstant(ZoneOffset.UTC));
    }

    @EventListener
    void messageAnswered(CommentAnswered event) {
        var answeredAt = event.answeredAt().toInstant(ZoneOffset.UTC);
        long minutes = Math.max(
                0, Duration.between(event.receivedAt(), event.answeredAt()).toMinutes());
        counts.increment(Metric.ANSWERED, "", answeredAt);
        counts.increment(
                Metric.FIRST_ANSWER_MINUTES, Integer.toString(FirstAnswerBuckets.bucketOf(minutes)), answeredAt);
    }
}
