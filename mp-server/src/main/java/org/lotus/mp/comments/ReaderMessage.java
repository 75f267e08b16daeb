package org.lotus.mp.comments;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** A stored reader message. The reader is only a pseudonym; media live under {@code DATA_DIR/media/}. */
@TableName("reader_message")
public class ReaderMessage {

    /** Where the message's media stands: none, waiting to be fetched, kept, or given up on. */
    public enum MediaStatus {
        NONE,
        PENDING,
        STORED,
        FAILED
    }

    @TableId(type = IdType.AUTO)
    private Long id;

    /** WeChat's MsgId, an unsigned 64-bit number; null for the rare message sent without one. */
    private java.math.BigInteger wxMsgId;

    private String readerPseudonym;
    private String kind;
    private String textContent;
    private String transcription;
    private String mediaId;
    private String mediaFormat;
    private String mediaFile;
    private String mediaType;
    private MediaStatus mediaStatus;
    private Integer mediaAttempts;
    private LocalDateTime mediaNextAttemptAt;
    private Boolean urgent;
    private LocalDateTime receivedAt;
    private LocalDateTime handledAt;
    private String handledBy;
    private LocalDateTime repliedAt;
    private String repliedBy;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public java.math.BigInteger getWxMsgId() {
        return wxMsgId;
    }

    public void setWxMsgId(java.math.BigInteger wxMsgId) {
        this.wxMsgId = wxMsgId;
    }

    public String getReaderPseudonym() {
        return readerPseudonym;
    }

    public void setReaderPseudonym(String readerPseudonym) {
        this.readerPseudonym = readerPseudonym;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getTextContent() {
        return textContent;
    }

    public void setTextContent(String textContent) {
        this.textContent = textContent;
    }

    public String getTranscription() {
        return transcription;
    }

    public void setTranscription(String transcription) {
        this.transcription = transcription;
    }

    public String getMediaId() {
        return mediaId;
    }

    public void setMediaId(String mediaId) {
        this.mediaId = mediaId;
    }

    public String getMediaFormat() {
        return mediaFormat;
    }

    public void setMediaFormat(String mediaFormat) {
        this.mediaFormat = mediaFormat;
    }

    public String getMediaFile() {
        return mediaFile;
    }

    public void setMediaFile(String mediaFile) {
        this.mediaFile = mediaFile;
    }

    public String getMediaType() {
        return mediaType;
    }

    public void setMediaType(String mediaType) {
        this.mediaType = mediaType;
    }

    public MediaStatus getMediaStatus() {
        return mediaStatus;
    }

    public void setMediaStatus(MediaStatus mediaStatus) {
        this.mediaStatus = mediaStatus;
    }

    public Integer getMediaAttempts() {
        return mediaAttempts;
    }

    public void setMediaAttempts(Integer mediaAttempts) {
        this.mediaAttempts = mediaAttempts;
    }

    public LocalDateTime getMediaNextAttemptAt() {
        return mediaNextAttemptAt;
    }

    public void setMediaNextAttemptAt(LocalDateTime mediaNextAttemptAt) {
        this.mediaNextAttemptAt = mediaNextAttemptAt;
    }

    public Boolean getUrgent() {
        return urgent;
    }

    public void setUrgent(Boolean urgent) {
        this.urgent = urgent;
    }

    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    public void setReceivedAt(LocalDateTime receivedAt) {
        this.receivedAt = receivedAt;
    }

    public LocalDateTime getHandledAt() {
        return handledAt;
    }

    public void setHandledAt(LocalDateTime handledAt) {
        this.handledAt = handledAt;
    }

    public String getHandledBy() {
        return handledBy;
    }

    public void setHandledBy(String handledBy) {
        this.handledBy = handledBy;
    }

    public LocalDateTime getRepliedAt() {
        return repliedAt;
    }

    public void setRepliedAt(LocalDateTime repliedAt) {
        this.repliedAt = repliedAt;
    }

    public String getRepliedBy() {
        return repliedBy;
    }

    public void setRepliedBy(String repliedBy) {
        this.repliedBy = repliedBy;
    }
}
