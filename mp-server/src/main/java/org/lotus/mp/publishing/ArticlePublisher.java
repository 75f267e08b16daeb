package org.lotus.mp.publishing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.lotus.content.Finding;
import org.lotus.content.article.Article;
import org.lotus.content.article.ArticleHtml;
import org.lotus.content.article.Articles;
import org.lotus.content.image.ContentImage;
import org.lotus.content.image.ContentImages;
import org.lotus.mp.audit.AuditLog;
import org.lotus.mp.publishing.ContentRewriter.Rewritten;
import org.lotus.mp.publishing.WechatCallException.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Brings one due article to WeChat: rewrite, upload cover and body images, {@code draft/add}, then
 * {@code freepublish/submit}. Each step is recorded before the next, so a retry resumes where the last attempt stopped
 * and the submit happens at most once (see docs/adr/0002-exactly-once-publishing.md).
 */
@Component
class ArticlePublisher {

    private static final Logger log = LoggerFactory.getLogger(ArticlePublisher.class);

    private final Articles articles;
    private final ContentImages images;
    private final WechatPublishingApi wechat;
    private final ObjectProvider<ContentRewriter> rewriter;
    private final AuditLog audit;

    ArticlePublisher(
            Articles articles,
            ContentImages images,
            WechatPublishingApi wechat,
            ObjectProvider<ContentRewriter> rewriter,
            AuditLog audit) {
        this.articles = articles;
        this.images = images;
        this.wechat = wechat;
        this.rewriter = rewriter;
        this.audit = audit;
    }

    void publish(long id) {
        Article article = articles.find(id).orElse(null);
        if (article == null) {
            return;
        }
        switch (article.getStatus()) {
            case SCHEDULED -> {
                if (!articles.claim(id)) {
                    return;
                }
                log.info("article {} publishing", id);
                article = articles.get(id);
            }
            case PUBLISHING -> log.info("article {} resuming at {}", id, article.getPublishStep());
            default -> {
                return;
            }
        }
        try {
            switch (article.getPublishStep()) {
                case PREPARING -> {
                    if (prepare(article)) {
                        submit(articles.get(id));
                    }
                }
                case DRAFTED -> submit(article);
                case SUBMITTING -> uncertain(id, "the instance stopped while submitting");
                case SUBMITTED -> log.info("article {} waits for WeChat's verdict", id);
            }
        } catch (WechatCallException e) {
            handle(id, e);
        }
    }

    /** Called once retries are exhausted. */
    void giveUp(long id, String lastError) {
        if (articles.fail(id, "WeChat kept failing, gave up: " + lastError)) {
            log.warn("article {} failed after retries", id);
            audit.record("article.failed", "article", id, "retries exhausted");
        }
    }

    private boolean prepare(Article article) throws WechatCallException {
        long id = article.getId();
        ContentRewriter lexicon = rewriter.getIfAvailable();
        if (lexicon == null) {
            hold(id, "no rewriter is available: nothing is published unrewritten", List.of());
            return false;
        }
        Rewritten title = lexicon.rewriteText(article.getTitle(), article.getLanguage());
        Rewritten digest = lexicon.rewriteText(nullToEmpty(article.getDigest()), article.getLanguage());
        Rewritten body = lexicon.rewriteHtml(article.getBody(), article.getLanguage());
        List<Finding> findings = new ArrayList<>();
        collect("title", title, findings);
        collect("digest", digest, findings);
        collect("body", body, findings);
        if (!findings.isEmpty()) {
            hold(id, "blocked terms need rewording", findings);
            return false;
        }
        if (!wechat.configured()) {
            ownPagesOnly(id, title, digest, body, "WeChat credentials are not configured");
            return false;
        }
        try {
            if (article.getReplacesArticleId() != null && !deleteReplaced(article)) {
                return false;
            }
            String thumb = uploadCover(article);
            String wechatBody = uploadBodyImages(body.text());
            String draft = wechat.addDraft(title.text(), article.getAuthor(), digest.text(), wechatBody, thumb);
            articles.drafted(id, draft, title.text(), digest.text(), body.text());
            return true;
        } catch (WechatCallException e) {
            if (e.kind() == Kind.UNAUTHORIZED) {
                ownPagesOnly(id, title, digest, body, e.getMessage());
                return false;
            }
            throw e;
        }
    }

