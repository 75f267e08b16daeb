package org.lotus.mp.cms;

import java.util.LinkedHashMap;
import java.util.Map;
import org.lotus.mp.replies.AutomaticReplies;
import org.lotus.mp.replies.AutomaticReply;
import org.lotus.mp.replies.BlockedTermsException;
import org.lotus.mp.replies.LexiconCheck;
import org.lotus.mp.replies.PlaceholdersException;
import org.lotus.mp.replies.ReplyKey;
import org.lotus.mp.web.InvalidFieldException;
import org.lotus.mp.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Réponses automatiques / 自动回复": every text Lotus sends by itself, with its French translation, a byte counter
 * and the text as readers will get it. A refused text stays in the form with the reason. Editors.
 */
@Controller
class ReplyPagesController {

    /** One reply as the page shows it: stored, typed (after a refusal) and marked as served. */
    public record ReplyCard(String key, String text, String textFr, TextMarks served) {}

    private final AutomaticReplies replies;
    private final LexiconCheck lexicon;

    ReplyPagesController(AutomaticReplies replies, LexiconCheck lexicon) {
        this.replies = replies;
        this.lexicon = lexicon;
    }

    @GetMapping("/cms/replies")
    String list(Model model) {
        return page(model, Map.of());
    }

    @PostMapping("/cms/replies/{key}")
    String save(
            @PathVariable String key,
            @RequestParam String text,
            @RequestParam(required = false) String textFr,
            Model model,
            RedirectAttributes redirect) {
        ReplyKey replyKey = ReplyKey.of(key).orElseThrow(() -> new NotFoundException("reply", key));
        if (text.isBlank()) {
            return refused(model, replyKey, text, textFr, "replies.problem.empty", null);
        }
        try {
            AutomaticReply current = replies.get(replyKey);
            replies.save(replyKey, text, textFr, current.audioId());
        } catch (BlockedTermsException e) {
            String terms =
                    String.join("、", e.findings().stream().map(f -> f.term()).toList());
            return refused(model, replyKey, text, textFr, "replies.problem.blocked", terms);
        } catch (PlaceholdersException e) {
            return refused(
                    model,
                    replyKey,
                    text,
                    textFr,
                    "replies.problem.placeholders",
                    PlaceholdersException.braced(e.expected()));
        } catch (InvalidFieldException e) {
            return refused(model, replyKey, text, textFr, "replies.problem.tooLong", null);
        }
        redirect.addFlashAttribute("notice", "replies.saved");
        return "redirect:/cms/replies#reply-" + key;
    }

    /** The text as readers would get it, marked: for the live view beside each text. */
    @PostMapping("/cms/replies/preview")
    String preview(@RequestParam(defaultValue = "") String text, Model model) {
        model.addAttribute("served", TextMarks.of(text, lexicon));
        return "cms/text-preview";
    }

    private String refused(Model model, ReplyKey key, String text, String textFr, String problem, String terms) {
        model.addAttribute("problem", problem);
        model.addAttribute("problemKey", key.key());
        model.addAttribute("problemTerms", terms == null ? "" : terms);
        return page(model, Map.of(key, new String[] {text, textFr == null ? "" : textFr}));
    }

    private String page(Model model, Map<ReplyKey, String[]> typed) {
        Map<String, ReplyCard> cards = new LinkedHashMap<>();
        for (AutomaticReply reply : replies.all()) {
            String[] kept = typed.get(reply.key());
            String text = kept != null ? kept[0] : reply.text();
            String textFr = kept != null ? kept[1] : reply.textFr();
            cards.put(
                    reply.key().key(),
                    new ReplyCard(reply.key().key(), text, textFr == null ? "" : textFr, TextMarks.of(text, lexicon)));
        }
        model.addAttribute("replies", cards.values());
        model.addAttribute("maxBytes", AutomaticReplies.MAX_BYTES);
        return "cms/replies";
    }
}
