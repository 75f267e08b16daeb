package org.lotus.mp.cms;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lotus.mp.audio.ArticleAudio;
import org.lotus.mp.audio.AudioClip;
import org.lotus.mp.audio.AudioInUseException;
import org.lotus.mp.audio.AudioLibrary;
import org.lotus.mp.audio.AudioRefusedException;
import org.lotus.mp.audio.Ffmpeg;
import org.lotus.mp.audit.AuditLog;
import org.lotus.mp.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The audio library page (Audio / 语音素材): record in the browser or upload a file, listen, delete. A recording is
 * sent by the page's script (answered in JSON so the recording stays in the page when it is refused); a file by the
 * plain form (re-shown with its title and the reason when refused).
 */
@Controller
@PreAuthorize("hasAnyRole('EDITOR','MODERATOR')")
class AudioPagesController {

    /** A clip as the page lists it (public so templates can read it). */
    public record ClipRow(long id, String title, int seconds, String addedAt, String addedBy, List<String> usedBy) {}

    private final AudioLibrary library;
    private final ArticleAudio articleAudio;
    private final AuditLog audit;
    private final MessageSource messages;

    AudioPagesController(AudioLibrary library, ArticleAudio articleAudio, AuditLog audit, MessageSource messages) {
        this.library = library;
        this.articleAudio = articleAudio;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/cms/audio")
    String list(Model model, Locale locale) {
        model.addAttribute(
                "clips",
                library.list().stream()
                        .map(c -> new ClipRow(
                                c.getId(),
                                c.getTitle(),
                                c.durationSeconds(),
                                CommentPagesController.paris(c.getCreatedAt()),
                                c.getCreatedBy(),
                                library.usedBy(c.getId()).stream()
                                        .map(u -> usage(u, locale))
                                        .toList()))
                        .toList());
        return "cms/audio";
    }

    /** A recording sent by the page's script: JSON in, JSON out, so a refused recording is not lost. */
    @PostMapping(path = "/cms/audio", headers = "X-Requested-With=fetch")
    ResponseEntity<Map<String, Object>> addRecording(
            @RequestParam MultipartFile file,
            @RequestParam(defaultValue = "") String title,
            Principal staff,
            Locale locale)
            throws IOException {
        try (InputStream content = file.getInputStream()) {
            AudioClip clip = library.add(content, title, staff.getName());
            audit.record("audio.add", "audio", clip.getId(), "recorded");
            return ResponseEntity.status(201).body(Map.of("id", clip.getId()));
        } catch (AudioRefusedException e) {
            return ResponseEntity.badRequest().body(Map.of("field", e.field(), "error", message(e, locale)));
        } catch (Ffmpeg.UnavailableException e) {
            return ResponseEntity.status(503)
                    .body(Map.of("field", "file", "error", messages.getMessage("audio.noFfmpeg", null, locale)));
        }
    }

    @PostMapping("/cms/audio")
    String addFile(
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "") String title,
            Principal staff,
            Locale locale,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        try (InputStream content = file == null ? InputStream.nullInputStream() : file.getInputStream()) {
            AudioClip clip = library.add(content, title, staff.getName());
            audit.record("audio.add", "audio", clip.getId(), "uploaded");
            redirect.addFlashAttribute("notice", "audio.added");
            return "redirect:/cms/audio";
        } catch (AudioRefusedException e) {
            model.addAttribute("problem", message(e, locale));
            model.addAttribute("problemField", e.field());
        } catch (Ffmpeg.UnavailableException e) {
            model.addAttribute("problem", messages.getMessage("audio.noFfmpeg", null, locale));
        }
        model.addAttribute("typedTitle", title);
        return list(model, locale);
    }

    @GetMapping("/cms/audio/{id}/mp3")
    ResponseEntity<Resource> mp3(@PathVariable long id) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .contentType(MediaType.parseMediaType("audio/mpeg"))
                .body(new FileSystemResource(library.file(find(id))));
    }

    @PostMapping("/cms/audio/{id}/delete")
    String delete(@PathVariable long id, Locale locale, RedirectAttributes redirect) throws IOException {
        try {
            library.delete(find(id));
            audit.record("audio.delete", "audio", id, null);
            redirect.addFlashAttribute("notice", "audio.deleted");
        } catch (AudioInUseException e) {
            redirect.addFlashAttribute(
                    "problem",
                    messages.getMessage(
                            "audio.inUse",
                            new Object[] {
                                String.join(
                                        ", ",
                                        e.usedBy().stream()
                                                .map(u -> usage(u, locale))
                                                .toList())
                            },
                            locale));
        }
        return "redirect:/cms/audio";
    }

    /** "section:news" as "Rubrique news", "article:12" as "Article 12". */
    private String usage(String usedBy, Locale locale) {
        int colon = usedBy.indexOf(':');
        return messages.getMessage(
                "audio.usedBy." + usedBy.substring(0, colon), new Object[] {usedBy.substring(colon + 1)}, locale);
    }

    /** An article's audio version, chosen on the article's page (the API: {@code PUT /api/articles/{id}/audio}). */
    @PostMapping("/cms/articles/{id}/audio")
    @PreAuthorize("hasRole('EDITOR')")
    String chooseArticleAudio(
            @PathVariable long id, @RequestParam(required = false) Long audioId, RedirectAttributes redirect) {
        Long chosen = audioId == null ? null : find(audioId).getId();
        if (!articleAudio.attach(id, chosen)) {
            throw new NotFoundException("article", id);
        }
        audit.record("article.audio", "article", id, chosen == null ? "removed" : "audio " + chosen);
        redirect.addFlashAttribute("notice", "articles.audio.saved");
        return "redirect:/cms/articles/" + id;
    }

    private String message(AudioRefusedException e, Locale locale) {
        return messages.getMessage(e.messageKey(), new Object[] {e.limit()}, locale);
    }

    private AudioClip find(long id) {
        return library.find(id).orElseThrow(() -> new NotFoundException("audio", id));
    }
}
