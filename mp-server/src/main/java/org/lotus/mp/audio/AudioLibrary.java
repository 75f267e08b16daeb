package org.lotus.mp.audio;

import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.lotus.mp.LotusSettings;
import org.lotus.mp.TemporaryFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The staff's library of sounds. Whatever comes in (mp3, m4a/aac, ogg/opus, webm, wav, amr) is converted with ffmpeg
 * to one mono MP3 that browsers play and WeChat takes as voice, then checked: at most 60 s and 2 MB, not silent.
 */
@Service
public class AudioLibrary {

    /** Below this peak level a recording holds nothing a reader could hear (a muted microphone). */
    static final double SILENCE_DB = -50;

    static final int TITLE_LENGTH = 100;
    private static final Logger log = LoggerFactory.getLogger(AudioLibrary.class);

    private final AudioClipMapper mapper;
    private final Ffmpeg ffmpeg;
    private final TemporaryFiles temporaryFiles;
    private final AudioUsage usage;
    private final AudioSettings settings;
    private final Path dir;

    AudioLibrary(
            AudioClipMapper mapper,
            Ffmpeg ffmpeg,
            TemporaryFiles temporaryFiles,
            AudioUsage usage,
            AudioSettings settings,
            LotusSettings lotus) {
        this.mapper = mapper;
        this.ffmpeg = ffmpeg;
        this.temporaryFiles = temporaryFiles;
        this.usage = usage;
        this.settings = settings;
        this.dir = lotus.dataDir().resolve("audio");
    }

    /**
     * Converts, checks and keeps a sound. Refusals are {@link AudioRefusedException}s naming the field; a missing
     * ffmpeg is an {@link Ffmpeg.UnavailableException}.
     */
    public AudioClip add(InputStream content, String title, String staff) throws IOException {
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty()) {
            throw new AudioRefusedException("title", "audio.refused.title", TITLE_LENGTH);
        }
        if (cleanTitle.length() > TITLE_LENGTH) {
            throw new AudioRefusedException("title", "audio.refused.titleLength", TITLE_LENGTH);
        }
        Path upload = temporaryFiles.newFile("upload-", ".bin");
        Path mp3 = temporaryFiles.newFile("audio-", ".mp3");
        try {
            long size = copyAtMost(content, upload, settings.maxUpload().toBytes());
            if (size == 0) {
                throw new AudioRefusedException("file", "audio.refused.notAudio", 0);
            }
            Ffmpeg.Analysis analysis;
            try {
                ffmpeg.toMp3(upload, mp3, settings.maxLength().plusSeconds(1));
                analysis = ffmpeg.analyse(mp3);
            } catch (Ffmpeg.UnreadableException e) {
                throw new AudioRefusedException("file", "audio.refused.notAudio", 0);
            }
            long maxSeconds = settings.maxLength().toSeconds();
            // MP3 frames add up to a tenth of a second of encoder padding: a 60.0 s recording is not "too long".
            if (analysis.seconds() > maxSeconds + 0.25) {
                throw new AudioRefusedException("file", "audio.refused.tooLong", maxSeconds);
            }
            if (analysis.seconds() < 0.3 || analysis.maxVolumeDb() < SILENCE_DB) {
                throw new AudioRefusedException("file", "audio.refused.silent", 0);
            }
            long mp3Size = Files.size(mp3);
            if (mp3Size > settings.maxVoiceSize().toBytes()) {
                throw new AudioRefusedException(
                        "file", "audio.refused.tooBig", settings.maxVoiceSize().toMegabytes());
            }
            AudioClip clip = new AudioClip();
            clip.setTitle(cleanTitle);
            clip.setDurationMillis((int) Math.round(analysis.seconds() * 1000));
            clip.setSizeBytes((int) mp3Size);
            clip.setFileName("pending.mp3");
            clip.setCreatedBy(staff);
            clip.setCreatedAt(LocalDateTime.now(ZoneOffset.UTC));
            mapper.insert(clip);
            clip.setFileName(clip.getId() + ".mp3");
            Files.move(mp3, directory().resolve(clip.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            mapper.updateById(clip);
            log.info("audio clip {} added ({} ms)", clip.getId(), clip.getDurationMillis());
            return clip;
        } finally {
            Files.deleteIfExists(upload);
            Files.deleteIfExists(mp3);
        }
    }

    public List<AudioClip> list() {
        return mapper.selectList(
                new QueryWrapper<AudioClip>().orderByDesc("created_at").orderByDesc("id"));
    }

    public Optional<AudioClip> find(long id) {
        return Optional.ofNullable(mapper.selectById(id));
    }

    /** The clip's MP3, for browsers and for WeChat. */
    public Path file(AudioClip clip) {
        return dir.resolve(Path.of(clip.getFileName()).getFileName().toString());
    }

    /** Where the clip is used ("section:news", "article:12"); empty when it may be deleted. */
    public List<String> usedBy(long id) {
        return usage.of(id);
    }

    /** Deletes a clip no section or article uses; a used one is refused with {@link AudioInUseException}. */
    public void delete(AudioClip clip) throws IOException {
        List<String> used = usage.of(clip.getId());
        if (!used.isEmpty()) {
            throw new AudioInUseException(used);
        }
        mapper.deleteById(clip.getId());
        Files.deleteIfExists(file(clip));
        log.info("audio clip {} deleted", clip.getId());
    }

    void rememberMaterial(AudioClip clip, String mediaId) {
        clip.setWechatMediaId(mediaId);
        clip.setWechatUploadedAt(LocalDateTime.now(ZoneOffset.UTC));
        mapper.updateById(clip);
    }

    private Path directory() throws IOException {
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
            try {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system: the data directory's own access rules apply.
            }
        }
        return dir;
    }

    private static long copyAtMost(InputStream in, Path target, long limit) throws IOException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(target)) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                total += read;
                if (total > limit) {
                    throw new AudioRefusedException("file", "audio.refused.uploadTooBig", limit / (1024 * 1024));
                }
                out.write(buffer, 0, read);
            }
        }
        return total;
    }
}
