package org.lotus.mp.replies.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.lotus.content.section.Section;
import org.lotus.content.section.Sections;
import org.lotus.mp.audio.AudioLibrary;
import org.lotus.mp.replies.ReaderTexts;
import org.lotus.mp.replies.SectionTexts;
import org.lotus.mp.web.InvalidFieldException;
import org.lotus.mp.web.NotFoundException;
import org.lotus.sensitivewords.Replacement;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The menu sections over the API: name, reply kind ({@code text}, {@code latest-article}, {@code page}) and reply
 * text, rewritten on save and served rewritten. Keys never change. Editors.
 */
@RestController
@PreAuthorize("hasRole('EDITOR')")
class SectionsController {

    record SectionRequest(
            @NotBlank @Size(max = 60) String name,
            @NotBlank String replyKind,
            @NotBlank @Size(max = 4000) String replyText,
            @Size(max = 64) String nameFr,
            @Size(max = 4000) String replyTextFr,
            String group,
            @Min(1) @Max(99) Integer position,
            Boolean enabled,
            Long audioId) {}

    record SectionView(
            String key,
            String name,
            String nameFr,
            String group,
            int position,
            String replyKind,
            String replyText,
            String replyTextFr,
            String served,
            boolean enabled,
            String pageUrl,
            Long audioId,
            List<Replacement> replacements) {}

    private final Sections sections;
    private final SectionTexts texts;
    private final ReaderTexts served;
    private final AudioLibrary audio;

    SectionsController(Sections sections, SectionTexts texts, ReaderTexts served, AudioLibrary audio) {
        this.sections = sections;
        this.texts = texts;
        this.served = served;
        this.audio = audio;
    }

    @GetMapping("/api/sections")
    List<SectionView> list() {
        return sections.all().stream().map(s -> view(s, List.of())).toList();
    }

    @GetMapping("/api/sections/{key}")
    SectionView show(@PathVariable String key) {
        return view(find(key), List.of());
    }

    @PutMapping(path = "/api/sections/{key}", consumes = MediaType.APPLICATION_JSON_VALUE)
    SectionView update(@PathVariable String key, @Valid @RequestBody SectionRequest request) {
        Section section = find(key);
        section.setNameZh(request.name());
        section.setReplyKind(SectionTexts.kind(request.replyKind()));
        section.setReplyText(request.replyText());
        if (request.nameFr() != null && !request.nameFr().isBlank()) {
            section.setNameFr(request.nameFr().strip());
        }
        if (request.replyTextFr() != null) {
            section.setReplyTextFr(request.replyTextFr().strip());
        }
        if (request.group() != null) {
            if (sections.groups().stream().noneMatch(g -> g.getGroupKey().equals(request.group()))) {
                throw new InvalidFieldException("group", "no menu group " + request.group(), "unknownGroup");
            }
            section.setGroupKey(request.group());
        }
        if (request.position() != null) {
            section.setPosition(request.position());
        }
        if (request.enabled() != null) {
            section.setEnabled(request.enabled());
        }
        if (section.getReplyKind() == Section.ReplyKind.AUDIO) {
            if (request.audioId() == null || audio.find(request.audioId()).isEmpty()) {
                throw new InvalidFieldException(
                        "audioId", "an audio section needs a clip of the audio library", "audioRequired");
            }
            section.setAudioId(request.audioId());
        } else {
            section.setAudioId(null);
        }
        SectionTexts.Saved saved = texts.save(section);
        return view(saved.section(), saved.replacements());
    }

    private SectionView view(Section s, List<Replacement> replacements) {
        return new SectionView(
                s.getSectionKey(),
                s.getNameZh(),
                s.getNameFr(),
                s.getGroupKey(),
                s.getPosition() == null ? 0 : s.getPosition(),
                SectionTexts.code(s.getReplyKind()),
                s.getReplyText(),
                s.getReplyTextFr(),
                served.rewritten(s.getReplyText()),
                !Boolean.FALSE.equals(s.getEnabled()),
                "/m/sections/" + s.getSectionKey(),
                s.getAudioId(),
                replacements);
    }

    private Section find(String key) {
        return sections.find(key).orElseThrow(() -> new NotFoundException("section", key));
    }
}
