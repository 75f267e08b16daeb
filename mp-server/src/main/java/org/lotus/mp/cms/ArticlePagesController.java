package org.lotus.mp.cms;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.lotus.content.InvalidContentException;
import org.lotus.content.StatusConflictException;
import org.lotus.content.article.Article;
import org.lotus.content.article.ArticleDraft;
import org.lotus.content.article.ArticleHtml;
import org.lotus.content.article.Articles;
import org.lotus.content.image.ContentImages;
import org.lotus.content.section.Sections;
import org.lotus.mp.articles.web.ContentMessages;
import org.lotus.mp.audit.AuditLog;
import org.lotus.mp.lexicon.CurrentLexicon;
import org.lotus.mp.publishing.ContentEditing;
import org.lotus.mp.publishing.PublishingSchedule;
import org.lotus.mp.web.NotFoundException;
import org.lotus.sensitivewords.Language;
import org.lotus.sensitivewords.RewriteResult;
import org.lotus.sensitivewords.TextFormat;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Articles in the CMS: write with a live "as it will be published" view, schedule in Paris time, publish now. */
@Controller
class ArticlePagesController {

    private final Articles articles;
    private final Sections sections;
    private final ContentImages images;
    private final PublishingSchedule schedule;
    private final CurrentLexicon lexicon;
    private final ContentEditing editing;
    private final MessageSource messages;
    private final PageActions actions;
    private final AuditLog audit;
    private final ArticleRows rows;

    ArticlePagesController(
            Articles articles,
            Sections sections,
            ContentImages images,
            PublishingSchedule schedule,
            CurrentLexicon lexicon,
            ContentEditing editing,
            MessageSource messages,
            PageActions actions,
            AuditLog audit,
            ArticleRows rows) {
        this.articles = articles;
        this.sections = sections;
        this.images = images;
        this.schedule = schedule;
        this.lexicon = lexicon;
        this.editing = editing;
        this.messages = messages;
        this.actions = actions;
        this.audit = audit;
        this.rows = rows;
    }

    @GetMapping("/cms/articles")
    String list(Model model) {
        model.addAttribute("articles", rows.of(articles.list(null, null)));
        return "cms/articles";
    }

    @GetMapping("/cms/articles/new")
    String initCreationForm(Model model) {
        Article blank = new Article();
        blank.setLanguage("zh");
        blank.setSectionKey("news");
        return form(blank, model);
    }

    @PostMapping("/cms/articles")
    String processCreationForm(
            @RequestParam String title,
            @RequestParam(defaultValue = "") String author,
            @RequestParam(defaultValue = "") String digest,
            @RequestParam String body,
            @RequestParam String section,
            @RequestParam(defaultValue = "zh") String language,
            @RequestParam(required = false) MultipartFile cover,
            Model model,
            Locale locale,
            RedirectAttributes redirect)
            throws IOException {
        ArticleDraft draft = new ArticleDraft(title, author, digest, body, section, language, coverId(cover, null));
        try {
            Article article = articles.create(draft);
            audit.record("article.created", "article", article.getId(), null);
            redirect.addFlashAttribute("notice", "articles.saved");
            return "redirect:/cms/articles/" + article.getId();
        } catch (InvalidContentException e) {
            return formWithError(unsaved(draft, null), e, model, locale);
        }
    }

    @GetMapping("/cms/articles/{id}")
    String initUpdateForm(@PathVariable long id, Model model) {
        return form(find(id), model);
    }

    @PostMapping("/cms/articles/{id}")
    String processUpdateForm(
            @PathVariable long id,
            @RequestParam String title,
            @RequestParam(defaultValue = "") String author,
            @RequestParam(defaultValue = "") String digest,
            @RequestParam String body,
            @RequestParam String section,
            @RequestParam(defaultValue = "zh") String language,
            @RequestParam(required = false) MultipartFile cover,
            Model model,
            Locale locale,
            RedirectAttributes redirect)
            throws IOException {
        Article current = find(id);
        ArticleDraft draft = new ArticleDraft(
                title, author, digest, body, section, language, coverId(cover, current.getCoverImageId()));
        try {
            if (current.live()) {
                editing.correctArticle(id, draft);
                audit.record("article.corrected", "article", id, null);
                redirect.addFlashAttribute("notice", "articles.corrected");
            } else {
                articles.update(id, draft);
                audit.record("article.updated", "article", id, null);
                redirect.addFlashAttribute("notice", "articles.saved");
            }
            return "redirect:/cms/articles/" + id;
        } catch (InvalidContentException e) {
            return formWithError(unsaved(draft, current), e, model, locale);
        } catch (StatusConflictException e) {
            // The publisher took it meanwhile: the text stays in the form, with what happened.
            model.addAttribute("problem", actions.changedMeanwhile(locale));
            return form(unsaved(draft, current), model);
        }
    }

