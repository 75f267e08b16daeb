package org.lotus.mp.audio.web;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lotus.mp.audio.AudioClip;
import org.lotus.mp.audio.AudioInUseException;
import org.lotus.mp.audio.AudioLibrary;
import org.lotus.mp.audio.AudioRefusedException;
import org.lotus.mp.audio.Ffmpeg;
import org.lotus.mp.audit.AuditLog;
import org.lotus.mp.web.InvalidFieldException;
import org.lotus.mp.web.NotFoundException;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The audio library's API: editors and moderators add sounds (multipart {@code file}, {@code title}), list, play, delete. */
@RestController
@RequestMapping("/api/audio")
@PreAuthorize("hasAnyRole('EDITOR','MODERATOR')")
class AudioController {

    private final AudioLibrary library;
    private final AudioRefusals refusals;
    private final AuditLog audit;

    AudioController(AudioLibrary library, AudioRefusals refusals, AuditLog audit) {
        this.library = library;
        this.refusals = refusals;
        this.audit = audit;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<AudioView> add(
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String title,
            Principal staff)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidFieldException(
                    "file", "Choisissez un fichier son ou enregistrez-vous · 请选择音频文件或先录音", "audioFile");
        }
        AudioClip clip;
        try (InputStream content = file.getInputStream()) {
            clip = library.add(content, title, staff.getName());
        } catch (AudioRefusedException e) {
            throw InvalidFieldException.worded(
                    e.field(),
                    refusals.bilingual(e),
                    e.messageKey(),
                    refusals.in(org.springframework.context.i18n.LocaleContextHolder.getLocale(), e));
        }
        audit.record("audio.add", "audio", clip.getId(), null);
        return ResponseEntity.status(HttpStatus.CREATED).body(AudioView.of(clip, List.of()));
    }

    @GetMapping
    List<AudioView> list() {
        return library.list().stream()
                .map(clip -> AudioView.of(clip, library.usedBy(clip.getId())))
                .toList();
    }

    @GetMapping("/{id}")
    AudioView one(@PathVariable long id) {
        return AudioView.of(find(id), library.usedBy(id));
    }

    @GetMapping("/{id}/mp3")
    ResponseEntity<Resource> mp3(@PathVariable long id) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .contentType(MediaType.parseMediaType("audio/mpeg"))
                .header("X-Content-Type-Options", "nosniff")
                .body(new FileSystemResource(library.file(find(id))));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) throws IOException {
        library.delete(find(id));
        audit.record("audio.delete", "audio", id, null);
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(AudioInUseException.class)
    ResponseEntity<Map<String, Object>> inUse(AudioInUseException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", 409);
        body.put("error", "Ce son est utilisé : retirez-le d'abord · 该语音正在使用中，请先取消使用");
        body.put("usedBy", e.usedBy());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
    }

    @ExceptionHandler(Ffmpeg.UnavailableException.class)
    ResponseEntity<Map<String, Object>> noFfmpeg(Ffmpeg.UnavailableException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", 503);
        body.put("error", "ffmpeg manque sur le serveur · 服务器缺少 ffmpeg: " + e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(body);
    }

    private AudioClip find(long id) {
        return library.find(id).orElseThrow(() -> new NotFoundException("audio", id));
    }
}
