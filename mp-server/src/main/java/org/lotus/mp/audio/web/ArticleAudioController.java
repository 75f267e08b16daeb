package org.lotus.mp.audio.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.lotus.content.PublicationStatus;
import org.lotus.content.article.Article;
import org.lotus.content.article.Articles;
import org.lotus.mp.audio.ArticleAudio;
import org.lotus.mp.audio.AudioLibrary;
import org.lotus.mp.audit.AuditLog;
import org.lotus.mp.web.InvalidFieldException;
import org.lotus.mp.web.NotFoundException;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * An article's audio version: editors set it ({@code PUT /api/articles/{id}/audio {audioId}}, null removes it);
 * readers' phones play it from the published article's page, and only from a published article.
 */
@RestController
class ArticleAudioController {

    record AudioChoice(Long audioId) {}

    private final Articles articles;
    private final ArticleAudio articleAudio;
    private final AudioLibrary library;
    private final AuditLog audit;

    ArticleAudioController(Articles articles, ArticleAudio articleAudio, AudioLibrary library, AuditLog audit) {
        this.articles = articles;
        this.articleAudio = articleAudio;
        this.library = library;
        this.audit = audit;
    }

    @PutMapping(path = "/api/articles/{id}/audio", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('EDITOR')")
    Map<String, Object> choose(@PathVariable long id, @RequestBody AudioChoice choice) {
        articles.find(id).orElseThrow(() -> new NotFoundException("article", id));
        if (choice.audioId() != null && library.find(choice.audioId()).isEmpty()) {
            throw new InvalidFieldException(
                    "audioId", "Ce son n’existe pas dans la bibliothèque · 素材库里没有这段语音", "unknownClip");
        }
        articleAudio.attach(id, choice.audioId());
        audit.record(
                "article.audio", "article", id, choice.audioId() == null ? "removed" : "audio " + choice.audioId());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("audioId", choice.audioId());
        return body;
    }

    @GetMapping("/m/articles/{id:\\d{1,18}}/audio.mp3")
    ResponseEntity<Resource> play(@PathVariable long id) {
        Article article = articles.find(id)
                .filter(a -> a.getStatus() == PublicationStatus.PUBLISHED)
                .orElseThrow(() -> new NotFoundException("article", id));
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noCache())
                .contentType(MediaType.parseMediaType("audio/mpeg"))
                .body(new FileSystemResource(
                        articleAudio.file(article).orElseThrow(() -> new NotFoundException("article audio", id))));
    }
}
