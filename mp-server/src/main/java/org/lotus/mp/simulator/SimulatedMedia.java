package org.lotus.mp.simulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Media of the conversations for the simulator's page: voice converted once to MP3, since browsers play no AMR. */
@Component
@DemoMode.Only
public class SimulatedMedia {

    private final SimulatorState state;
    private final VoiceConversions ffmpeg;

    SimulatedMedia(SimulatorState state, VoiceConversions ffmpeg) {
        this.state = state;
        this.ffmpeg = ffmpeg;
    }

    /** The voice as MP3, converted on first use; empty for an unknown media id or not audio. */
    public Optional<Path> playable(String mediaId) throws IOException {
        Optional<SimulatorData.Media> media = state.media(mediaId).filter(m -> m.contentType.startsWith("audio/"));
        if (media.isEmpty()) {
            return Optional.empty();
        }
        Path source = state.mediaFile(media.get());
        if (media.get().contentType.equals("audio/mpeg")) {
            return Optional.of(source);
        }
        Path mp3 = state.mediaDir().resolve(media.get().mediaId + ".play.mp3");
        if (!Files.exists(mp3)) {
            ffmpeg.toMp3(source, mp3);
        }
        return Optional.of(mp3);
    }
}
