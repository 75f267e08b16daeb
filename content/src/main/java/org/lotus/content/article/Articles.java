package org.lotus.content.article;

import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.lotus.content.Finding;
import org.lotus.content.PublicationStatus;
import org.lotus.content.UtcTime;
import org.lotus.content.lifecycle.Lifecycle;
import org.lotus.content.lifecycle.Lifecycle.Transition;
import org.lotus.content.section.Sections;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The articles and their status, on the shared {@link Lifecycle}; each saved text is kept as a revision. The publisher
 * moves an article through its {@link PublishStep}s with conditional UPDATEs, so two workers never both move it.
 */
@Service
public class Articles {

    private static final String[] FORGET_ATTEMPT = {"publish_step", "draft_media_id", "publish_id", "submit_started_at"
    };

    private final ArticleMapper articles;
    private final ArticleRevisionMapper revisions;
    private final ArticleValidation validation;
    private final Lifecycle<Article> lifecycle;

    Articles(ArticleMapper articles, ArticleRevisionMapper revisions, Sections sections) {
        this.articles = articles;
        this.revisions = revisions;
        this.validation = new ArticleValidation(sections);
        this.lifecycle = new Lifecycle<>("article", articles);
    }

    @Transactional
    public Article create(ArticleDraft draft) {
        Article article = new Article();
        validation.apply(draft, article);
        lifecycle.create(article);
        revisions.insert(revisionOf(article));
        return article;
    }

    /** Saves a new revision; an article held for review or failed goes back to DRAFT, a scheduled one stays. */
    @Transactional
    public Article update(long id, ArticleDraft draft) {
        Article article = lifecycle.revise(id, a -> validation.apply(draft, a));
        revisions.insert(revisionOf(article));
        return article;
    }

    /** Checks a draft as {@link #update} would, without saving: the text a correction must rewrite first. */
    public Article validated(long id, ArticleDraft draft) {
        Article article = get(id);
        validation.apply(draft, article);
        return article;
    }

    /**
     * Corrects a live article with its text already rewritten: our pages show it at once. When WeChat carries the
     * article, it is scheduled now to replace it there: the old publication is deleted, the new one submitted.
     */
    @Transactional
    public Article correct(long id, ArticleDraft draft, String title, String digest, String body) {
        Article article = lifecycle.correct(id, a -> {
            validation.apply(draft, a);
            a.setPublishedTitle(title);
            a.setPublishedDigest(digest);
            a.setPublishedBody(body);
            String onWechat = a.getWechatArticleId() != null ? a.getWechatArticleId() : a.getReplacesArticleId();
            if (onWechat != null || a.getStatus() != PublicationStatus.PUBLISHED) {
                a.setReplacesArticleId(onWechat);
                a.setStatus(PublicationStatus.SCHEDULED);
                a.setPublishAt(UtcTime.now());
                a.setWechatArticleId(null);
                a.setWechatUrl(null);
                a.setPublishStep(null);
                a.setDraftMediaId(null);
                a.setPublishId(null);
                a.setSubmitStartedAt(null);
            }
        });
        revisions.insert(revisionOf(article));
        return article;
    }

    public Optional<Article> find(long id) {
        return lifecycle.find(id);
    }

    public Article get(long id) {
        return lifecycle.get(id);
    }

    public List<Article> list(PublicationStatus status, String section) {
        return articles.selectList(new QueryWrapper<Article>()
                .eq(status != null, "status", status == null ? null : status.name())
                .eq(section != null && !section.isBlank(), "section_key", section)
                .orderByDesc("updated_at")
                .orderByDesc("id"));
    }

    public List<ArticleRevision> revisions(long id) {
        return revisions.selectList(
                new QueryWrapper<ArticleRevision>().eq("article_id", id).orderByAsc("revision"));
    }

    /** Articles readers can see in a section, newest first; a corrected one stays while WeChat gets the new text. */
    public List<Article> published(String section) {
        return articles.selectList(new QueryWrapper<Article>()
                .eq("section_key", section)
                .isNotNull("published_at")
                .ne("status", PublicationStatus.WITHDRAWN.name())
                .orderByDesc("published_at")
                .orderByDesc("id"));
    }

    public Optional<Article> latestPublished(String section) {
        return published(section).stream().findFirst();
    }

    /** Sets the time; a fresh attempt forgets the previous one's WeChat ids and findings. */
    public Article schedule(long id, LocalDateTime publishAt) {
        return lifecycle.schedule(id, publishAt, FORGET_ATTEMPT);
    }

    public Article unschedule(long id) {
        return lifecycle.unschedule(id);
    }

    public List<Article> scheduled() {
        return lifecycle.scheduled();
    }

