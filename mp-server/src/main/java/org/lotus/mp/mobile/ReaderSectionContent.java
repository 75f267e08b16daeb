package org.lotus.mp.mobile;

import java.util.Optional;
import org.lotus.content.PublicationStatus;
import org.lotus.content.article.Article;
import org.lotus.content.article.Articles;
import org.lotus.content.section.SectionContent;
import org.lotus.content.section.SectionKey;
import org.lotus.mp.LotusSettings;
import org.springframework.stereotype.Component;

/**
 * What menu replies say about articles and announcements: the WeChat article when WeChat published it, our own page
 * otherwise (accounts without freepublish rights still reach readers).
 */
@Component
class ReaderSectionContent implements SectionContent {

    private final Articles articles;
    private final Agenda agenda;
    private final String baseUrl;

    ReaderSectionContent(Articles articles, Agenda agenda, LotusSettings settings) {
        this.articles = articles;
        this.agenda = agenda;
        this.baseUrl = settings.publicBaseUrl();
    }

    @Override
    public Optional<ArticleLink> latestArticle(String sectionKey) {
        return articles.latestPublished(sectionKey).map(this::link);
    }

    @Override
    public Optional<ArticleLink> publishedArticle(long id) {
        return articles.find(id)
                .filter(a -> a.getStatus() == PublicationStatus.PUBLISHED)
                .map(this::link);
    }

    @Override
    public Optional<String> agenda(String sectionKey) {
        if (!SectionKey.NEWS.key().equals(sectionKey)) {
            return Optional.empty();
        }
        String text = agenda.text();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private ArticleLink link(Article article) {
        String url = article.getWechatUrl() != null
                ? article.getWechatUrl()
                : baseUrl + MobilePages.ARTICLE_PATH + article.getId();
        String cover = article.getCoverImageId() != null
                ? baseUrl + "/m/images/" + article.getCoverImageId()
                : baseUrl + MobileImages.DEFAULT_COVER_PATH;
        return new ArticleLink(article.getPublishedTitle(), article.getPublishedDigest(), url, cover);
    }
}
