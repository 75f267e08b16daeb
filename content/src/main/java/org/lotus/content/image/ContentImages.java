package org.lotus.content.image;

import java.util.Optional;
import java.util.Set;
import org.lotus.content.InvalidContentException;
import org.lotus.content.UtcTime;
import org.springframework.stereotype.Service;

/**
 * Stores uploaded images; only JPEG and PNG, which both WeChat and every phone accept. Each is re-encoded from its
 * pixels, so no metadata (GPS position, camera, time) of the photo is kept.
 */
@Service
public class ContentImages {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    private static final Set<String> TYPES = Set.of("image/jpeg", "image/png");

    private final ContentImageMapper images;

    ContentImages(ContentImageMapper images) {
        this.images = images;
    }

    public ContentImage store(String contentType, byte[] data) {
        String type = contentType == null
                ? ""
                : contentType.toLowerCase().split(";")[0].trim();
        if (!TYPES.contains(type) || !matchesSignature(type, data)) {
            throw new InvalidContentException("image", "imageType", "only JPEG or PNG images are accepted");
        }
        if (data.length > MAX_BYTES) {
            throw new InvalidContentException("image", "imageSize", "an image may hold at most 2 MB");
        }
        ContentImage image = new ContentImage();
        image.setContentType(type);
        image.setData(ReencodedImage.of(type, data));
        image.setCreatedAt(UtcTime.now());
        images.insert(image);
        return image;
    }

    public Optional<ContentImage> find(long id) {
        return Optional.ofNullable(images.selectById(id));
    }

    public boolean exists(long id) {
        return images.selectCount(
                        new com.baomidou.mybatisplus.core.conditions.query.QueryWrapper<ContentImage>().eq("id", id))
                > 0;
    }

    private static boolean matchesSignature(String type, byte[] data) {
        if (data == null || data.length < 4) {
            return false;
        }
        if (type.equals("image/png")) {
            return (data[0] & 0xff) == 0x89 && data[1] == 'P' && data[2] == 'N' && data[3] == 'G';
        }
        return (data[0] & 0xff) == 0xff && (data[1] & 0xff) == 0xd8;
    }
}
