package org.lotus.mp.mobile;

import java.security.Principal;
import java.time.Duration;
import org.lotus.content.article.ArticleHtml;
import org.lotus.content.image.ContentImage;
import org.lotus.content.image.ContentImages;
import org.lotus.mp.publishing.DefaultCover;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves uploaded images and the default cover to our pages and to WeChat's news replies. Ids are sequential, so an
 * image is public only once published content uses it; until then only signed-in staff see it (editor, preview).
 */
@Controller
class MobileImages {

    static final String DEFAULT_COVER_PATH = "/m/images/default-cover.jpg";

    private final ContentImages images;
    private final JdbcTemplate jdbc;

    MobileImages(ContentImages images, JdbcTemplate jdbc) {
        this.images = images;
        this.jdbc = jdbc;
    }

    @GetMapping("/m/images/{id:\\d{1,18}}")
    ResponseEntity<byte[]> image(@PathVariable long id, Principal staff) {
        boolean published = usedByPublishedContent(id);
        if (!published && staff == null) {
            return ResponseEntity.notFound().build();
        }
        return images.find(id)
                .map(image -> answer(image, published))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** A published article's cover or body image (bodies keep {@code src="/m/images/{id}"} for our own pages). */
    private boolean usedByPublishedContent(long id) {
        Long uses = jdbc.queryForObject(
                "SELECT COUNT(*) FROM article WHERE status = 'PUBLISHED' AND (cover_image_id = ? OR published_body LIKE ?)",
                Long.class,
                id,
                "%\"" + ArticleHtml.IMAGE_PATH + id + "\"%");
        return uses != null && uses > 0;
    }

    @GetMapping(DEFAULT_COVER_PATH)
    ResponseEntity<byte[]> defaultCover() {
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_JPEG)
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)))
                .body(DefaultCover.bytes());
    }

    private ResponseEntity<byte[]> answer(ContentImage image, boolean published) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(image.getContentType()))
                .cacheControl(published ? CacheControl.maxAge(Duration.ofDays(7)) : CacheControl.noStore())
                .body(image.getData());
    }
}
