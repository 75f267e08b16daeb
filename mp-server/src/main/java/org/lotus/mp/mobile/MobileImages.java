package org.lotus.mp.mobile;

import java.time.Duration;
import org.lotus.content.image.ContentImage;
import org.lotus.content.image.ContentImages;
import org.lotus.mp.publishing.DefaultCover;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Serves uploaded images and the default cover to our pages and to WeChat's news replies. */
@Controller
class MobileImages {

    static final String DEFAULT_COVER_PATH = "/m/images/default-cover.jpg";

    private final ContentImages images;

    MobileImages(ContentImages images) {
        this.images = images;
    }

    @GetMapping("/m/images/{id:\\d+}")
    ResponseEntity<byte[]> image(@PathVariable long id) {
        return images.find(id)
                .map(this::answer)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping(DEFAULT_COVER_PATH)
    ResponseEntity<byte[]> defaultCover() {
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_JPEG)
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)))
                .body(DefaultCover.bytes());
    }

    private ResponseEntity<byte[]> answer(ContentImage image) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(image.getContentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(7)))
                .body(image.getData());
    }
}
