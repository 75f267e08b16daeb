package org.lotus.content.article;

import com.baomidou.mybatisplus.annotation.FieldStrategy;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;
import org.lotus.content.PublicationStatus;
import org.lotus.content.lifecycle.Publication;

/** An article the mediator writes; {@code published*} hold the rewritten text readers get. */
@TableName("article")
public class Article implements Publication {

    @TableId(type = IdType.AUTO)
    private Long id;

    private String title;

    @TableField(updateStrategy = FieldStrategy.ALWAYS)
    private String author;

    @TableField(updateStrategy = FieldStrategy.ALWAYS)
    private String digest;

    private String body;
    private Long coverImageId;
    private String sectionKey;
    private String language;
    private PublicationStatus status;

    @TableField(updateStrategy = FieldStrategy.ALWAYS)
    private String statusReason;

    @TableField(updateStrategy = FieldStrategy.ALWAYS)
    private String findings;

    @TableField(updateStrategy = FieldStrategy.ALWAYS)
    private LocalDateTime publishAt;

    @TableField(updateStrategy = FieldStrategy.ALWAYS)
    private PublishStep publishStep;

    @TableField(updateStrategy = FieldStrategy.ALWAYS)
    private String draftMediaId;

    @TableField(updateStrategy = FieldStrategy.ALWAYS)
    private String publishId;

    @TableField(updateStrategy = FieldStrategy.ALWAYS)
    private LocalDateTime submitStartedAt;

    @TableField(updateStrategy = FieldStrategy.ALWAYS)
    private String wechatArticleId;

    @TableField(updateStrategy = FieldStrategy.ALWAYS)
    private String wechatUrl;

    private String publishedTitle;
    private String publishedDigest;
    private String publishedBody;
    private LocalDateTime publishedAt;
    private Integer revision;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;
    private LocalDateTime correctedAt;

    @TableField(updateStrategy = FieldStrategy.ALWAYS)
    private String replacesArticleId;

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

    public String getAuthor() {
        return author;
    }

    public void setAuthor(String author) {
        this.author = author;
    }

    public String getDigest() {
        return digest;
    }

    public void setDigest(String digest) {
        this.digest = digest;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Long getCoverImageId() {
        return coverImageId;
    }

    public void setCoverImageId(Long coverImageId) {
        this.coverImageId = coverImageId;
    }

    public String getSectionKey() {
        return sectionKey;
    }

    public void setSectionKey(String sectionKey) {
        this.sectionKey = sectionKey;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
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

    public PublishStep getPublishStep() {
        return publishStep;
    }

    public void setPublishStep(PublishStep publishStep) {
        this.publishStep = publishStep;
    }

    public String getDraftMediaId() {
        return draftMediaId;
    }

    public void setDraftMediaId(String draftMediaId) {
        this.draftMediaId = draftMediaId;
    }

    public String getPublishId() {
        return publishId;
    }

    public void setPublishId(String publishId) {
        this.publishId = publishId;
    }

    public LocalDateTime getSubmitStartedAt() {
        return submitStartedAt;
    }

    public void setSubmitStartedAt(LocalDateTime submitStartedAt) {
        this.submitStartedAt = submitStartedAt;
    }

    public String getWechatArticleId() {
        return wechatArticleId;
    }

    public void setWechatArticleId(String wechatArticleId) {
        this.wechatArticleId = wechatArticleId;
    }

    public String getWechatUrl() {
        return wechatUrl;
    }

    public void setWechatUrl(String wechatUrl) {
        this.wechatUrl = wechatUrl;
    }

    public String getPublishedTitle() {
        return publishedTitle;
    }

    public void setPublishedTitle(String publishedTitle) {
        this.publishedTitle = publishedTitle;
    }

    public String getPublishedDigest() {
        return publishedDigest;
    }

    public void setPublishedDigest(String publishedDigest) {
        this.publishedDigest = publishedDigest;
    }

    public String getPublishedBody() {
        return publishedBody;
    }

    public void setPublishedBody(String publishedBody) {
        this.publishedBody = publishedBody;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }

    public void setPublishedAt(LocalDateTime publishedAt) {
        this.publishedAt = publishedAt;
    }

    public Integer getRevision() {
        return revision;
    }

    public void setRevision(Integer revision) {
        this.revision = revision;
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

    public LocalDateTime getCorrectedAt() {
        return correctedAt;
    }

    public void setCorrectedAt(LocalDateTime correctedAt) {
        this.correctedAt = correctedAt;
    }

    public String getReplacesArticleId() {
        return replacesArticleId;
    }

    public void setReplacesArticleId(String replacesArticleId) {
        this.replacesArticleId = replacesArticleId;
    }
}
