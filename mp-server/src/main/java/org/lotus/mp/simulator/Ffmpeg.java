package org.lotus.mp.simulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.lotus.mp.LotusSettings;
import org.springframework.stereotype.Component;

/**
 * The system's {@code ffmpeg}, from PATH: a simulated reader's recording becomes AMR as WeChat's voice messages are,
 * and AMR becomes MP3 for the browser. Temporary files live under {@code DATA_DIR/tmp}, never in a shared folder.
 */
@Component
@DemoMode.Only
class Ffmpeg {

    private static final long TIMEOUT_SECONDS = 60;

    private final Path tmp;
    private volatile Boolean amrEncoder;

    Ffmpeg(LotusSettings lotus) {
        this.tmp = lotus.dataDir().resolve("tmp");
    }

    /** A voice note as WeChat delivers it: its bytes and WeChat's {@code Format} (amr, or speex). */
    record Voice(byte[] bytes, String format, String contentType) {}

    /**
     * Any audio the browser recorded, at most 60 s, as AMR-NB 8 kHz mono (WeChat's usual format). Debian's ffmpeg
     * has no AMR encoder (opencore-amr is left out): then Speex in Ogg, WeChat's other voice format.
     */
    Voice toVoice(byte[] audio) throws IOException {
        if (hasAmrEncoder()) {
            byte[] amr = convert(
                    audio, ".amr", "-t", "60", "-ar", "8000", "-ac", "1", "-c:a", "libopencore_amrnb", "-b:a", "12.2k");
            return new Voice(amr, "amr", "audio/amr");
        }
        byte[] speex = convert(audio, ".ogg", "-t", "60", "-ar", "16000", "-ac", "1", "-c:a", "libspeex", "-f", "ogg");
        return new Voice(speex, "speex", "audio/ogg");
    }

    private boolean hasAmrEncoder() {
        Boolean known = amrEncoder;
        if (known == null) {
            try {
                Process process = new ProcessBuilder("ffmpeg", "-hide_banner", "-encoders")
                        .redirectErrorStream(true)
                        .start();
                String encoders =
                        new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                known = encoders.contains("libopencore_amrnb");
            } catch (IOException e) {
                known = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                known = false;
            }
            amrEncoder = known;
        }
        return known;
    }

    /** A file WeChat holds (AMR or other) as MP3 for the browser. */
    void toMp3(Path source, Path target) throws IOException {
        OwnerOnly.directory(tmp);
        Path out = OwnerOnly.file(Files.createTempFile(tmp, "sim-", ".mp3"));
        try {
            run(source, out, "-ac", "1", "-c:a", "libmp3lame", "-q:a", "6");
            Files.move(out, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private byte[] convert(byte[] input, String suffix, String... options) throws IOException {
        OwnerOnly.directory(tmp);
        Path in = OwnerOnly.file(Files.createTempFile(tmp, "sim-", ".in"));
        Path out = OwnerOnly.file(Files.createTempFile(tmp, "sim-", suffix));
        try {
            Files.write(in, input);
            run(in, out, options);
            return Files.readAllBytes(out);
        } finally {
            Files.deleteIfExists(in);
            Files.deleteIfExists(out);
        }
    }

    private void run(Path in, Path out, String... options) throws IOException {
        List<String> command = new ArrayList<>(List.of("ffmpeg", "-nostdin", "-hide_banner", "-loglevel", "error"));
        command.addAll(List.of("-y", "-i", in.toString()));
        command.addAll(List.of(options));
        command.add(out.toString());
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("ffmpeg took longer than " + TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while converting audio");
        }
        if (process.exitValue() != 0 || Files.size(out) == 0) {
            throw new IOException("ffmpeg could not convert the audio (exit " + process.exitValue() + ")");
        }
    }
}
