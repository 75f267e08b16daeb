package org.lotus.mp.comments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.lotus.mp.LotusSettings;
import org.lotus.mp.datadir.OwnerOnly;
import org.springframework.stereotype.Component;

/** Where reader media live ({@code DATA_DIR/media/}, owner-only) and which content type each extension has. */
@Component
class MediaFiles {

    private static final Map<String, String> TYPES = Map.of(
            "amr", "audio/amr",
            "mp3", "audio/mpeg",
            "speex", "audio/speex",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "png", "image/png",
            "gif", "image/gif",
            "mp4", "video/mp4");

    private final Path dir;

    MediaFiles(LotusSettings settings) {
        this.dir = settings.dataDir().resolve("media");
    }

    Path directory() throws IOException {
        return OwnerOnly.createDirectories(dir);
    }

    /** The stored file of a message; the name in the database is ours, never a name WeChat chose. */
    Path resolve(String fileName) {
        return dir.resolve(Path.of(fileName).getFileName().toString());
    }

    /**
     * Deletes every file of a message: its stored media and its browser copy, all named {@code {id}.…}. Matching by
     * name rather than by the row's {@code media_file} also removes a download that landed after the row was read.
     */
    int deleteAll(ReaderMessage message) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, message.getId() + ".*")) {
            for (Path path : files) {
                if (Files.deleteIfExists(path)) {
                    deleted++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a media file could not be deleted", e);
        }
        return deleted;
    }

    /** The message id a media file belongs to, from its name; empty for other files (conversions under way). */
    static java.util.OptionalLong messageIdOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.indexOf('.');
        if (dot <= 0 || !name.substring(0, dot).chars().allMatch(Character::isDigit) || dot > 18) {
            return java.util.OptionalLong.empty();
        }
        return java.util.OptionalLong.of(Long.parseLong(name.substring(0, dot)));
    }

    static String extensionOf(String fileName, String fallback) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        String extension = dot < 0 ? fallback : fileName.substring(dot + 1);
        extension = extension == null ? "" : extension.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return extension.isEmpty() ? "bin" : extension;
    }

    static String typeOf(String extension) {
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }
}
