package org.lotus.mp.comments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.lotus.mp.TemporaryFiles;
import org.lotus.mp.audio.Ffmpeg;
import org.springframework.stereotype.Component;

/**
 * Browsers do not play WeChat's AMR voice notes: converts them once to MP3 with the system's ffmpeg, and keeps the
 * MP3 beside the original.
 */
@Component
class AudioPlayback {

    static final String TYPE = "audio/mpeg";
    private static final Duration LONGEST_VOICE_NOTE = Duration.ofMinutes(5);

    private final MediaFiles files;
    private final Ffmpeg ffmpeg;
    private final TemporaryFiles temporaryFiles;

    AudioPlayback(MediaFiles files, Ffmpeg ffmpeg, TemporaryFiles temporaryFiles) {
        this.files = files;
        this.ffmpeg = ffmpeg;
        this.temporaryFiles = temporaryFiles;
    }

    Path playable(ReaderMessage message) throws IOException {
        Path original = files.resolve(message.getMediaFile());
        if (original.getFileName().toString().endsWith(".mp3")) {
            return original;
        }
        Path mp3 = files.resolve(message.getId() + ".play.mp3");
        if (Files.exists(mp3)) {
            return mp3;
        }
        Path temp = temporaryFiles.newFile("convert-", ".mp3");
        try {
            ffmpeg.toMp3(original, temp, LONGEST_VOICE_NOTE);
            files.directory();
            Files.move(temp, mp3, StandardCopyOption.REPLACE_EXISTING);
            return mp3;
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
