package org.lotus.mp.cms;

import java.util.List;
import org.lotus.mp.replies.TextReview;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts "à relire / 待检查" on the dashboard of editors: the texts the current lexicon would change or refuse. */
@ControllerAdvice(assignableTypes = DashboardController.class)
class TextReviewCard {

    private final TextReview review;

    TextReviewCard(TextReview review) {
        this.review = review;
    }

    @ModelAttribute("textReview")
    List<TextReview.Item> textReview(Authentication authentication) {
        boolean editor = authentication != null
                && authentication.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_EDITOR")
                                || a.getAuthority().equals("ROLE_ADMIN"));
        return editor ? review.items() : List.of();
    }
}
