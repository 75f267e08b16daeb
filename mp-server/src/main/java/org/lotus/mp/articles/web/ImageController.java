package org.lotus.mp.articles.web;

import java.io.IOException;
import java.util.Map;
import org.lotus.content.article.ArticleHtml;
import org.lotus.content.image.ContentImage;
import org.lotus.content.image.ContentImages;
import org.lotus.mp.audit.AuditLog;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Uploads a cover or body image: answers its id (for {@code coverImageId}) and the {@code src} to use in a body. */
@RestController
@PreAuthorize("hasRole('EDITOR')")
class ImageController {

    private final ContentImages images;
    private final AuditLog audit;

    ImageController(ContentImages images, AuditLog audit) {
        this.images = images;
        this.audit = audit;
    }

    @PostMapping(
            path = "/api/images",
            consumes = {"image/jpeg", "image/png"})
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> upload(@RequestHeader("Content-Type") String contentType, @RequestBody byte[] data) {
        return stored(images.store(contentType, data));
    }

    @PostMapping(path = "/api/images", consumes = "multipart/form-data")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> uploadForm(@RequestParam("file") MultipartFile file) throws IOException {
        return stored(images.store(file.getContentType(), file.getBytes()));
    }

    private Map<String, Object> stored(ContentImage image) {
        audit.record("image.uploaded", "image", image.getId(), null);
        return Map.of("id", image.getId(), "src", ArticleHtml.IMAGE_PATH + image.getId());
    }
}
