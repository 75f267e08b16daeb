package org.lotus.mp.cms;

import org.lotus.mp.replies.BlockedTermsException;
import org.lotus.mp.replies.TextReview;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Applies the lexicon's rewrite to one text listed in "à relire / 待检查". Editors. */
@Controller
class TextReviewPagesController {

    private final TextReview review;

    TextReviewPagesController(TextReview review) {
        this.review = review;
    }

    @PostMapping("/cms/text-review/{kind}/{id}/apply")
    String apply(@PathVariable String kind, @PathVariable String id, RedirectAttributes redirect) {
        try {
            boolean applied = review.apply(kind, id).isPresent();
            redirect.addFlashAttribute("notice", applied ? "textReview.applied" : "textReview.gone");
        } catch (BlockedTermsException | IllegalStateException e) {
            redirect.addFlashAttribute("notice", "textReview.blocked");
        }
        return "redirect:/cms#text-review";
    }
}