    /** SCHEDULED → PUBLISHING; false when someone else took it or staff unscheduled it. */
    public boolean claim(long id) {
        return lifecycle
                .claim(id)
                .set("publish_step", PublishStep.PREPARING.name())
                .applied();
    }

    /** The WeChat publication a correction replaces is deleted: the corrected one may be drafted. */
    public boolean replaced(long id, String wechatArticleId) {
        return step(id, PublishStep.PREPARING)
                .eq("replaces_article_id", wechatArticleId)
                .set("replaces_article_id", null)
                .applied();
    }

    /** The draft exists at WeChat; the rewritten text is kept for our own pages. */
    public boolean drafted(long id, String draftMediaId, String title, String digest, String body) {
        return step(id, PublishStep.PREPARING)
                .set("publish_step", PublishStep.DRAFTED.name())
                .set("draft_media_id", draftMediaId)
                .set("published_title", title)
                .set("published_digest", digest)
                .set("published_body", body)
                .applied();
    }

    /** Written before calling submit: whoever moves DRAFTED → SUBMITTING is the only one allowed to submit. */
    public boolean beginSubmit(long id) {
        return step(id, PublishStep.DRAFTED)
                .isNull("publish_id")
                .set("publish_step", PublishStep.SUBMITTING.name())
                .set("submit_started_at", UtcTime.now())
                .applied();
    }

    public boolean submitted(long id, String publishId) {
        return step(id, PublishStep.SUBMITTING)
                .set("publish_step", PublishStep.SUBMITTED.name())
                .set("publish_id", publishId)
                .applied();
    }

    /** WeChat answered that it did not take the submission: it may be tried again. */
    public boolean submitNotAccepted(long id) {
        return step(id, PublishStep.SUBMITTING)
                .set("publish_step", PublishStep.DRAFTED.name())
                .set("submit_started_at", null)
                .applied();
    }

    public boolean holdForReview(long id, String reason, List<Finding> findings) {
        return lifecycle.holdForReview(id, reason, findings);
    }

    public boolean fail(long id, String reason) {
        return lifecycle.fail(id, reason);
    }

    /** Readers get the article through our own pages only (no WeChat credentials or no freepublish right). */
    public boolean publishedOnOwnPages(long id, String reason) {
        return lifecycle
                .end(id, PublicationStatus.PUBLISHED)
                .set("status_reason", reason)
                .set("published_at", firstPublication(id))
                .applied();
    }

    /** Ends the article submitted as {@code publishId}; empty when it was already ended (event and poll both came). */
    public Optional<Article> finish(
            String publishId, boolean success, String wechatArticleId, String url, String reason) {
        Article article = articles.selectOne(new QueryWrapper<Article>().eq("publish_id", publishId));
        if (article == null) {
            return Optional.empty();
        }
        Transition<Article> transition = lifecycle
                .end(article.getId(), success ? PublicationStatus.PUBLISHED : PublicationStatus.FAILED)
                .eq("publish_id", publishId)
                .set("status_reason", reason);
        if (success) {
            transition
                    .set("wechat_article_id", wechatArticleId)
                    .set("wechat_url", url)
                    .set("published_at", article.getPublishedAt() == null ? UtcTime.now() : article.getPublishedAt());
        }
        return transition.applied() ? find(article.getId()) : Optional.empty();
    }

    /** Submitted articles still waiting for WeChat's verdict since before {@code before}. */
    public List<Article> awaitingResult(LocalDateTime before) {
        return articles.selectList(new QueryWrapper<Article>()
                .eq("status", PublicationStatus.PUBLISHING.name())
                .eq("publish_step", PublishStep.SUBMITTED.name())
                .lt("submit_started_at", before));
    }

    /** A correction keeps the date of the first publication; readers see the correction's own date beside it. */
    private LocalDateTime firstPublication(long id) {
        LocalDateTime first = get(id).getPublishedAt();
        return first == null ? UtcTime.now() : first;
    }

    private Transition<Article> step(long id, PublishStep expected) {
        return lifecycle.from(id, PublicationStatus.PUBLISHING).eq("publish_step", expected.name());
    }

    private static ArticleRevision revisionOf(Article article) {
        ArticleRevision revision = new ArticleRevision();
        revision.setArticleId(article.getId());
        revision.setRevision(article.getRevision());
        revision.setTitle(article.getTitle());
        revision.setAuthor(article.getAuthor());
        revision.setDigest(article.getDigest());
        revision.setBody(article.getBody());
        revision.setSectionKey(article.getSectionKey());
        revision.setLanguage(article.getLanguage());
        revision.setCreatedAt(article.getUpdatedAt());
        return revision;
    }
}
