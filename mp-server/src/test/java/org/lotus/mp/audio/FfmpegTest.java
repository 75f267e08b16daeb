package org.lotus.mp.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lotus.mp.LotusSettings;
import org.lotus.mp.TemporaryFiles;
import org.lotus.mp.support.AudioSamples;
import org.springframework.boot.health.contributor.Status;

/** The system's ffmpeg run as a process: what it measures, and what operators are told when it is missing. */
class FfmpegTest {

    @TempDir
    Path dataDir;

    Ffmpeg ffmpeg(String program) {
        return new Ffmpeg(
                new AudioSettings(program, null, null, null, null),
                new TemporaryFiles(new LotusSettings(dataDir, null)));
    }

    @Test
    void measuresLengthAndLoudnessOfWhatItDecodes() throws Exception {
        Path tone = Files.write(dataDir.resolve("tone.ogg"), AudioSamples.tone(3, "ogg"));
        Path silence = Files.write(dataDir.resolve("silence.wav"), AudioSamples.silence(2, "wav"));

        Ffmpeg.Analysis sound = ffmpeg("ffmpeg").analyse(tone);
        Ffmpeg.Analysis quiet = ffmpeg("ffmpeg").analyse(silence);

        assertThat(sound.seconds()).isBetween(2.9, 3.1);
        assertThat(sound.maxVolumeDb()).isGreaterThan(AudioLibrary.SILENCE_DB);
        assertThat(quiet.maxVolumeDb()).isLessThan(AudioLibrary.SILENCE_DB);
    }

    @Test
    void keepsItsOwnOutputUnderTheDataDirectoryOnly() throws Exception {
        Path tone = Files.write(dataDir.resolve("tone.wav"), AudioSamples.tone(1, "wav"));
        ffmpeg("ffmpeg").toMp3(tone, dataDir.resolve("out.mp3"), java.time.Duration.ofSeconds(61));

        assertThat(dataDir.resolve("out.mp3")).isNotEmptyFile();
        try (var left = Files.list(dataDir.resolve("tmp"))) {
            assertThat(left).isEmpty();
        }
    }

    @Nested
    class WhenFfmpegIsMissing {

        @Test
        void saysWhatToInstallInTheHealthDetailsAndStaysUp() {
            Ffmpeg missing = ffmpeg("/nonexistent/ffmpeg");

            assertThat(missing.unavailable())
                    .hasValueSatisfying(reason -> assertThat(reason)
                            .contains("/nonexistent/ffmpeg", "Debian's ffmpeg package", "LOTUS_FFMPEG"));
            var health = new FfmpegHealth(missing).health();
            assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
            assertThat(health.getDetails().get("error").toString()).contains("LOTUS_FFMPEG");
        }

        @Test
        void refusesToConvertWithTheSameReason() throws Exception {
            Path tone = Files.write(dataDir.resolve("tone.wav"), AudioSamples.tone(1, "wav"));

            assertThatThrownBy(() -> ffmpeg("/nonexistent/ffmpeg")
                            .toMp3(tone, dataDir.resolve("x.mp3"), java.time.Duration.ofSeconds(5)))
                    .isInstanceOf(Ffmpeg.UnavailableException.class)
                    .hasMessageContaining("LOTUS_FFMPEG");
        }
    }
}
