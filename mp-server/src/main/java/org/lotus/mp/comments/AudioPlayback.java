package org.lotus.mp.comments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.stereotype.Component;
import ws.schild.jave.Encoder;
import ws.schild.jave.EncoderException;
import ws.schild.jave.MultimediaObject;
import ws.schild.jave.encode.AudioAttributes;
import ws.schild.jave.encode.EncodingAttributes;

/**
 * Browsers do not play WeChat's AMR voice notes: converts them once to MP3 with the ffmpeg that JAVE ships, and
 * keeps the MP3 beside the original.
 */
@Component
class AudioPlayback {

    static final String TYPE = "audio/mpeg";

    private final MediaFiles files;

    AudioPlayback(MediaFiles files) {
        this.files = files;
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
        Path temp = Files.createTempFile(files.directory(), "convert-", ".mp3");
        try {
            AudioAttributes audio = new AudioAttributes();
            audio.setCodec("libmp3lame");
            audio.setBitRate(48_000);
            audio.setChannels(1);
            audio.setSamplingRate(16_000);
            EncodingAttributes attributes = new EncodingAttributes();
            attributes.setOutputFormat("mp3");
            attributes.setAudioAttributes(audio);
            new Encoder().encode(new MultimediaObject(original.toFile()), temp.toFile(), attributes);
            Files.move(temp, mp3, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return mp3;
        } catch (EncoderException e) {
            throw new IOException("voice message cannot be converted", e);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
