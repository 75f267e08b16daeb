package org.lotus.mp.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;
import org.lotus.mp.LotusSettings;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The simulated WeChat's memory, kept in {@code DATA_DIR/simulator/state.json} with its media beside it, so a
 * restarted demo still shows its readers, menu and publications. Every change runs under one lock and is saved.
 */
@Component
@DemoMode.Only
public class SimulatorState {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path dir;
    private final Path file;
    private final Path mediaDir;
    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private final SimulatorData data;

    SimulatorState(LotusSettings lotus) {
        this.dir = lotus.dataDir().resolve("simulator");
        this.file = dir.resolve("state.json");
        this.mediaDir = dir.resolve("media");
        try {
            OwnerOnly.directory(dir);
            OwnerOnly.directory(mediaDir);
            this.data = Files.exists(file) ? json.readValue(file.toFile(), SimulatorData.class) : new SimulatorData();
        } catch (IOException e) {
            throw new UncheckedIOException("simulator state " + file + " cannot be read", e);
        }
    }

    /** Reads or changes the state under the lock; a change is saved before the lock is released. */
    public synchronized <T> T change(Function<SimulatorData, T> change) {
        T result = change.apply(data);
        save();
        return result;
    }

    public synchronized <T> T read(Function<SimulatorData, T> read) {
        return read.apply(data);
    }

    /** WeChat-like opaque ids: letters, digits, '-' and '_'. */
    static String randomId(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    /** Stores a file WeChat now holds and answers its media id. */
    public SimulatorData.Media storeMedia(
            String type, byte[] content, String contentType, String extension, boolean permanent) {
        SimulatorData.Media media = new SimulatorData.Media();
        media.mediaId = randomId(24);
        media.type = type;
        media.contentType = contentType;
        media.fileName = media.mediaId + "." + extension;
        media.permanent = permanent;
        media.createdAt = System.currentTimeMillis();
        try {
            Path target = mediaDir.resolve(media.fileName);
            Path temp = OwnerOnly.file(Files.createTempFile(mediaDir, "upload-", ".tmp"));
            Files.write(temp, content);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("simulated media cannot be stored", e);
        }
        change(d -> d.media.put(media.mediaId, media));
        return media;
    }

    public Optional<SimulatorData.Media> media(String mediaId) {
        return read(d -> Optional.ofNullable(mediaId == null ? null : d.media.get(mediaId)));
    }

    public Path mediaFile(SimulatorData.Media media) {
        return mediaDir.resolve(media.fileName);
    }

    /** Where derived files (browser-playable copies) are kept. */
    Path mediaDir() {
        return mediaDir;
    }

    private void save() {
        try {
            Path temp = OwnerOnly.file(Files.createTempFile(dir, "state-", ".tmp"));
            json.writeValue(temp.toFile(), data);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("simulator state cannot be saved", e);
        }
    }
}
