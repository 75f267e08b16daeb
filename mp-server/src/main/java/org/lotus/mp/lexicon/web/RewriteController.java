package org.lotus.mp.lexicon.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.lotus.mp.lexicon.CurrentLexicon;
import org.lotus.sensitivewords.Language;
import org.lotus.sensitivewords.RewriteResult;
import org.lotus.sensitivewords.TextFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Rewrites a text as it would be published: replacements with their offsets, and blocked findings. */
@RestController
class RewriteController {

    record RewriteRequest(
            @NotNull @Size(max = 200_000) String text,
            @Pattern(regexp = "text|html") String format,
            @Pattern(regexp = "zh|fr") String language) {}

    private final CurrentLexicon lexicon;

    RewriteController(CurrentLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @PostMapping("/api/rewrite")
    @PreAuthorize("hasAnyRole('EDITOR', 'MODERATOR')")
    RewriteResult rewrite(@Valid @RequestBody RewriteRequest request) {
        TextFormat format = "html".equals(request.format()) ? TextFormat.HTML : TextFormat.TEXT;
        Language language = request.language() == null ? Language.ZH : Language.parse(request.language());
        return lexicon.rewrite(request.text(), format, language);
    }
}
