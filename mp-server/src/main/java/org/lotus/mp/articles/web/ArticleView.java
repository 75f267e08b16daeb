package org.lotus.mp.articles.web;

import java.time.Instant;
import java.util.List;
import org.lotus.content.Finding;
import org.lotus.content.PublicationStatus;
import org.lotus.content.UtcTime;
import org.lotus.content.article.Article;

/** An article as the API shows it, with its status, the reason and findings when it stopped, and its links. */
record ArticleView(
        long id,
        String title,
        String author,
        String digest,
        String body,
        String section,
        String language,
        Long coverImageId,
        PublicationStatus status,
        String statusReason,
        List<Finding> findings,
        Instant publishAt,
        String publishId,
        String wechatArticleId,
        String wechatUrl,
        String pageUrl,
        String publishedTitle,
        Instant publishedAt,
        Instant correctedAt,
        int revision,
        Instant createdAt,
        Instant updatedAt) {

    static ArticleView of(Article a, String publicBaseUrl) {
        return new ArticleView(
                a.getId(),
                a.getTitle(),
                a.getAuthor(),
                a.getDigest(),
                a.getBody(),
                a.getSectionKey(),
                a.getLanguage(),
                a.getCoverImageId(),
                a.getStatus(),
                a.getStatusReason(),
                Finding.decode(a.getFindings()),
                UtcTime.instant(a.getPublishAt()),
                a.getPublishId(),
                a.getWechatArticleId(),
                a.getWechatUrl(),
                a.live() ? publicBaseUrl + "/m/articles/" + a.getId() : null,
                a.getPublishedTitle(),
                UtcTime.instant(a.getPublishedAt()),
                UtcTime.instant(a.getCorrectedAt()),
                a.getRevision(),
                UtcTime.instant(a.getCreatedAt()),
                UtcTime.instant(a.getUpdatedAt()));
    }
}
