package org.lotus.content.article;

import org.lotus.content.InvalidContentException;
import org.lotus.content.section.Sections;

/** Checks a draft against WeChat's limits and our sections, and copies it, sanitised, onto the article. */
final class ArticleValidation {

    // draft/add limits: title 32 characters in the editor (64 accepted by the API), author 8 (16 accepted),
    // digest 120.
    static final int TITLE_MAX = 64;
    static final int AUTHOR_MAX = 16;
    static final int DIGEST_MAX = 120;
    static final int BODY_MAX = 200_000;

    private final Sections sections;

    ArticleValidation(Sections sections) {
        this.sections = sections;
    }

    void apply(ArticleDraft draft, Article article) {
        String title = required("title", draft.title(), TITLE_MAX);
        String author = optional("author", draft.author(), AUTHOR_MAX);
        String digest = optional("digest", draft.digest(), DIGEST_MAX);
        if (draft.body() == null || draft.body().length() > BODY_MAX) {
            throw new InvalidContentException("body", "body is required, at most " + BODY_MAX + " characters");
        }
        String body = ArticleHtml.sanitise(draft.body());
        if (ArticleHtml.text(body).isBlank() && !body.contains("<img")) {
            throw new InvalidContentException("body", "body is empty once sanitised");
        }
        String section = draft.section() == null ? "" : draft.section().trim();
        if (sections.find(section).isEmpty()) {
            throw new InvalidContentException("section", "unknown section");
        }
        String language = draft.language() == null ? "zh" : draft.language().trim();
        if (!language.equals("zh") && !language.equals("fr")) {
            throw new InvalidContentException("language", "language must be zh or fr");
        }
        article.setTitle(title);
        article.setAuthor(author);
        article.setDigest(digest);
        article.setBody(body);
        article.setSectionKey(section);
        article.setLanguage(language);
        if (draft.coverImageId() != null) {
            article.setCoverImageId(draft.coverImageId());
        }
    }

    static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidContentException(field, field + " is required");
        }
        return optional(field, value, max);
    }

    static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.codePointCount(0, trimmed.length()) > max) {
            throw new InvalidContentException(field, field + " is longer than " + max + " characters");
        }
        return trimmed;
    }
}
