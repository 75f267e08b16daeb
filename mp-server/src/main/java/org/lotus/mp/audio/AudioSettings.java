package org.lotus.mp.audio;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The ffmpeg program ({@code LOTUS_FFMPEG}: a name looked up in the PATH, or an absolute path) and the limits WeChat
 * sets on voice material: at most 60 seconds and 2 MB once converted.
 */
@ConfigurationProperties("lotus.audio")
public record AudioSettings(
        String ffmpeg, Duration maxLength, DataSize maxVoiceSize, DataSize maxUpload, Duration conversionTimeout) {

    public AudioSettings {
        if (ffmpeg == null || ffmpeg.isBlank()) {
            ffmpeg = "ffmpeg";
        }
        if (maxLength == null) {
            maxLength = Duration.ofSeconds(60);
        }
        if (maxVoiceSize == null) {
            maxVoiceSize = DataSize.ofMegabytes(2);
        }
        if (maxUpload == null) {
            maxUpload = DataSize.ofMegabytes(20);
        }
        if (conversionTimeout == null) {
            conversionTimeout = Duration.ofSeconds(60);
        }
    }
}
