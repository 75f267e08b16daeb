package org.lotus.mp.publishing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;

/** The cover used when an article has none; it ships with the application. */
public final class DefaultCover {

    public static final String CONTENT_TYPE = "image/jpeg";
    private static final byte[] BYTES = load();

    private DefaultCover() {}

    public static byte[] bytes() {
        return BYTES.clone();
    }

    private static byte[] load() {
        try (InputStream in = new ClassPathResource("publishing/default-cover.jpg").getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("the default cover is missing from the application", e);
        }
    }
}
