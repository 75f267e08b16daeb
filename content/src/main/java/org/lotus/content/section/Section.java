package org.lotus.content.section;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/**
 * A menu section. {@code replyText} is the Chinese text a reader gets on tapping it; with {@code replyKind}
 * LATEST_ARTICLE the reply is a one-item news message pointing at the section's latest published article (falling
 * back to the text while there is none); with AUDIO it is a voice message, the audio library's clip {@code audioId}
 * (falling back to the text while WeChat cannot have it); with PAGE the menu button opens the section's page on our
 * site.
 */
@TableName("section")
public class Section {

    /** What a tap on the section answers. */
    public enum ReplyKind {
        TEXT,
        LATEST_ARTICLE,
        AUDIO,
        PAGE
    }

    @TableId(type = IdType.AUTO)
    private Long id;

    private String sectionKey;
    private String groupKey;
    private String nameZh;
    private String nameFr;
    private Integer position;
    private ReplyKind replyKind;
    private String replyText;
    private String replyTextFr;
    private Boolean enabled;
    private LocalDateTime updatedAt;
    private Long audioId;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getSectionKey() {
        return sectionKey;
    }

    public void setSectionKey(String sectionKey) {
        this.sectionKey = sectionKey;
    }

    public String getGroupKey() {
        return groupKey;
    }

    public void setGroupKey(String groupKey) {
        this.groupKey = groupKey;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameFr() {
        return nameFr;
    }

    public void setNameFr(String nameFr) {
        this.nameFr = nameFr;
    }

    public Integer getPosition() {
        return position;
    }

    public void setPosition(Integer position) {
        this.position = position;
    }

    public ReplyKind getReplyKind() {
        return replyKind;
    }

    public void setReplyKind(ReplyKind replyKind) {
        this.replyKind = replyKind;
    }

    public String getReplyText() {
        return replyText;
    }

    public void setReplyText(String replyText) {
        this.replyText = replyText;
    }

    public String getReplyTextFr() {
        return replyTextFr;
    }

    public void setReplyTextFr(String replyTextFr) {
        this.replyTextFr = replyTextFr;
    }

    public Boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(LocalDateTime updatedAt) {
        this.updatedAt = updatedAt;
    }

    public Long getAudioId() {
        return audioId;
    }

    public void setAudioId(Long audioId) {
        this.audioId = audioId;
    }
}
