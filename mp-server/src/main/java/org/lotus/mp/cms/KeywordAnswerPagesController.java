package org.lotus.mp.cms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lotus.content.section.Sections;
import org.lotus.mp.replies.BlockedTermsException;
import org.lotus.mp.replies.KeywordAnswer;
import org.lotus.mp.replies.KeywordAnswers;
import org.lotus.mp.replies.LexiconCheck;
import org.lotus.mp.web.InvalidFieldException;
import org.lotus.mp.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Keyword answers: the keywords (one per line), how they match, and the answer (a text, a section's reply or an
 * article). A refused answer stays in its form with the reason. Editors.
 */
@Controller
class KeywordAnswerPagesController {

    /** One answer as its form shows it; {@code id} is null for a new one. */
    public record AnswerForm(
            Long id,
            String keywords,
            String match,
            String answerKind,
            String text,
            String textFr,
            String section,
            String articleId,
            TextMarks served) {

        static AnswerForm of(KeywordAnswer a, LexiconCheck lexicon) {
            return new AnswerForm(
                    a.id(),
                    String.join("\n", a.keywords()),
                    a.match().code(),
                    a.kind().code(),
                    a.text() == null ? "" : a.text(),
                    a.textFr() == null ? "" : a.textFr(),
                    a.sectionKey() == null ? "" : a.sectionKey(),
                    a.articleId() == null ? "" : a.articleId().toString(),
                    TextMarks.of(a.text(), lexicon));
        }

        AnswerForm withServed(LexiconCheck lexicon) {
            return new AnswerForm(
                    id,
                    nonNull(keywords),
                    match,
                    nonNull(answerKind),
                    nonNull(text),
                    nonNull(textFr),
                    nonNull(section),
                    nonNull(articleId),
                    TextMarks.of(text, lexicon));
        }

        KeywordAnswer.Draft draft() {
            List<String> list = Arrays.stream(nonNull(keywords).split("[\\n,，、]"))
                    .map(String::strip)
                    .filter(k -> !k.isEmpty())
                    .toList();
            Long article = null;
            if ("article".equals(answerKind)) {
                try {
                    article = Long.parseLong(nonNull(articleId).strip());
                } catch (NumberFormatException e) {
                    throw new InvalidFieldException("articleId", "not a number");
                }
            }
            return new KeywordAnswer.Draft(
                    list,
                    "exact".equals(match) ? KeywordAnswer.Match.EXACT : KeywordAnswer.Match.CONTAINS,
                    text,
                    textFr,
                    "section".equals(answerKind) ? section : null,
                    article,
                    null,
                    "report".equals(answerKind) || "check".equals(answerKind)
                            ? KeywordAnswer.Kind.parse(answerKind)
                            : null);
        }

        private static String nonNull(String s) {
            return s == null ? "" : s;
        }
    }

    private final KeywordAnswers answers;
    private final Sections sections;
    private final LexiconCheck lexicon;

    KeywordAnswerPagesController(KeywordAnswers answers, Sections sections, LexiconCheck lexicon) {
        this.answers = answers;
        this.sections = sections;
        this.lexicon = lexicon;
    }

    @GetMapping("/cms/auto-replies")
    String list(Model model) {
        return page(model, null);
    }

    @PostMapping("/cms/auto-replies")
    String create(@ModelAttribute AnswerForm form, Model model, RedirectAttributes redirect) {
        try {
            long id = answers.create(form.draft()).answer().id();
            redirect.addFlashAttribute("notice", "autoReplies.saved");
            return "redirect:/cms/auto-replies#answer-" + id;
        } catch (InvalidFieldException e) {
            return refused(model, form, e);
        }
    }

    @PostMapping("/cms/auto-replies/{id}")
    String update(@PathVariable long id, @ModelAttribute AnswerForm form, Model model, RedirectAttributes redirect) {
        AnswerForm typed = new AnswerForm(
                id,
                form.keywords(),
                form.match(),
                form.answerKind(),
                form.text(),
                form.textFr(),
                form.section(),
                form.articleId(),
                null);
        try {
            answers.update(id, typed.draft()).orElseThrow(() -> new NotFoundException("keyword answer", id));
            redirect.addFlashAttribute("notice", "autoReplies.saved");
            return "redirect:/cms/auto-replies#answer-" + id;
        } catch (InvalidFieldException e) {
            return refused(model, typed, e);
        }
    }

    @PostMapping("/cms/auto-replies/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        if (!answers.delete(id)) {
            throw new NotFoundException("keyword answer", id);
        }
        redirect.addFlashAttribute("notice", "autoReplies.deleted");
        return "redirect:/cms/auto-replies";
    }

    private String refused(Model model, AnswerForm typed, InvalidFieldException e) {
        model.addAttribute("problem", "autoReplies.problem." + e.field());
        model.addAttribute(
                "problemTerms",
                e instanceof BlockedTermsException blocked
                        ? String.join(
                                "、",
                                blocked.findings().stream().map(f -> f.term()).toList())
                        : "");
        model.addAttribute("problemId", typed.id() == null ? "new" : typed.id().toString());
        return page(model, typed.withServed(lexicon));
    }

    private String page(Model model, AnswerForm typed) {
        List<AnswerForm> forms = new ArrayList<>();
        for (KeywordAnswer answer : answers.all()) {
            forms.add(
                    typed != null && Long.valueOf(answer.id()).equals(typed.id())
                            ? typed
                            : AnswerForm.of(answer, lexicon));
        }
        AnswerForm blank = new AnswerForm(null, "", "contains", "text", "", "", "", "", TextMarks.of("", lexicon));
        model.addAttribute("answers", forms);
        model.addAttribute("newAnswer", typed != null && typed.id() == null ? typed : blank);
        model.addAttribute("sections", sections.all());
        return "cms/auto-replies";
    }
}
