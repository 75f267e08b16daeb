package org.lotus.mp.cms;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.lotus.mp.audio.AudioLibrary;
import org.lotus.mp.comments.VoiceNotes;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the inbox needs for voice (the clips a mediator may answer with, which voice notes nobody heard yet), and the
 * article form the clips it may take as audio version.
 */
@ControllerAdvice(
        assignableTypes = {CommentPagesController.class, ConversationPagesController.class, ArticlePagesController.class
        })
class VoiceInboxModel {

    /** A clip offered as an answer (public so templates can read it). */
    public record Clip(long id, String title, int seconds) {}

    private final AudioLibrary library;
    private final VoiceNotes voiceNotes;

    VoiceInboxModel(AudioLibrary library, VoiceNotes voiceNotes) {
        this.library = library;
        this.voiceNotes = voiceNotes;
    }

    @ModelAttribute("audioClips")
    List<Clip> audioClips() {
        return library.list().stream()
                .map(c -> new Clip(c.getId(), c.getTitle(), c.durationSeconds()))
                .toList();
    }

    @ModelAttribute("unlistenedIds")
    Set<Long> unlistenedIds() {
        return voiceNotes.unlistened(500).stream()
                .map(VoiceNotes.Unlistened::id)
                .collect(Collectors.toSet());
    }
}
