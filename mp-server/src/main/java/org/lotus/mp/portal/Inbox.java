package org.lotus.mp.portal;

import java.time.LocalDateTime;
import java.util.Set;
import java.util.stream.Collectors;
import org.lotus.content.UtcTime;
import org.lotus.mp.comments.NewReaderMessage;
import org.lotus.mp.comments.ReaderMessages;
import org.lotus.mp.readers.Readers;
import org.lotus.mp.wechat.PublishJobFinished;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores what a push leaves behind, in one transaction with its receipt: a duplicate receipt means another delivery
 * (a retry, another instance, a spool replay) already stored it, and nothing else is written.
 */
@Component
class Inbox {

    private static final Set<String> MESSAGE_TYPES = Set.of("text", "voice", "image", "video", "shortvideo", "link");
    private static final Set<String> STORED_EVENTS =
            Set.of("subscribe", "unsubscribe", "publishjobfinish", "masssendjobfinish");

    private final CallbackReceiptMapper receipts;
    private final ReaderEventMapper readerEvents;
    private final PublishJobResultMapper publishResults;
    private final ReaderMessages messages;
    private final Readers readers;
    private final ApplicationEventPublisher events;
    private final PushCounts counts;

    Inbox(
            CallbackReceiptMapper receipts,
            ReaderEventMapper readerEvents,
            PublishJobResultMapper publishResults,
            ReaderMessages messages,
            Readers readers,
            ApplicationEventPublisher events,
            PushCounts counts) {
        this.receipts = receipts;
        this.readerEvents = readerEvents;
        this.publishResults = publishResults;
        this.messages = messages;
        this.readers = readers;
        this.events = events;
        this.counts = counts;
    }

    /**
     * Whether the push leaves anything to store; menu taps, locations and the like do not. A message without MsgId is
     * kept too: the reader is told it was received, so it must be.
     */
    static boolean keeps(InboundMessage message) {
        return message.isEvent()
                ? STORED_EVENTS.contains(message.event().toLowerCase(java.util.Locale.ROOT))
                : MESSAGE_TYPES.contains(message.type()) && !Replies.isRequest(message);
    }

    /**
     * Stores the push; false when it was stored before. It was received now, by this server's clock: CreateTime may be
     * in milliseconds or years old, and retention counts from the time received.
     */
    @Transactional
    public boolean store(InboundMessage message, String receiptKey) {
        return store(message, receiptKey, UtcTime.now());
    }

    /** Stores a push received earlier, such as one spooled while the database was down. */
    @Transactional
    public boolean store(InboundMessage message, String receiptKey, LocalDateTime received) {
        CallbackReceipt receipt = new CallbackReceipt();
        receipt.setReceiptKey(receiptKey);
        receipt.setReceivedAt(received);
        try {
            receipts.insert(receipt);
        } catch (DuplicateKeyException e) {
            return false;
        }
        if (message.isEvent()) {
            storeEvent(message, received);
        } else {
            String pseudonym = readers.remember(message.sender(), received);
            messages.store(readerMessage(message, pseudonym, received));
        }
        return true;
    }

    private void storeEvent(InboundMessage message, LocalDateTime received) {
        String event = message.event().toLowerCase(java.util.Locale.ROOT);
        if ("publishjobfinish".equals(event)) {
            PublishJobFinished finished = PublishEvents.read(message);
            PublishJobResult row = new PublishJobResult();
            row.setPublishId(finished.publishId());
            row.setPublishStatus(finished.publishStatus());
            row.setArticleId(finished.wechatArticleId());
            row.setArticleUrls(finished.items().stream()
                    .map(item -> item.index() + " " + item.url())
                    .collect(Collectors.joining("\n")));
            row.setFailedIndexes(
                    finished.failedIndexes().stream().map(String::valueOf).collect(Collectors.joining(",")));
            row.setReceivedAt(received);
            publishResults.insert(row);
            events.publishEvent(finished);
            return;
        }
        if ("masssendjobfinish".equals(event)) {
            events.publishEvent(MassSendEvents.read(message));
            return;
        }
        counts.stored(message);
        readers.followChanged(message.sender(), "subscribe".equals(event), received);
        ReaderEvent row = new ReaderEvent();
        row.setKind(event);
        row.setOccurredOn(received.toLocalDate());
        readerEvents.insert(row);
    }

    private static NewReaderMessage readerMessage(InboundMessage message, String pseudonym, LocalDateTime received) {
        String type = message.type();
        return switch (type) {
            case "text" ->
                new NewReaderMessage(
                        message.msgId(), pseudonym, "text", message.get("Content"), null, null, null, received);
            case "link" ->
                new NewReaderMessage(
                        message.msgId(),
                        pseudonym,
                        "link",
                        joinLines(message.get("Title"), message.get("Url")),
                        null,
                        null,
                        null,
                        received);
            case "voice" ->
                new NewReaderMessage(
                        message.msgId(),
                        pseudonym,
                        "voice",
                        null,
                        blankToNull(message.get("Recognition")),
                        message.get("MediaId"),
                        message.get("Format") == null ? "amr" : message.get("Format"),
                        received);
            case "image" ->
                new NewReaderMessage(
                        message.msgId(), pseudonym, "image", null, null, message.get("MediaId"), "jpg", received);
            default ->
                new NewReaderMessage(
                        message.msgId(), pseudonym, "video", null, null, message.get("MediaId"), "mp4", received);
        };
    }

    private static String joinLines(String first, String second) {
        return (first == null ? "" : first) + "\n" + (second == null ? "" : second);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
