package org.lotus.content.article;

import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.UpdateWrapper;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.lotus.content.ContentNotFoundException;
import org.lotus.content.Finding;
import org.lotus.content.PublicationStatus;
import org.lotus.content.StatusConflictException;
import org.lotus.content.UtcTime;
import org.lotus.content.section.Sections;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The articles and their status. Every transition the publisher makes is a conditional UPDATE on the expected
 * status (and step), so two workers can never both move an article forward: the loser sees 0 rows.
 */
@Service
public class Articles {

    private static final Object[] EDITABLE = Arrays.stream(PublicationStatus.values())
            .filter(PublicationStatus::editable)
            .map(Enum::name)
            .toArray();

    private final ArticleMapper articles;
    private final ArticleRevisionMapper revisions;
    private final ArticleValidation validation;

    Articles(ArticleMapper articles, ArticleRevisionMapper revisions, Sections sections) {
        this.articles = articles;
        this.revisions = revisions;
        this.validation = new ArticleValidation(sections);
    }

    @Transactional
    public Article create(ArticleDraft draft) {
        Article article = new Article();
        validation.apply(draft, article);
        LocalDateTime now = UtcTime.now();
        article.setStatus(PublicationStatus.DRAFT);
        article.setRevision(1);
        article.setCreatedAt(now);
        article.setUpdatedAt(now);
        articles.insert(article);
        revisions.insert(revisionOf(article));
        return article;
    }

    /** Saves a new revision; an article held for review or failed goes back to DRAFT, a scheduled one stays. */
    @Transactional
    public Article update(long id, ArticleDraft draft) {
        Article article = get(id);
        if (!article.getStatus().editable()) {
            throw new StatusConflictException("article " + id + " is " + article.getStatus() + " and cannot change");
        }
        validation.apply(draft, article);
        UpdateWrapper<Article> where = new UpdateWrapper<Article>()
                .eq("id", id)
                .eq("revision", article.getRevision())
                .in("status", EDITABLE);
        if (article.getStatus() != PublicationStatus.SCHEDULED) {
            article.setStatus(PublicationStatus.DRAFT);
            article.setStatusReason(null);
            article.setFindings(null);
            where.set("status_reason", null).set("findings", null);
        }
        article.setRevision(article.getRevision() + 1);
        article.setUpdatedAt(UtcTime.now());
        int updated = articles.update(article, where);
        if (updated == 0) {
            throw new StatusConflictException("article " + id + " changed meanwhile");
        }
        revisions.insert(revisionOf(article));
        return article;
    }

    public Optional<Article> find(long id) {
        return Optional.ofNullable(articles.selectById(id));
    }

