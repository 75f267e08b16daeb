package org.lotus.mp.cms;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.lotus.content.article.Article;

/** One line of the article list, times in Europe/Paris (public so templates can read it). */
public record ArticleRow(
        long id, String title, String section, String language, String status, String publishAt, String wechatUrl) {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    static ArticleRow of(Article article) {
        return new ArticleRow(
                article.getId(),
                article.getTitle(),
                article.getSectionKey(),
                article.getLanguage(),
                article.getStatus().name(),
                article.getPublishAt() == null
                        ? ""
                        : article.getPublishAt()
                                .atOffset(ZoneOffset.UTC)
                                .atZoneSameInstant(CommentPagesController.PARIS)
                                .format(SHOWN),
                article.getWechatUrl());
    }
}
