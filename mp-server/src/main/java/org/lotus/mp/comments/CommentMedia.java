package org.lotus.mp.comments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The stored media of a reader message, voice converted for browsers. */
@Service
public class CommentMedia {

    /** A file ready to send, with its content type. */
    public record MediaFile(Path path, String contentType) {}

    private final ReaderMessages messages;
    private final MediaFiles files;
    private final AudioPlayback playback;

    CommentMedia(ReaderMessages messages, MediaFiles files, AudioPlayback playback) {
        this.messages = messages;
        this.files = files;
        this.playback = playback;
    }

    /** The voice message of {@code id} as MP3; empty when it is not a voice message or not fetched yet. */
    public Optional<MediaFile> audio(long id) throws IOException {
        Optional<ReaderMessage> message = stored(id, "voice");
        if (message.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MediaFile(playback.playable(message.get()), AudioPlayback.TYPE));
    }

    /** The image or video of {@code id}; empty when it has none yet. */
    public Optional<MediaFile> media(long id) {
        return stored(id, "image")
                .or(() -> stored(id, "video"))
                .map(m -> new MediaFile(files.resolve(m.getMediaFile()), m.getMediaType()));
    }

    private Optional<ReaderMessage> stored(long id, String kind) {
        return messages.find(id)
                .filter(m -> kind.equals(m.getKind()))
                .filter(m -> m.getMediaStatus() == ReaderMessage.MediaStatus.STORED)
                .filter(m -> Files.isRegularFile(files.resolve(m.getMediaFile())));
    }
}