    /**
     * A correction: the publication it replaces is deleted first, so readers never find two versions. A refusal
     * ends the article FAILED with WeChat's reason; our own page keeps the corrected text meanwhile.
     */
    private boolean deleteReplaced(Article article) throws WechatCallException {
        long id = article.getId();
        String old = article.getReplacesArticleId();
        try {
            wechat.deletePublished(old);
        } catch (WechatCallException e) {
            if (e.kind() == Kind.REJECTED) {
                fail(
                        id,
                        "WeChat refused to delete the previous publication (" + e.getMessage() + "): "
                                + "delete it in WeChat's back office, then publish again");
                return false;
            }
            throw e;
        }
        log.info("article {}: previous WeChat publication deleted", id);
        audit.record("article.wechat-deleted", "article", id, "replaced by a correction");
        return articles.replaced(id, old);
    }

    private void submit(Article article) throws WechatCallException {
        long id = article.getId();
        if (!articles.beginSubmit(id)) {
            return;
        }
        String publishId;
        try {
            publishId = wechat.submit(article.getDraftMediaId());
        } catch (WechatCallException e) {
            if (e.kind() == Kind.UNCERTAIN) {
                uncertain(id, e.getMessage());
                return;
            }
            articles.submitNotAccepted(id);
            if (e.kind() == Kind.UNAUTHORIZED && articles.publishedOnOwnPages(id, e.getMessage())) {
                log.info("article {} published on our pages only", id);
                audit.record("article.published", "article", id, "own pages only: " + e.getMessage());
                return;
            }
            throw e;
        }
        articles.submitted(id, publishId);
        log.info("article {} submitted to WeChat", id);
        audit.record("article.submitted", "article", id, "publish_id " + publishId);
    }

    private void handle(long id, WechatCallException e) {
        switch (e.kind()) {
            case TRANSIENT -> throw new TransientPublishingFailure("article " + id + ": " + e.getMessage());
            case QUOTA -> fail(id, "WeChat's daily quota is used up (" + e.errcode() + "); schedule it again later");
            default -> fail(id, "WeChat refused it: " + e.getMessage());
        }
    }

    private void fail(long id, String reason) {
        if (articles.fail(id, reason)) {
            log.warn("article {} failed", id);
            audit.record("article.failed", "article", id, reason);
        }
    }

    private void hold(long id, String reason, List<Finding> findings) {
        if (articles.holdForReview(id, reason, findings)) {
            log.info("article {} held for review", id);
            audit.record("article.held", "article", id, reason);
        }
    }

    private void uncertain(long id, String why) {
        hold(
                id,
                "WeChat may have received the submission (" + why + "): check the account's published articles "
                        + "before publishing again",
                List.of());
    }

    private void ownPagesOnly(long id, Rewritten title, Rewritten digest, Rewritten body, String why) {
        if (articles.drafted(id, null, title.text(), digest.text(), body.text())
                && articles.publishedOnOwnPages(id, "published on our pages only: " + why)) {
            log.info("article {} published on our pages only", id);
            audit.record("article.published", "article", id, "own pages only");
        }
    }

    private String uploadCover(Article article) throws WechatCallException {
        ContentImage cover = article.getCoverImageId() == null
                ? null
                : images.find(article.getCoverImageId()).orElse(null);
        return cover == null
                ? wechat.uploadDefaultCover()
                : wechat.uploadCover(cover.getData(), cover.getContentType());
    }

    /** WeChat shows only images it hosts: each of ours is uploaded and its {@code src} replaced. */
    private String uploadBodyImages(String html) throws WechatCallException {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        for (Element img : document.select("img")) {
            Matcher own = ArticleHtml.OWN_IMAGE.matcher(img.attr("src"));
            ContentImage image =
                    own.matches() ? images.find(Long.parseLong(own.group(1))).orElse(null) : null;
            if (image == null) {
                img.remove();
                continue;
            }
            img.attr("src", wechat.uploadBodyImage(image.getData(), image.getContentType()));
        }
        return document.body().html();
    }

    private static void collect(String field, Rewritten rewritten, List<Finding> findings) {
        rewritten.blocked().forEach(b -> findings.add(new Finding(field, b.start(), b.end(), b.term(), b.category())));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
