package org.lotus.content.article;

/** What staff write: the fields of an article before it is checked and sanitised. */
public record ArticleDraft(
        String title, String author, String digest, String body, String section, String language, Long coverImageId) {}
