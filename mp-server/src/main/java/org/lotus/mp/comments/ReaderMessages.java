package org.lotus.mp.comments;

import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.util.List;
import java.util.Optional;
import org.lotus.mp.privacy.UrgentSignals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** Stores reader messages once per WeChat MsgId and lists them for moderators. */
@Service
public class ReaderMessages {

    private static final Logger log = LoggerFactory.getLogger(ReaderMessages.class);

    private final ReaderMessageMapper mapper;
    private final ApplicationEventPublisher events;
    private final MediaFiles mediaFiles;
    private final UrgentSignals urgentSignals;

    ReaderMessages(
            ReaderMessageMapper mapper,
            ApplicationEventPublisher events,
            MediaFiles mediaFiles,
            UrgentSignals urgentSignals) {
        this.mapper = mapper;
        this.events = events;
        this.mediaFiles = mediaFiles;
        this.urgentSignals = urgentSignals;
    }

    /** Stores the message; false when a message with the same MsgId is already stored. */
    public boolean store(NewReaderMessage message) {
        ReaderMessage row = new ReaderMessage();
        row.setWxMsgId(message.wxMsgId());
        row.setReaderPseudonym(message.readerPseudonym());
        row.setKind(message.kind());
        row.setTextContent(message.text());
        row.setTranscription(message.transcription());
        row.setMediaId(message.mediaId());
        row.setMediaFormat(message.mediaFormat());
        boolean withMedia = message.mediaId() != null && !message.mediaId().isBlank();
        row.setMediaStatus(withMedia ? ReaderMessage.MediaStatus.PENDING : ReaderMessage.MediaStatus.NONE);
        row.setMediaAttempts(0);
        row.setMediaNextAttemptAt(withMedia ? message.receivedAt() : null);
        row.setUrgent(urgentSignals.isUrgent(message.text()) || urgentSignals.isUrgent(message.transcription()));
        row.setReceivedAt(message.receivedAt());
        try {
            mapper.insert(row);
        } catch (DuplicateKeyException e) {
            return false;
        }
        log.info("{} message stored", message.kind());
        events.publishEvent(new CommentReceived(row.getId(), message.kind(), withMedia));
        if (row.getUrgent()) {
            events.publishEvent(new UrgentCommentReceived(row.getId(), row.getReceivedAt()));
        }
        return true;
    }

    public List<ReaderMessage> latest(int page, int size) {
        return mapper.selectPage(
                        new Page<>(page + 1L, size, false),
                        new QueryWrapper<ReaderMessage>()
                                .orderByDesc("received_at")
                                .orderByDesc("id"))
                .getRecords();
    }

    /** The inbox: newest first, optionally only urgent or only not yet handled messages. */
    public List<ReaderMessage> inbox(int page, int size, boolean urgentOnly, boolean openOnly) {
        QueryWrapper<ReaderMessage> where = new QueryWrapper<>();
        if (urgentOnly) {
            where.eq("urgent", true);
        }
        if (openOnly) {
            where.isNull("handled_at");
        }
        return mapper.selectPage(
                        new Page<>(page + 1L, size, false),
                        where.orderByDesc("received_at").orderByDesc("id"))
                .getRecords();
    }

    public void markHandled(ReaderMessage message, String by, java.time.LocalDateTime at) {
        message.setHandledAt(at);
        message.setHandledBy(by);
        mapper.updateById(message);
    }

    public void markReplied(ReaderMessage message, String by, java.time.LocalDateTime at) {
        boolean first = message.getRepliedAt() == null;
        message.setRepliedAt(at);
        message.setRepliedBy(by);
        if (message.getHandledAt() == null) {
            message.setHandledAt(at);
            message.setHandledBy(by);
        }
        mapper.updateById(message);
        if (first) {
            events.publishEvent(new CommentAnswered(message.getId(), message.getReceivedAt(), at));
        }
    }

    /** Every message of one reader, oldest first: one side of a conversation. */
    public List<ReaderMessage> ofReader(String pseudonym) {
        return mapper.selectList(new QueryWrapper<ReaderMessage>()
                .eq("reader_pseudonym", pseudonym)
                .orderByAsc("received_at")
                .orderByAsc("id"));
    }

    /** Marks every open message of the reader handled at {@code at}; returns how many. */
    public int markReaderHandled(String pseudonym, String by, java.time.LocalDateTime at) {
        return mapper.update(
                null,
                new com.baomidou.mybatisplus.core.conditions.update.UpdateWrapper<ReaderMessage>()
                        .eq("reader_pseudonym", pseudonym)
                        .isNull("handled_at")
                        .set("handled_at", at)
                        .set("handled_by", by));
    }

    /** Undoes "handled": the reader's latest message is open again. */
    public void reopenReader(String pseudonym) {
        List<ReaderMessage> all = ofReader(pseudonym);
        if (!all.isEmpty()) {
            mapper.update(
                    null,
                    new com.baomidou.mybatisplus.core.conditions.update.UpdateWrapper<ReaderMessage>()
                            .eq("id", all.get(all.size() - 1).getId())
                            .set("handled_at", null)
                            .set("handled_by", null));
        }
    }

    public Optional<ReaderMessage> find(long id) {
        return Optional.ofNullable(mapper.selectById(id));
    }

    /** Deletes every message of the reader and their media files; returns what was removed. */
    public Removed eraseReader(String pseudonym) {
        return remove(new QueryWrapper<ReaderMessage>().eq("reader_pseudonym", pseudonym));
    }

    /** Deletes messages of these kinds received before {@code cutoff}, with their media files. */
    public Removed purge(java.util.Collection<String> kinds, java.time.LocalDateTime cutoff) {
        return remove(new QueryWrapper<ReaderMessage>().in("kind", kinds).lt("received_at", cutoff));
    }

    private Removed remove(QueryWrapper<ReaderMessage> which) {
        List<ReaderMessage> rows = mapper.selectList(which);
        int files = 0;
        for (ReaderMessage row : rows) {
            files += mediaFiles.deleteAll(row);
            mapper.deleteById(row.getId());
        }
        return new Removed(rows.size(), files);
    }

    /** How many messages and files a purge or an erasure removed. */
    public record Removed(int messages, int files) {}
}