    public Article get(long id) {
        return find(id).orElseThrow(() -> new ContentNotFoundException("article", id));
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

    /** Published articles of a section, newest first. */
    public List<Article> published(String section) {
        return articles.selectList(new QueryWrapper<Article>()
                .eq("section_key", section)
                .eq("status", PublicationStatus.PUBLISHED.name())
                .orderByDesc("published_at")
                .orderByDesc("id"));
    }

    public Optional<Article> latestPublished(String section) {
        return published(section).stream().findFirst();
    }

    /** Sets the time; a fresh attempt forgets the previous one's WeChat ids and findings. */
    public Article schedule(long id, LocalDateTime publishAt) {
        int updated = articles.update(
                null,
                new UpdateWrapper<Article>()
                        .eq("id", id)
                        .in("status", EDITABLE)
                        .set("status", PublicationStatus.SCHEDULED.name())
                        .set("publish_at", publishAt)
                        .set("status_reason", null)
                        .set("findings", null)
                        .set("publish_step", null)
                        .set("draft_media_id", null)
                        .set("publish_id", null)
                        .set("submit_started_at", null)
                        .set("updated_at", UtcTime.now()));
        return requireChanged(id, updated, "scheduled");
    }

    public Article unschedule(long id) {
        int updated = articles.update(
                null,
                new UpdateWrapper<Article>()
                        .eq("id", id)
                        .eq("status", PublicationStatus.SCHEDULED.name())
                        .set("status", PublicationStatus.DRAFT.name())
                        .set("publish_at", null)
                        .set("updated_at", UtcTime.now()));
        return requireChanged(id, updated, "unscheduled");
    }

    public List<Article> scheduled() {
        return articles.selectList(new QueryWrapper<Article>().eq("status", PublicationStatus.SCHEDULED.name()));
    }

    /** SCHEDULED → PUBLISHING; false when someone else took it or staff unscheduled it. */
    public boolean claim(long id) {
        return articles.update(
                        null,
                        new UpdateWrapper<Article>()
                                .eq("id", id)
                                .eq("status", PublicationStatus.SCHEDULED.name())
                                .set("status", PublicationStatus.PUBLISHING.name())
                                .set("publish_step", PublishStep.PREPARING.name())
                                .set("updated_at", UtcTime.now()))
                == 1;
    }

    /** The draft exists at WeChat; the rewritten text is kept for our own pages. */
    public boolean drafted(long id, String draftMediaId, String title, String digest, String body) {
        return step(id, PublishStep.PREPARING)
                        .set("publish_step", PublishStep.DRAFTED.name())
                        .set("draft_media_id", draftMediaId)
                        .set("published_title", title)
                        .set("published_digest", digest)
                        .set("published_body", body)
                        .apply(articles)
                == 1;
    }

    /** Written before calling submit: whoever moves DRAFTED → SUBMITTING is the only one allowed to submit. */
    public boolean beginSubmit(long id) {
        return step(id, PublishStep.DRAFTED)
                        .isNull("publish_id")
                        .set("publish_step", PublishStep.SUBMITTING.name())
                        .set("submit_started_at", UtcTime.now())
                        .apply(articles)
                == 1;
    }

    public boolean submitted(long id, String publishId) {
        return step(id, PublishStep.SUBMITTING)
                        .set("publish_step", PublishStep.SUBMITTED.name())
                        .set("publish_id", publishId)
                        .apply(articles)
                == 1;
    }

    /** WeChat answered that it did not take the submission: it may be tried again. */
    public boolean submitNotAccepted(long id) {
        return step(id, PublishStep.SUBMITTING)
                        .set("publish_step", PublishStep.DRAFTED.name())
                        .set("submit_started_at", null)
                        .apply(articles)
                == 1;
    }

    public boolean holdForReview(long id, String reason, List<Finding> findings) {
        return end(id, PublicationStatus.NEEDS_REVIEW)
                        .set("status_reason", reason)
                        .set("findings", Finding.encode(findings))
                        .apply(articles)
                == 1;
    }

    public boolean fail(long id, String reason) {
        return end(id, PublicationStatus.FAILED).set("status_reason", reason).apply(articles) == 1;
    }

    /** Readers get the article through our own pages only (no WeChat credentials or no freepublish right). */
    public boolean publishedOnOwnPages(long id, String reason) {
        return end(id, PublicationStatus.PUBLISHED)
                        .set("status_reason", reason)
                        .set("published_at", UtcTime.now())
                        .apply(articles)
                == 1;
    }

    /** Ends the article submitted as {@code publishId}; empty when it was already ended (event and poll both came). */
    public Optional<Article> finish(
            String publishId, boolean success, String wechatArticleId, String url, String reason) {
        Article article = articles.selectOne(new QueryWrapper<Article>().eq("publish_id", publishId));
        if (article == null) {
            return Optional.empty();
        }
        Transition transition = end(article.getId(), success ? PublicationStatus.PUBLISHED : PublicationStatus.FAILED)
                .eq("publish_id", publishId)
                .set("status_reason", reason);
        if (success) {
            transition
                    .set("wechat_article_id", wechatArticleId)
                    .set("wechat_url", url)
                    .set("published_at", UtcTime.now());
        }
        return transition.apply(articles) == 1 ? find(article.getId()) : Optional.empty();
    }

    /** Submitted articles still waiting for WeChat's verdict since before {@code before}. */
    public List<Article> awaitingResult(LocalDateTime before) {
        return articles.selectList(new QueryWrapper<Article>()
                .eq("status", PublicationStatus.PUBLISHING.name())
                .eq("publish_step", PublishStep.SUBMITTED.name())
                .lt("submit_started_at", before));
    }

    private Article requireChanged(long id, int updated, String action) {
        Article article = get(id);
        if (updated == 0) {
            throw new StatusConflictException(
                    "article " + id + " is " + article.getStatus() + " and cannot be " + action);
        }
        return article;
    }

    private static Transition step(long id, PublishStep expected) {
        return new Transition(new UpdateWrapper<Article>()
                .eq("id", id)
                .eq("status", PublicationStatus.PUBLISHING.name())
                .eq("publish_step", expected.name()));
    }

    private static Transition end(long id, PublicationStatus target) {
        return new Transition(
                        new UpdateWrapper<Article>().eq("id", id).eq("status", PublicationStatus.PUBLISHING.name()))
                .set("status", target.name());
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

    /** A conditional UPDATE being built; always stamps {@code updated_at}. */
    private record Transition(UpdateWrapper<Article> where) {

        Transition set(String column, Object value) {
            where.set(column, value);
            return this;
        }

        Transition eq(String column, Object value) {
            where.eq(column, value);
            return this;
        }

        Transition isNull(String column) {
            where.isNull(column);
            return this;
        }

        int apply(ArticleMapper mapper) {
            where.set("updated_at", UtcTime.now());
            return mapper.update(null, where);
        }
    }
}
