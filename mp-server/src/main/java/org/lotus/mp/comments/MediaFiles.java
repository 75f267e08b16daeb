package org.lotus.mp.comments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lotus.mp.LotusSettings;
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
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
            try {
                Files.setPosixFilePermissions(
                        dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system: the data directory's own access rules apply.
            }
        }
        return dir;
    }

    /** The stored file of a message; the name in the database is ours, never a name WeChat chose. */
    Path resolve(String fileName) {
        return dir.resolve(Path.of(fileName).getFileName().toString());
    }

    /** Deletes a message's stored media and its browser copy; returns how many files were removed. */
    int deleteAll(ReaderMessage message) {
        int deleted = 0;
        List<Path> paths = new ArrayList<>();
        if (message.getMediaFile() != null) {
            paths.add(resolve(message.getMediaFile()));
        }
        paths.add(resolve(message.getId() + ".play.mp3"));
        for (Path path : paths) {
            try {
                if (Files.deleteIfExists(path)) {
                    deleted++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("a media file could not be deleted", e);
            }
        }
        return deleted;
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
