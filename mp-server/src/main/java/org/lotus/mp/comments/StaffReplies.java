package org.lotus.mp.comments;

import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.UpdateWrapper;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Our replies to readers as stored: what was sent, by whom and when, and what waits in the queue. */
@Service
public class StaffReplies {

    private final StaffReplyMapper mapper;

    StaffReplies(StaffReplyMapper mapper) {
        this.mapper = mapper;
    }

    StaffReply recordSent(String pseudonym, Long commentId, String text, String author, LocalDateTime at) {
        StaffReply reply = row(pseudonym, commentId, text, author, at);
        reply.setStatus(StaffReply.Status.SENT);
        reply.setSentAt(at);
        reply.setAttempts(1);
        mapper.insert(reply);
        return reply;
    }

    StaffReply recordUncertain(String pseudonym, Long commentId, String text, String author, LocalDateTime at) {
        StaffReply reply = row(pseudonym, commentId, text, author, at);
        reply.setStatus(StaffReply.Status.UNCERTAIN);
        reply.setAttempts(1);
        mapper.insert(reply);
        return reply;
    }

    StaffReply enqueue(String pseudonym, Long commentId, String text, String author, LocalDateTime at) {
        StaffReply reply = row(pseudonym, commentId, text, author, at);
        reply.setStatus(StaffReply.Status.QUEUED);
        reply.setAttempts(0);
        reply.setNextAttemptAt(at);
        mapper.insert(reply);
        return reply;
    }

    /** Every reply to this reader, oldest first. */
    public List<StaffReply> forReader(String pseudonym) {
        return mapper.selectList(new QueryWrapper<StaffReply>()
                .eq("reader_pseudonym", pseudonym)
                .orderByAsc("created_at")
                .orderByAsc("id"));
    }

    public Optional<StaffReply> find(long id) {
        return Optional.ofNullable(mapper.selectById(id));
    }

    List<StaffReply> due(LocalDateTime now, int limit) {
        return mapper.selectList(new QueryWrapper<StaffReply>()
                .eq("status", StaffReply.Status.QUEUED.name())
                .le("next_attempt_at", now)
                .orderByAsc("next_attempt_at")
                .last("LIMIT " + limit));
    }

    /** Takes a queued reply for sending; only one caller (of any instance) gets true. */
    boolean claim(StaffReply reply) {
        return mapper.update(
                        null,
                        new UpdateWrapper<StaffReply>()
                                .eq("id", reply.getId())
                                .eq("status", StaffReply.Status.QUEUED.name())
                                .set("status", StaffReply.Status.SENDING.name())
                                .set("attempts", reply.getAttempts() + 1))
                == 1;
    }

    void finish(long id, StaffReply.Status status, LocalDateTime sentAt, String error) {
        mapper.update(
                null,
                new UpdateWrapper<StaffReply>()
                        .eq("id", id)
                        .set("status", status.name())
                        .set("sent_at", sentAt)
                        .set("next_attempt_at", null)
                        .set("last_error", error));
    }

    void retryAt(long id, LocalDateTime next, String error) {
        mapper.update(
                null,
                new UpdateWrapper<StaffReply>()
                        .eq("id", id)
                        .set("status", StaffReply.Status.QUEUED.name())
                        .set("next_attempt_at", next)
                        .set("last_error", error));
    }

    /** Forgets replies older than the text retention, as reader messages are. */
    public int purgeBefore(LocalDateTime cutoff) {
        return mapper.delete(new QueryWrapper<StaffReply>().lt("created_at", cutoff));
    }

    private static StaffReply row(String pseudonym, Long commentId, String text, String author, LocalDateTime at) {
        StaffReply reply = new StaffReply();
        reply.setReaderPseudonym(pseudonym);
        reply.setCommentId(commentId);
        reply.setTextContent(text);
        reply.setAuthor(author);
        reply.setCreatedAt(at);
        return reply;
    }
}
