package org.lotus.mp.cms;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.lotus.mp.comments.VoiceNotes;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The dashboard card of voice notes nobody has listened to yet, with their age, and the median time to first listen
 * over 30 days: a voice note without a transcription must never wait unseen. Moderators only.
 */
@ControllerAdvice(assignableTypes = DashboardController.class)
class VoiceNotesCard {

    /** A voice note waiting to be heard (public so templates can read it). */
    public record Waiting(long id, String receivedAt, String age) {}

    /** What the card shows (public so templates can read it); {@code median} is null without data. */
    public record Card(long count, List<Waiting> oldest, String median) {}

    private final VoiceNotes voiceNotes;

    VoiceNotesCard(VoiceNotes voiceNotes) {
        this.voiceNotes = voiceNotes;
    }

    @ModelAttribute("voiceCard")
    Card voiceCard(Authentication authentication, Locale locale) {
        boolean moderator = authentication != null
                && authentication.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_MODERATOR")
                                || a.getAuthority().equals("ROLE_ADMIN"));
        if (!moderator) {
            return null;
        }
        boolean zh = "zh".equals(locale.getLanguage());
        List<Waiting> oldest = voiceNotes.unlistened(10).stream()
                .map(u -> new Waiting(u.id(), CommentPagesController.paris(u.receivedAt()), age(u.age(), zh)))
                .toList();
        return new Card(
                voiceNotes.unlistenedCount(),
                oldest,
                voiceNotes.medianTimeToFirstListen(30).map(d -> age(d, zh)).orElse(null));
    }

    static String age(Duration duration, boolean zh) {
        long minutes = Math.max(0, duration.toMinutes());
        if (minutes < 60) {
            return zh ? minutes + "分钟" : minutes + " min";
        }
        if (minutes < 48 * 60) {
            long hours = minutes / 60;
            long rest = minutes % 60;
            return zh
                    ? hours + "小时" + (rest > 0 ? rest + "分钟" : "")
                    : hours + " h" + (rest > 0 ? " " + rest + " min" : "");
        }
        long days = minutes / (24 * 60);
        return zh ? days + "天" : days + " j";
    }
}
