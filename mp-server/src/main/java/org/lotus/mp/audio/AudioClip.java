package org.lotus.mp.audio;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** A sound of the staff's library: one MP3 under {@code DATA_DIR/audio/}, and its WeChat voice material once sent. */
@TableName("audio_clip")
public class AudioClip {

    @TableId(type = IdType.AUTO)
    private Long id;

    private String title;
    private Integer durationMillis;
    private Integer sizeBytes;
    private String fileName;
    private String wechatMediaId;
    private LocalDateTime wechatUploadedAt;
    private String createdBy;
    private LocalDateTime createdAt;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Integer getDurationMillis() {
        return durationMillis;
    }

    public void setDurationMillis(Integer durationMillis) {
        this.durationMillis = durationMillis;
    }

    /** Whole seconds, at least one: a 0.4 s sound lasts "1 s" for a person. */
    public int durationSeconds() {
        return Math.max(1, Math.round(durationMillis / 1000f));
    }

    public Integer getSizeBytes() {
        return sizeBytes;
    }

    public void setSizeBytes(Integer sizeBytes) {
        this.sizeBytes = sizeBytes;
    }

    public String getFileName() {
        return fileName;
    }

    public void setFileName(String fileName) {
        this.fileName = fileName;
    }

    public String getWechatMediaId() {
        return wechatMediaId;
    }

    public void setWechatMediaId(String wechatMediaId) {
        this.wechatMediaId = wechatMediaId;
    }

    public LocalDateTime getWechatUploadedAt() {
        return wechatUploadedAt;
    }

    public void setWechatUploadedAt(LocalDateTime wechatUploadedAt) {
        this.wechatUploadedAt = wechatUploadedAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public void setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }
}
