package org.lotus.mp.audio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import me.chanjar.weixin.common.api.WxConsts;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.bean.material.WxMpMaterial;
import me.chanjar.weixin.mp.bean.material.WxMpMaterialUploadResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * A clip as WeChat knows it: permanent voice material ({@code material/add_material?type=voice}), uploaded at first
 * use and its {@code media_id} kept. When WeChat says the id is invalid (40007: the material was deleted on WeChat's
 * side) the caller asks for a {@link #renewed} one, uploaded again once.
 */
@Service
public class VoiceMaterial {

    /** WeChat's errcode for a media id it does not know. */
    public static final int INVALID_MEDIA_ID = 40007;

    private static final Logger log = LoggerFactory.getLogger(VoiceMaterial.class);

    private final AudioLibrary library;
    private final WxMpService wechat;

    VoiceMaterial(AudioLibrary library, WxMpService wechat) {
        this.library = library;
        this.wechat = wechat;
    }

    /**
     * The media id of clip {@code audioId} for a passive reply, uploading it at first use; empty (and said in the log)
     * when the clip is gone or WeChat cannot take it now, so the caller answers with text instead.
     */
    public Optional<String> mediaIdFor(long audioId) {
        Optional<AudioClip> clip = library.find(audioId);
        if (clip.isEmpty()) {
            log.warn("audio clip {} is gone: answered with text", audioId);
            return Optional.empty();
        }
        try {
            return Optional.of(mediaIdOf(clip.get()));
        } catch (WxErrorException e) {
            log.warn(
                    "audio clip {} not uploaded, WeChat errcode {}",
                    audioId,
                    e.getError().getErrorCode());
        } catch (IOException | RuntimeException e) {
            log.warn("audio clip {} not uploaded ({})", audioId, e.getClass().getSimpleName());
        }
        return Optional.empty();
    }

    /** The clip's WeChat media id, uploading it now when it never was. */
    public synchronized String mediaIdOf(AudioClip clip) throws WxErrorException, IOException {
        AudioClip current = library.find(clip.getId()).orElse(clip);
        if (current.getWechatMediaId() != null) {
            return current.getWechatMediaId();
        }
        return upload(current);
    }

    /** Uploads the clip again after WeChat refused its media id. */
    public synchronized String renewed(AudioClip clip) throws WxErrorException, IOException {
        log.warn("voice material of audio clip {} unknown to WeChat: uploading it again", clip.getId());
        return upload(library.find(clip.getId()).orElse(clip));
    }

    private String upload(AudioClip clip) throws WxErrorException, IOException {
        Path file = library.file(clip);
        if (!Files.isRegularFile(file)) {
            throw new IOException("audio clip " + clip.getId() + " has no file");
        }
        WxMpMaterialUploadResult result = wechat.getMaterialService()
                .materialFileUpload(
                        WxConsts.MediaFileType.VOICE,
                        new WxMpMaterial(file.getFileName().toString(), file.toFile(), null, null));
        library.rememberMaterial(clip, result.getMediaId());
        log.info("audio clip {} uploaded to WeChat as voice material", clip.getId());
        return result.getMediaId();
    }
}
