package org.lotus.mp.replies.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.lotus.mp.replies.KeywordAnswer;
import org.lotus.mp.replies.KeywordAnswers;
import org.lotus.mp.web.NotFoundException;
import org.lotus.sensitivewords.Replacement;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Keyword answers over the API. The answer is {@code text}, or a {@code section} (its menu reply), or an
 * {@code articleId} (a one-item news message); {@code action} {@code report} or {@code check} makes the keywords start
 * the safety desk's report or number check instead. Editors.
 */
@RestController
@PreAuthorize("hasRole('EDITOR')")
class KeywordAnswersController {

    record AnswerRequest(
            @NotEmpty @Size(max = 50) List<@Size(max = 100) String> keywords,
            @Pattern(regexp = "contains|exact") String match,
            @Size(max = 4000) String text,
            @Size(max = 4000) String textFr,
            @Size(max = 32) String section,
            Long articleId,
            Long audioId,
            @Pattern(regexp = "report|check") String action) {

        KeywordAnswer.Draft draft() {
            return new KeywordAnswer.Draft(
                    keywords,
                    KeywordAnswer.Match.parse(match == null ? "contains" : match),
                    text,
                    textFr,
                    section,
                    articleId,
                    audioId,
                    action == null ? null : KeywordAnswer.Kind.parse(action));
        }
    }

    record AnswerView(
            long id,
            List<String> keywords,
            String match,
            String kind,
            String text,
            String textFr,
            String section,
            Long articleId,
            Long audioId,
            List<Replacement> replacements) {

        static AnswerView of(KeywordAnswer a, List<Replacement> replacements) {
            return new AnswerView(
                    a.id(),
                    a.keywords(),
                    a.match().code(),
                    a.kind().code(),
                    a.text(),
                    a.textFr(),
                    a.sectionKey(),
                    a.articleId(),
                    a.audioId(),
                    replacements);
        }
    }

    private final KeywordAnswers answers;

    KeywordAnswersController(KeywordAnswers answers) {
        this.answers = answers;
    }

    @GetMapping("/api/auto-replies")
    List<AnswerView> list() {
        return answers.all().stream().map(a -> AnswerView.of(a, List.of())).toList();
    }

    @GetMapping("/api/auto-replies/{id}")
    AnswerView show(@PathVariable long id) {
        return answers.find(id)
                .map(a -> AnswerView.of(a, List.of()))
                .orElseThrow(() -> new NotFoundException("keyword answer", id));
    }

    @PostMapping(path = "/api/auto-replies", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> create(@Valid @RequestBody AnswerRequest request) {
        KeywordAnswers.Saved saved = answers.create(request.draft());
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/auto-replies/" + saved.answer().id()))
                .body(Map.of("id", saved.answer().id(), "replacements", saved.replacements()));
    }

    @PutMapping(path = "/api/auto-replies/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    AnswerView update(@PathVariable long id, @Valid @RequestBody AnswerRequest request) {
        return answers.update(id, request.draft())
                .map(s -> AnswerView.of(s.answer(), s.replacements()))
                .orElseThrow(() -> new NotFoundException("keyword answer", id));
    }

    @DeleteMapping("/api/auto-replies/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        if (!answers.delete(id)) {
            throw new NotFoundException("keyword answer", id);
        }
        return ResponseEntity.noContent().build();
    }
}
