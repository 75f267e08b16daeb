package org.lotus.mp.cms;

import java.util.List;
import org.lotus.content.PublicationStatus;
import org.lotus.content.article.Article;
import org.lotus.mp.i18n.StaffMessages;
import org.springframework.stereotype.Component;

/** The article list as staff read it: Paris times, the retry state of those being published, reasons translated. */
@Component
class ArticleRows {

    private final PublishingProgress progress;
    private final StaffMessages wording;

    ArticleRows(PublishingProgress progress, StaffMessages wording) {
        this.progress = progress;
        this.wording = wording;
    }

    List<ArticleRow> of(List<Article> articles) {
        return articles.stream().map(this::row).toList();
    }

    private ArticleRow row(Article article) {
        return ArticleRow.of(article)
                .with(
                        article.getStatus() == PublicationStatus.PUBLISHING ? progress.state(article.getId()) : "",
                        reason(article));
    }

    /** Why the article is held or failed, in the staff member's language with what to do; empty when nothing is. */
    String reason(Article article) {
        return wording.statusReason(article.getStatusReason());
    }
}
