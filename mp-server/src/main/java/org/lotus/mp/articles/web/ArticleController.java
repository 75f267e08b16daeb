package org.lotus.mp.articles.web;

import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import org.lotus.content.InvalidContentException;
import org.lotus.content.PublicationStatus;
import org.lotus.content.article.ArticleRevision;
import org.lotus.content.article.Articles;
import org.lotus.content.image.ContentImages;
import org.lotus.mp.LotusSettings;
import org.lotus.mp.audit.AuditLog;
import org.lotus.mp.publishing.ContentEditing;
import org.lotus.mp.publishing.PublishingSchedule;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/articles")
@PreAuthorize("hasRole('EDITOR')")
class ArticleController {

    private final Articles articles;
    private final ContentImages images;
    private final PublishingSchedule schedule;
    private final ContentEditing editing;
    private final AuditLog audit;
    private final String publicBaseUrl;

    ArticleController(
            Articles articles,
            ContentImages images,
            PublishingSchedule schedule,
            ContentEditing editing,
            AuditLog audit,
            LotusSettings settings) {
        this.articles = articles;
        this.images = images;
        this.schedule = schedule;
        this.editing = editing;
        this.audit = audit;
        this.publicBaseUrl = settings.publicBaseUrl();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ArticleView create(@Valid @RequestBody ArticleRequest request) {
        checkCover(request.coverImageId());
        var article = articles.create(request.draft());
        audit.record("article.created", "article", article.getId(), null);
        return view(article);
    }

    @GetMapping
    List<ArticleView> list(
            @RequestParam(required = false) PublicationStatus status, @RequestParam(required = false) String section) {
        return articles.list(status, section).stream().map(this::view).toList();
    }

    @GetMapping("/{id}")
    ArticleView show(@PathVariable long id) {
        return view(articles.get(id));
    }

    @GetMapping("/{id}/revisions")
    List<ArticleRevision> revisions(@PathVariable long id) {
        articles.get(id);
        return articles.revisions(id);
    }

    @PutMapping("/{id}")
    ArticleView update(@PathVariable long id, @Valid @RequestBody ArticleRequest request) {
        checkCover(request.coverImageId());
        var article = articles.update(id, request.draft());
        audit.record("article.updated", "article", id, "revision " + article.getRevision());
        return view(article);
    }

    /**
     * Corrects a published article: rewritten at once (400 with the findings if a blocked term remains), shown on our
     * page with its correction date, and replaced on WeChat by the publishing job.
     */
    @PostMapping("/{id}/correct")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ArticleView correct(@PathVariable long id, @Valid @RequestBody ArticleRequest request) {
        checkCover(request.coverImageId());
        var article = editing.correctArticle(id, request.draft()).content();
        audit.record("article.corrected", "article", id, "revision " + article.getRevision());
        return view(article);
    }

    @PostMapping("/{id}/schedule")
    ArticleView schedule(@PathVariable long id, @RequestBody PublishAt request) {
        Instant at = request.instant();
        var article = schedule.scheduleArticle(id, at);
        audit.record("article.scheduled", "article", id, at.toString());
        return view(article);
    }

    @DeleteMapping("/{id}/schedule")
    ArticleView unschedule(@PathVariable long id) {
        var article = schedule.unscheduleArticle(id);
        audit.record("article.unscheduled", "article", id, null);
        return view(article);
    }

    @PostMapping("/{id}/publish")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ArticleView publishNow(@PathVariable long id) {
        var article = schedule.publishArticleNow(id);
        audit.record("article.scheduled", "article", id, "publish now");
        return view(article);
    }

    private void checkCover(Long coverImageId) {
        if (coverImageId != null && !images.exists(coverImageId)) {
            throw new InvalidContentException("coverImageId", "unknownImage", "no such image");
        }
    }

    private ArticleView view(org.lotus.content.article.Article article) {
        return ArticleView.of(article, publicBaseUrl);
    }
}
