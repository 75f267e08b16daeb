package org.lotus.mp.comments;

import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.util.List;
import java.util.Optional;
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

    ReaderMessages(ReaderMessageMapper mapper, ApplicationEventPublisher events) {
        this.mapper = mapper;
        this.events = events;
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
        row.setUrgent(false);
        row.setReceivedAt(message.receivedAt());
        try {
            mapper.insert(row);
        } catch (DuplicateKeyException e) {
            return false;
        }
        log.info("{} message stored", message.kind());
        events.publishEvent(new CommentReceived(row.getId(), message.kind(), withMedia));
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

    public Optional<ReaderMessage> find(long id) {
        return Optional.ofNullable(mapper.selectById(id));
    }

    public long countByWxMsgId(long wxMsgId) {
        return mapper.selectCount(new QueryWrapper<ReaderMessage>().eq("wx_msg_id", wxMsgId));
    }
}
