package org.lotus.mp.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Sounds made on the spot with the system's ffmpeg ({@code -f lavfi}), in any container the library accepts. */
public final class AudioSamples {

    private AudioSamples() {}

    /** A 440 Hz tone of {@code seconds}, as {@code format} (mp3, wav, ogg, webm, ipod for m4a...). */
    public static byte[] tone(double seconds, String format) {
        return generate("sine=frequency=440:duration=" + seconds, format, List.of());
    }

    /** Digital silence of {@code seconds}. */
    public static byte[] silence(double seconds, String format) {
        return generate("anullsrc=r=22050:cl=mono", format, List.of("-t", Double.toString(seconds)));
    }

    private static byte[] generate(String source, String format, List<String> extra) {
        List<String> command = new ArrayList<>(
                List.of("ffmpeg", "-hide_banner", "-loglevel", "error", "-nostdin", "-f", "lavfi", "-i", source));
        command.addAll(extra);
        if ("webm".equals(format) || "ogg".equals(format)) {
            command.addAll(List.of("-c:a", "libopus"));
        }
        command.addAll(List.of("-f", format, "-"));
        try {
            Process process = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0 || out.length == 0) {
                throw new IllegalStateException("ffmpeg could not make a " + format + " sample");
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