    @PostMapping("/cms/articles/{id}/schedule")
    String schedule(@PathVariable long id, @RequestParam String publishAt, Locale locale, RedirectAttributes redirect) {
        // Shown again in the schedule form if the time is refused.
        redirect.addFlashAttribute("typedPublishAt", publishAt);
        find(id);
        return actions.run("/cms/articles/" + id, locale, redirect, "articles.scheduled", () -> {
            schedule.scheduleArticle(
                    id,
                    LocalDateTime.parse(publishAt)
                            .atZone(CommentPagesController.PARIS)
                            .toInstant());
            audit.record("article.scheduled", "article", id, publishAt + " Europe/Paris");
        });
    }

    @PostMapping("/cms/articles/{id}/unschedule")
    String unschedule(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        find(id);
        return actions.run("/cms/articles/" + id, locale, redirect, "articles.unscheduled", () -> {
            schedule.unscheduleArticle(id);
            audit.record("article.unscheduled", "article", id, null);
        });
    }

    @PostMapping("/cms/articles/{id}/publish")
    String publishNow(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        find(id);
        return actions.run("/cms/articles/" + id, locale, redirect, "articles.publishing", () -> {
            schedule.publishArticleNow(id);
            audit.record("article.publish-now", "article", id, null);
        });
    }

    /** The body as it will be published: rewritten, with replacements and blocked terms marked. */
    @PostMapping("/cms/articles/preview")
    String preview(@RequestParam String body, @RequestParam(defaultValue = "zh") String language, Model model) {
        String clean = ArticleHtml.sanitise(body);
        RewriteResult result =
                lexicon.rewrite(clean, TextFormat.HTML, "fr".equals(language) ? Language.FR : Language.ZH);
        model.addAttribute("marked", PublishedView.mark(clean, result));
        model.addAttribute("replacements", result.replacements().size());
        model.addAttribute("findings", result.findings());
        return "cms/article-preview";
    }

    private String form(Article article, Model model) {
        model.addAttribute("article", article);
        model.addAttribute("statusReasonShown", rows.reason(article));
        model.addAttribute("sections", sections.all());
        model.addAttribute(
                "publishAtParis",
                article.getPublishAt() == null
                        ? ""
                        : article.getPublishAt()
                                .atOffset(ZoneOffset.UTC)
                                .atZoneSameInstant(CommentPagesController.PARIS)
                                .toLocalDateTime()
                                .toString());
        model.addAttribute("nowParis", ParisTime.nowInput());
        model.addAttribute("publishAtShown", ParisTime.shown(article.getPublishAt()));
        model.addAttribute("correctedAtShown", ParisTime.shown(article.getCorrectedAt()));
        model.addAttribute("live", article.live());
        if (article.getBody() != null) {
            String clean = ArticleHtml.sanitise(article.getBody());
            RewriteResult result = lexicon.rewrite(
                    clean, TextFormat.HTML, "fr".equals(article.getLanguage()) ? Language.FR : Language.ZH);
            model.addAttribute("marked", PublishedView.mark(clean, result));
            model.addAttribute("replacements", result.replacements().size());
            model.addAttribute("findings", result.findings());
        }
        return "cms/article";
    }

    private String formWithError(Article unsaved, InvalidContentException e, Model model, Locale locale) {
        model.addAttribute("fieldError", e.field());
        model.addAttribute("problem", ContentMessages.of(e, messages, locale));
        return form(unsaved, model);
    }

    private static Article unsaved(ArticleDraft draft, Article current) {
        Article article = new Article();
        if (current != null) {
            article.setId(current.getId());
            article.setStatus(current.getStatus());
            article.setStatusReason(current.getStatusReason());
            article.setPublishAt(current.getPublishAt());
            article.setPublishedAt(current.getPublishedAt());
            article.setCorrectedAt(current.getCorrectedAt());
            article.setWechatUrl(current.getWechatUrl());
        }
        article.setTitle(draft.title());
        article.setAuthor(draft.author());
        article.setDigest(draft.digest());
        article.setBody(ArticleHtml.sanitise(draft.body())); // the editor loads it as HTML: never unsanitised
        article.setSectionKey(draft.section());
        article.setLanguage(draft.language());
        article.setCoverImageId(draft.coverImageId());
        return article;
    }

    private Long coverId(MultipartFile cover, Long current) throws IOException {
        if (cover == null || cover.isEmpty()) {
            return current;
        }
        try {
            return images.store(cover.getContentType(), cover.getBytes()).getId();
        } catch (InvalidContentException e) {
            throw e;
        }
    }

    private Article find(long id) {
        return articles.find(id).orElseThrow(() -> new NotFoundException("article", id));
    }
}
