package org.lotus.mp.comments;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** A reply of ours to a reader: sent, or queued until WeChat answers (within the 48 h window). */
@TableName("staff_reply")
public class StaffReply {

    /**
     * Where a reply stands. UNCERTAIN (and a SENDING that stays, after a crash) is a send whose answer was lost:
     * WeChat may have delivered it, so it is never repeated by itself.
     */
    public enum Status {
        QUEUED,
        SENDING,
        SENT,
        EXPIRED,
        FAILED,
        UNCERTAIN
    }

    @TableId(type = IdType.AUTO)
    private Long id;

    private String readerPseudonym;
    private Long commentId;
    private String textContent;
    private String author;
    private Status status;
    private LocalDateTime createdAt;
    private LocalDateTime sentAt;
    private Integer attempts;
    private LocalDateTime nextAttemptAt;
    private String lastError;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getReaderPseudonym() {
        return readerPseudonym;
    }

    public void setReaderPseudonym(String readerPseudonym) {
        this.readerPseudonym = readerPseudonym;
    }

    public Long getCommentId() {
        return commentId;
    }

    public void setCommentId(Long commentId) {
        this.commentId = commentId;
    }

    public String getTextContent() {
        return textContent;
    }

    public void setTextContent(String textContent) {
        this.textContent = textContent;
    }

    public String getAuthor() {
        return author;
    }

    public void setAuthor(String author) {
        this.author = author;
    }

    public Status getStatus() {
        return status;
    }

    public void setStatus(Status status) {
        this.status = status;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }

    public LocalDateTime getSentAt() {
        return sentAt;
    }

    public void setSentAt(LocalDateTime sentAt) {
        this.sentAt = sentAt;
    }

    public Integer getAttempts() {
        return attempts;
    }

    public void setAttempts(Integer attempts) {
        this.attempts = attempts;
    }

    public LocalDateTime getNextAttemptAt() {
        return nextAttemptAt;
    }

    public void setNextAttemptAt(LocalDateTime nextAttemptAt) {
        this.nextAttemptAt = nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public void setLastError(String lastError) {
        this.lastError = lastError;
    }
}
