package org.lotus.mp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Every temporary file of Lotus lives in {@code DATA_DIR/tmp} (owner-only), never in the shared {@code java.io.tmpdir}
 * where other local users could read media or plant files: ours, WxJava's media downloads, Tomcat's work directory
 * (multipart uploads) and its document root.
 */
@Component
public class TemporaryFiles implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final Path dir;

    public TemporaryFiles(LotusSettings settings) {
        this.dir = settings.dataDir().resolve("tmp");
    }

    /** {@code DATA_DIR/tmp}, created owner-only when missing. */
    public Path directory() {
        try {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir);
                ownerOnly(dir);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("DATA_DIR/tmp cannot be created", e);
        }
    }

    /** A new empty owner-only file in {@code DATA_DIR/tmp}; the caller deletes it. */
    public Path newFile(String prefix, String suffix) throws IOException {
        Path file = Files.createTempFile(directory(), prefix, suffix);
        ownerOnly(file);
        return file;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        Path tomcat = directory().resolve("tomcat");
        Path documentRoot = directory().resolve("docroot");
        try {
            Files.createDirectories(tomcat);
            Files.createDirectories(documentRoot);
        } catch (IOException e) {
            throw new UncheckedIOException("DATA_DIR/tmp cannot be prepared", e);
        }
        factory.setBaseDirectory(tomcat.toFile());
        factory.setDocumentRoot(documentRoot.toFile());
    }

    private static void ownerOnly(Path path) throws IOException {
        try {
            Files.setPosixFilePermissions(
                    path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwx------" : "rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the data directory's own access rules apply.
        }
    }
}
