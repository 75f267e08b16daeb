package org.lotus.mp.replies.web;

import java.util.List;
import org.lotus.mp.replies.TextReview;
import org.lotus.mp.web.InvalidFieldException;
import org.lotus.mp.web.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * "À relire / 待检查" over the API: the stored reader-facing texts the current lexicon would change or refuse, and
 * the one-step application of a rewrite. Editors.
 */
@RestController
@PreAuthorize("hasRole('EDITOR')")
class TextReviewController {

    private final TextReview review;

    TextReviewController(TextReview review) {
        this.review = review;
    }

    @GetMapping("/api/text-review")
    List<TextReview.Item> list() {
        return review.items();
    }

    /** Stores the rewrite; 400 naming the field while a blocked term remains, 404 when nothing is to review. */
    @PostMapping("/api/text-review/{kind}/{id}/apply")
    TextReview.Item apply(@PathVariable String kind, @PathVariable String id) {
        try {
            return review.apply(kind, id).orElseThrow(() -> new NotFoundException(kind, id));
        } catch (IllegalStateException e) {
            throw new InvalidFieldException("kind", e.getMessage(), "reviewBlocked");
        }
    }
}
