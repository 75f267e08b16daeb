package org.lotus.mp.cms;

import org.lotus.content.article.Article;
import org.lotus.mp.i18n.ParisTime;

/**
 * One line of the article list, times in Europe/Paris (public so templates can read it); {@code progress} says where
 * publishing stands ("nouvel essai 3/8 à 06:48") and {@code reason} why an article is held, in the staff's language.
 */
public record ArticleRow(
        long id,
        String title,
        String section,
        String language,
        String status,
        String publishAt,
        String wechatUrl,
        String progress,
        String reason) {

    /** A line without publishing state, for articles scheduled or published. */
    static ArticleRow of(Article article) {
        return new ArticleRow(
                article.getId(),
                article.getTitle(),
                article.getSectionKey(),
                article.getLanguage(),
                article.getStatus().name(),
                ParisTime.format(article.getPublishAt()),
                article.getWechatUrl(),
                "",
                "");
    }

    /** The same line with where publishing stands and why the article is held. */
    ArticleRow with(String progress, String reason) {
        return new ArticleRow(id, title, section, language, status, publishAt, wechatUrl, progress, reason);
    }
}
