package org.lotus.mp.portal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** A PUBLISHJOBFINISH event as received; article URLs are stored one "index url" pair per line. */
@TableName("publish_job_result")
public class PublishJobResult {

    @TableId(type = IdType.AUTO)
    private Long id;

    private String publishId;
    private Integer publishStatus;
    private String articleId;
    private String articleUrls;
    private String failedIndexes;
    private LocalDateTime receivedAt;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getPublishId() {
        return publishId;
    }

    public void setPublishId(String publishId) {
        this.publishId = publishId;
    }

    public Integer getPublishStatus() {
        return publishStatus;
    }

    public void setPublishStatus(Integer publishStatus) {
        this.publishStatus = publishStatus;
    }

    public String getArticleId() {
        return articleId;
    }

    public void setArticleId(String articleId) {
        this.articleId = articleId;
    }

    public String getArticleUrls() {
        return articleUrls;
    }

    public void setArticleUrls(String articleUrls) {
        this.articleUrls = articleUrls;
    }

    public String getFailedIndexes() {
        return failedIndexes;
    }

    public void setFailedIndexes(String failedIndexes) {
        this.failedIndexes = failedIndexes;
    }

    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    public void setReceivedAt(LocalDateTime receivedAt) {
        this.receivedAt = receivedAt;
    }
}
