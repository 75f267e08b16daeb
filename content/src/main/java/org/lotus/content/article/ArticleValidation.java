package org.lotus.content.article;

import static org.lotus.content.lifecycle.TextFields.optional;
import static org.lotus.content.lifecycle.TextFields.required;

import org.lotus.content.InvalidContentException;
import org.lotus.content.lifecycle.TextFields;
import org.lotus.content.section.Sections;

/** Checks a draft against WeChat's limits and our sections, and copies it, sanitised, onto the article. */
final class ArticleValidation {

    // draft/add limits: title 32 characters in the editor (64 accepted by the API), author 8 (16 accepted),
    // digest 120, content under 20,000 characters.
    static final int TITLE_MAX = 64;
    static final int AUTHOR_MAX = 16;
    static final int DIGEST_MAX = 120;
    public static final int BODY_TEXT_MAX = 20_000;
    // Markup around 20,000 characters of text stays far below this; a larger body is pasted from elsewhere.
    static final int BODY_HTML_MAX = 1_000_000;

    private final Sections sections;

    ArticleValidation(Sections sections) {
        this.sections = sections;
    }

    void apply(ArticleDraft draft, Article article) {
        String title = required("title", draft.title(), TITLE_MAX);
        String author = optional("author", draft.author(), AUTHOR_MAX);
        String digest = optional("digest", draft.digest(), DIGEST_MAX);
        if (draft.body() == null || draft.body().isBlank()) {
            throw new InvalidContentException("body", "required", "body is required");
        }
        if (draft.body().length() > BODY_HTML_MAX) {
            throw tooLong(draft.body().length());
        }
        String body = ArticleHtml.sanitise(draft.body());
        String text = ArticleHtml.text(body);
        if (text.isBlank() && !body.contains("<img")) {
            throw new InvalidContentException("body", "empty", "body is empty once sanitised");
        }
        int length = text.codePointCount(0, text.length());
        if (length > BODY_TEXT_MAX) {
            throw tooLong(length);
        }
        String section = draft.section() == null ? "" : draft.section().trim();
        if (sections.find(section).isEmpty()) {
            throw new InvalidContentException("section", "unknownSection", "unknown section");
        }
        article.setTitle(title);
        article.setAuthor(author);
        article.setDigest(digest);
        article.setBody(body);
        article.setSectionKey(section);
        article.setLanguage(TextFields.language(draft.language()));
        if (draft.coverImageId() != null) {
            article.setCoverImageId(draft.coverImageId());
        }
    }

    private static InvalidContentException tooLong(int length) {
        return new InvalidContentException(
                "body",
                "tooLong",
                "body is longer than " + BODY_TEXT_MAX + " characters (WeChat's limit)",
                BODY_TEXT_MAX,
                length);
    }
}
