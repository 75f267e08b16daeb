package org.lotus.mp.audio;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lotus.mp.TemporaryFiles;
import org.springframework.stereotype.Component;

/**
 * Runs the system's ffmpeg (Debian's package, found in the PATH or at {@code LOTUS_FFMPEG}) as a separate process. No
 * binary is ever extracted or executed from a shared temp folder; ffmpeg's own output goes to {@code DATA_DIR/tmp}.
 */
@Component("systemFfmpeg")
public class Ffmpeg {

    /** ffmpeg is not installed or cannot run: conversions are impossible until an operator installs it. */
    public static class UnavailableException extends IOException {
        UnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** ffmpeg ran but refused the input: it is not a sound file it can read. */
    public static class UnreadableException extends IOException {
        UnreadableException(String message) {
            super(message);
        }
    }

    /** What a decoded sound holds: its length and its loudest peak (dB, {@code -Infinity} for digital silence). */
    public record Analysis(double seconds, double maxVolumeDb) {}

    private static final Pattern TIME = Pattern.compile("time=(\\d+):(\\d{2}):(\\d{2}(?:\\.\\d+)?)");
    private static final Pattern MAX_VOLUME = Pattern.compile("max_volume: (-?inf|-?[\\d.]+) dB");

    private final AudioSettings settings;
    private final TemporaryFiles temporaryFiles;

    Ffmpeg(AudioSettings settings, TemporaryFiles temporaryFiles) {
        this.settings = settings;
        this.temporaryFiles = temporaryFiles;
    }

    /** Why ffmpeg cannot be used, in a sentence for operators; empty when {@code ffmpeg -version} runs. */
    public Optional<String> unavailable() {
        try {
            run(List.of("-version"));
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Converts any sound ffmpeg reads to mono MP3 (48 kbit/s), which browsers play and WeChat takes as voice. */
    public void toMp3(Path input, Path output, java.time.Duration atMost) throws IOException {
        run(List.of(
                "-i",
                input.toString(),
                "-map",
                "0:a:0",
                "-t",
                Long.toString(atMost.toSeconds()),
                "-ac",
                "1",
                "-ar",
                "22050",
                "-codec:a",
                "libmp3lame",
                "-b:a",
                "48k",
                "-map_metadata",
                "-1",
                "-f",
                "mp3",
                "-y",
                output.toString()));
    }

    /** Converts {@code input} with the given output options (codec, rate, format) into {@code output}. */
    public void convert(Path input, Path output, List<String> outputOptions) throws IOException {
        List<String> arguments = new ArrayList<>(List.of("-i", input.toString()));
        arguments.addAll(outputOptions);
        arguments.addAll(List.of("-y", output.toString()));
        run(arguments);
        if (Files.size(output) == 0) {
            throw new UnreadableException("ffmpeg wrote nothing");
        }
    }

    /** Whether this ffmpeg has the named encoder (Debian's, for one, has no AMR encoder). */
    public boolean hasEncoder(String name) {
        try {
            return run(List.of("-encoders")).contains(name);
        } catch (IOException e) {
            return false;
        }
    }

    /** Decodes the whole sound once, measuring its length (the last progress time) and its loudest peak. */
    public Analysis analyse(Path input) throws IOException {
        String log = run(List.of("-i", input.toString(), "-map", "0:a:0", "-af", "volumedetect", "-f", "null", "-"));
        Matcher time = TIME.matcher(log);
        double seconds = -1;
        while (time.find()) {
            seconds = Integer.parseInt(time.group(1)) * 3600
                    + Integer.parseInt(time.group(2)) * 60
                    + Double.parseDouble(time.group(3));
        }
        Matcher volume = MAX_VOLUME.matcher(log);
        if (seconds < 0 || !volume.find()) {
            throw new UnreadableException("ffmpeg found no sound in the file");
        }
        double max = volume.group(1).endsWith("inf") ? Double.NEGATIVE_INFINITY : Double.parseDouble(volume.group(1));
        return new Analysis(seconds, max);
    }

    private String run(List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(settings.ffmpeg());
        command.addAll(List.of("-hide_banner", "-nostdin"));
        command.addAll(arguments);
        Path output = temporaryFiles.newFile("ffmpeg-", ".log");
        try {
            Process process;
            try {
                process = new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(output.toFile())
                        .start();
            } catch (IOException e) {
                throw new UnavailableException(
                        "ffmpeg cannot be run as '" + settings.ffmpeg()
                                + "': install Debian's ffmpeg package or set LOTUS_FFMPEG to its path",
                        e);
            }
            if (!process.waitFor(settings.conversionTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new UnreadableException("ffmpeg took longer than " + settings.conversionTimeout());
            }
            String log = Files.readString(output, StandardCharsets.ISO_8859_1);
            if (process.exitValue() != 0) {
                throw new UnreadableException("ffmpeg refused the file (exit " + process.exitValue() + ")");
            }
            return log;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while ffmpeg ran", e);
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
