package org.lotus.mp.audio.web;

import java.time.LocalDateTime;
import java.util.List;
import org.lotus.mp.audio.AudioClip;

/** A clip of the library as the API shows it; {@code usedBy} lists "section:KEY", "article:ID", "reply:KEY" and "keyword-answer:ID". */
record AudioView(
        long id,
        String title,
        int durationSeconds,
        int sizeBytes,
        String mp3Url,
        boolean sentToWechat,
        LocalDateTime createdAt,
        String createdBy,
        List<String> usedBy) {

    static AudioView of(AudioClip clip, List<String> usedBy) {
        return new AudioView(
                clip.getId(),
                clip.getTitle(),
                clip.durationSeconds(),
                clip.getSizeBytes(),
                "/api/audio/" + clip.getId() + "/mp3",
                clip.getWechatMediaId() != null,
                clip.getCreatedAt(),
                clip.getCreatedBy(),
                usedBy);
    }
}
