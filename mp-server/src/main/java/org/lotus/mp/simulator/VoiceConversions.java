package org.lotus.mp.simulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.lotus.mp.TemporaryFiles;
import org.lotus.mp.audio.Ffmpeg;
import org.springframework.stereotype.Component;

/**
 * A simulated reader's recording becomes a voice note as WeChat delivers it, and a voice note becomes MP3 for the
 * browser, through the system's ffmpeg ({@link Ffmpeg}); temporary files live under {@code DATA_DIR/tmp}.
 */
@Component
@DemoMode.Only
class VoiceConversions {

    private static final Duration LONGEST = Duration.ofSeconds(60);

    private final Ffmpeg ffmpeg;
    private final TemporaryFiles temporaryFiles;
    private volatile Boolean amrEncoder;

    VoiceConversions(Ffmpeg ffmpeg, TemporaryFiles temporaryFiles) {
        this.ffmpeg = ffmpeg;
        this.temporaryFiles = temporaryFiles;
    }

    /** A voice note as WeChat delivers it: its bytes and WeChat's {@code Format} (amr, or speex). */
    record Voice(byte[] bytes, String format, String contentType) {}

    /**
     * Any audio the browser recorded, at most 60 s, as AMR-NB 8 kHz mono (WeChat's usual format). Debian's ffmpeg
     * has no AMR encoder (opencore-amr is left out): then Speex in Ogg, WeChat's other voice format.
     */
    Voice toVoice(byte[] audio) throws IOException {
        String seconds = Long.toString(LONGEST.toSeconds());
        if (hasAmrEncoder()) {
            byte[] amr = convert(
                    audio,
                    ".amr",
                    List.of("-t", seconds, "-ar", "8000", "-ac", "1", "-c:a", "libopencore_amrnb", "-b:a", "12.2k"));
            return new Voice(amr, "amr", "audio/amr");
        }
        byte[] speex = convert(
                audio, ".ogg", List.of("-t", seconds, "-ar", "16000", "-ac", "1", "-c:a", "libspeex", "-f", "ogg"));
        return new Voice(speex, "speex", "audio/ogg");
    }

    private boolean hasAmrEncoder() {
        Boolean known = amrEncoder;
        if (known == null) {
            known = ffmpeg.hasEncoder("libopencore_amrnb");
            amrEncoder = known;
        }
        return known;
    }

    /** A file WeChat holds (AMR or other) as MP3 for the browser. */
    void toMp3(Path source, Path target) throws IOException {
        Path out = temporaryFiles.newFile("sim-", ".mp3");
        try {
            ffmpeg.toMp3(source, out, LONGEST);
            Files.move(out, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private byte[] convert(byte[] input, String suffix, List<String> options) throws IOException {
        Path in = temporaryFiles.newFile("sim-", ".in");
        Path out = temporaryFiles.newFile("sim-", suffix);
        try {
            Files.write(in, input);
            ffmpeg.convert(in, out, options);
            return Files.readAllBytes(out);
        } finally {
            Files.deleteIfExists(in);
            Files.deleteIfExists(out);
        }
    }
}
