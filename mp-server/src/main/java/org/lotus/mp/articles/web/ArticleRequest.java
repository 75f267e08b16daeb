package org.lotus.mp.articles.web;

import jakarta.validation.constraints.NotBlank;
import org.lotus.content.article.ArticleDraft;

/** An article as staff send it; {@code body} is HTML, sanitised on save. */
record ArticleRequest(
        @NotBlank String title,
        String author,
        String digest,
        @NotBlank String body,
        @NotBlank String section,
        String language,
        Long coverImageId) {

    ArticleDraft draft() {
        return new ArticleDraft(title, author, digest, body, section, language, coverImageId);
    }
}
