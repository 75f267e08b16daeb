package org.lotus.content.section;

import java.util.Optional;

/**
 * What the articles and announcements add to a section's reply. Implemented by the content pipeline; callers take
 * it through an optional dependency and fall back to the section's own text.
 */
public interface SectionContent {

    /** The section's newest published article, as a link a reader can open. */
    Optional<ArticleLink> latestArticle(String sectionKey);

    /** A published article by id, as a link; empty when it is not (or no longer) published. */
    default Optional<ArticleLink> publishedArticle(long id) {
        return Optional.empty();
    }

    /** Text to answer instead of the section's own, such as the agenda of valid announcements for {@code news}. */
    Optional<String> agenda(String sectionKey);

    /** An article as a reader sees it in a one-item news reply; {@code url} and {@code coverUrl} are absolute. */
    record ArticleLink(String title, String digest, String url, String coverUrl) {}
}
