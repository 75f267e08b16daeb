package org.lotus.content.announcement;

import com.baomidou.mybatisplus.annotation.FieldStrategy;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.lotus.content.PublicationStatus;
import org.lotus.content.lifecycle.Publication;

/** A short notice valid for a while, for an event when it has a date; optionally pushed to every follower. */
@TableName("announcement")
public class Announcement implements Publication {

    @TableId(type = IdType.AUTO)
    private Long id;

    private String title;
    private String body;
    private String language;
    private LocalDateTime validFrom;
    private LocalDateTime validUntil;

    @TableField(updateStrategy = FieldStrategy.ALWAYS)
    private LocalDate eventDate;

    @TableField(updateStrategy = FieldStrategy.ALWAYS)
    private LocalTime eventTime;

    @TableField(updateStrategy = FieldStrategy.ALWAYS)
    private String place;

    private Boolean push;
    private PublicationStatus status;

    @TableField(updateStrategy = FieldStrategy.ALWAYS)
    private String statusReason;

    @TableField(updateStrategy = FieldStrategy.ALWAYS)
    private String findings;

    @TableField(updateStrategy = FieldStrategy.ALWAYS)
    private LocalDateTime publishAt;

    private String publishedTitle;
    private String publishedBody;
    private String publishedPlace;

    @TableField(updateStrategy = FieldStrategy.ALWAYS)
    private PushStep pushStep;

    private String massMsgId;
    private LocalDateTime pushedAt;
    private LocalDateTime publishedAt;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;
    private Integer revision;
    private LocalDateTime correctedAt;

    @Override
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

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public LocalDateTime getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDateTime validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDateTime getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDateTime validUntil) {
        this.validUntil = validUntil;
    }

    public LocalDate getEventDate() {
        return eventDate;
    }

    public void setEventDate(LocalDate eventDate) {
        this.eventDate = eventDate;
    }

    public LocalTime getEventTime() {
        return eventTime;
    }

    public void setEventTime(LocalTime eventTime) {
        this.eventTime = eventTime;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public Boolean getPush() {
        return push;
    }

    public void setPush(Boolean push) {
        this.push = push;
    }

    public PublicationStatus getStatus() {
        return status;
    }

    public void setStatus(PublicationStatus status) {
        this.status = status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public void setStatusReason(String statusReason) {
        this.statusReason = statusReason;
    }

    public String getFindings() {
        return findings;
    }

    public void setFindings(String findings) {
        this.findings = findings;
    }

    public LocalDateTime getPublishAt() {
        return publishAt;
    }

    public void setPublishAt(LocalDateTime publishAt) {
        this.publishAt = publishAt;
    }

    public String getPublishedTitle() {
        return publishedTitle;
    }

    public void setPublishedTitle(String publishedTitle) {
        this.publishedTitle = publishedTitle;
    }

    public String getPublishedBody() {
        return publishedBody;
    }

    public void setPublishedBody(String publishedBody) {
        this.publishedBody = publishedBody;
    }

    public String getPublishedPlace() {
        return publishedPlace;
    }

    public void setPublishedPlace(String publishedPlace) {
        this.publishedPlace = publishedPlace;
    }

    public PushStep getPushStep() {
        return pushStep;
    }

    public void setPushStep(PushStep pushStep) {
        this.pushStep = pushStep;
    }

    public String getMassMsgId() {
        return massMsgId;
    }

    public void setMassMsgId(String massMsgId) {
        this.massMsgId = massMsgId;
    }

    public LocalDateTime getPushedAt() {
        return pushedAt;
    }

    public void setPushedAt(LocalDateTime pushedAt) {
        this.pushedAt = pushedAt;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }

    public void setPublishedAt(LocalDateTime publishedAt) {
        this.publishedAt = publishedAt;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(LocalDateTime updatedAt) {
        this.updatedAt = updatedAt;
    }

    public Integer getRevision() {
        return revision;
    }

    public void setRevision(Integer revision) {
        this.revision = revision;
    }

    public LocalDateTime getCorrectedAt() {
        return correctedAt;
    }

    public void setCorrectedAt(LocalDateTime correctedAt) {
        this.correctedAt = correctedAt;
    }
}
