package org.lotus.mp.cms;

import java.security.Principal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.lotus.mp.audit.AuditLog;
import org.lotus.mp.comments.CustomerServiceReplies;
import org.lotus.mp.comments.CustomerServiceReplies.Outcome;
import org.lotus.mp.comments.ReaderMessage;
import org.lotus.mp.comments.ReaderMessages;
import org.lotus.mp.conversations.Conversation;
import org.lotus.mp.conversations.Conversations;
import org.lotus.mp.conversations.ReplyTemplates;
import org.lotus.mp.i18n.StaffMessages;
import org.lotus.mp.privacy.ReaderErasure;
import org.lotus.mp.readers.Readers;
import org.lotus.mp.web.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One reader's thread: her messages and our replies, the 48 h countdown, reply templates, "handled" with its undo,
 * and erasure in a danger zone. A reply that cannot go keeps its text in the box, with the reason and what to do.
 */
@Controller
class ConversationPagesController {

    static final int MAX_REPLY = 600;

    private final Conversations conversations;
    private final ReaderMessages messages;
    private final CustomerServiceReplies replies;
    private final Readers readers;
    private final ReaderErasure erasure;
    private final ReplyTemplates templates;
    private final StaffMessages wording;
    private final AuditLog audit;

    ConversationPagesController(
            Conversations conversations,
            ReaderMessages messages,
            CustomerServiceReplies replies,
            Readers readers,
            ReaderErasure erasure,
            ReplyTemplates templates,
            StaffMessages wording,
            AuditLog audit) {
        this.conversations = conversations;
        this.messages = messages;
        this.replies = replies;
        this.readers = readers;
        this.erasure = erasure;
        this.templates = templates;
        this.wording = wording;
        this.audit = audit;
    }

    @GetMapping("/cms/comments/readers/{reader}")
    String thread(@PathVariable String reader, Model model) {
        return page(find(reader), model);
    }

    @PostMapping("/cms/comments/readers/{reader}/reply")
    String reply(
            @PathVariable String reader,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "false") boolean queue,
            Principal staff,
            Model model,
            RedirectAttributes redirect) {
        Conversation thread = find(reader);
        String typed = text.strip();
        if (typed.isEmpty() || typed.length() > MAX_REPLY) {
            return refused(thread, text, wording.fieldError("reply", "replyLength", MAX_REPLY), false, model);
        }
        ReaderMessage about = messages.ofReader(thread.pseudonym()).stream()
                .reduce((a, b) -> b)
                .orElse(null);
        Outcome outcome = replies.reply(thread.pseudonym(), about, typed, staff.getName(), queue);
        if (outcome instanceof Outcome.Sent) {
            audit.record("conversation.reply", "reader", reader, null);
            redirect.addFlashAttribute("notice", "comments.reply.sent");
        } else if (outcome instanceof Outcome.Queued) {
            audit.record("conversation.reply.queued", "reader", reader, null);
            redirect.addFlashAttribute("notice", "conversations.reply.queued");
        } else if (outcome instanceof Outcome.Blocked blocked) {
            String terms = String.join(
                    "、", blocked.findings().stream().map(f -> f.term()).toList());
            return refused(thread, text, wording.text("conversations.reply.blocked", terms), false, model);
        } else if (outcome instanceof Outcome.WindowClosed) {
            return refused(thread, text, wording.text("comments.reply.closed"), false, model);
        } else if (outcome instanceof Outcome.Uncertain) {
            audit.record("conversation.reply.uncertain", "reader", reader, null);
            return refused(thread, text, wording.text("conversations.reply.uncertain"), false, model);
        } else if (outcome instanceof Outcome.WechatRefused refused) {
            return refused(thread, text, wording.wechatError(refused.errcode()), false, model);
        } else {
            return refused(thread, text, wording.wechatUnreachable(), true, model);
        }
        return "redirect:/cms/comments/readers/" + reader;
    }

    /** The former per-message reply form: answers in the reader's thread. */
    @PostMapping("/cms/comments/{id}/reply")
    String replyToMessage(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "false") boolean queue,
            Principal staff,
            Model model,
            RedirectAttributes redirect) {
        return reply(readerOf(id), text, queue, staff, model, redirect);
    }

    @PostMapping("/cms/comments/readers/{reader}/handled")
    String handled(@PathVariable String reader, Principal staff, RedirectAttributes redirect) {
        messages.markReaderHandled(find(reader).pseudonym(), staff.getName(), LocalDateTime.now(ZoneOffset.UTC));
        audit.record("conversation.handled", "reader", reader, null);
        redirect.addFlashAttribute("notice", "comments.markedHandled");
        redirect.addFlashAttribute("undoReader", reader);
        return "redirect:/cms/comments";
    }

    @PostMapping("/cms/comments/{id}/handled")
    String markHandled(@PathVariable long id, Principal staff, RedirectAttributes redirect) {
        return handled(readerOf(id), staff, redirect);
    }

    @PostMapping("/cms/comments/readers/{reader}/reopen")
    String reopen(@PathVariable String reader, RedirectAttributes redirect) {
        messages.reopenReader(find(reader).pseudonym());
        audit.record("conversation.reopened", "reader", reader, null);
        redirect.addFlashAttribute("notice", "conversations.reopened");
        return "redirect:/cms/comments/readers/" + reader;
    }

    @PostMapping("/cms/comments/readers/{reader}/nickname")
    String rename(
            @PathVariable String reader,
            @RequestParam(defaultValue = "") String nickname,
            Model model,
            RedirectAttributes redirect) {
        Conversation thread = find(reader);
        if (nickname.strip().length() > 64) {
            model.addAttribute("nicknameError", wording.fieldError("nickname", "tooLong", 64));
            model.addAttribute("nicknameTyped", nickname);
            return page(thread, model);
        }
        readers.rename(thread.pseudonym(), nickname);
        audit.record("conversation.nickname", "reader", reader, null);
        redirect.addFlashAttribute("notice", "conversations.renamed");
        return "redirect:/cms/comments/readers/" + reader;
    }

    @PostMapping("/cms/comments/readers/{reader}/erase")
    @PreAuthorize("hasRole('ADMIN')")
    String erase(
            @PathVariable String reader,
            @RequestParam(defaultValue = "") String confirm,
            Model model,
            RedirectAttributes redirect) {
        Conversation thread = find(reader);
        if (!reader.equals(confirm.strip())) {
            model.addAttribute("eraseError", wording.text("conversations.erase.mismatch", reader));
            return page(thread, model);
        }
        erasure.erasePseudonym(thread.pseudonym());
        audit.record("reader.erase", "reader", reader, null);
        redirect.addFlashAttribute("notice", "comments.erased");
        return "redirect:/cms/comments";
    }

    private String refused(Conversation thread, String typed, String reason, boolean offerQueue, Model model) {
        model.addAttribute("replyText", typed);
        model.addAttribute("replyError", reason);
        model.addAttribute("offerQueue", offerQueue);
        return page(thread, model);
    }

    private String page(Conversation thread, Model model) {
        audit.recordRead("open", "cms", incoming(thread));
        model.addAttribute("thread", thread);
        model.addAttribute(
                "entries", thread.entries().stream().map(InboxViews::entry).toList());
        model.addAttribute("hoursLeft", InboxViews.hoursLeft(thread.replyWindowClosesAt()));
        model.addAttribute("windowClosesAt", CommentPagesController.paris(thread.replyWindowClosesAt()));
        model.addAttribute("templates", templates.list());
        model.addAttribute("open", thread.hasOpen());
        return "cms/conversation";
    }

    static java.util.List<Long> incoming(Conversation thread) {
        return thread.entries().stream()
                .filter(e -> "in".equals(e.direction()))
                .map(Conversation.Entry::id)
                .toList();
    }

    private Conversation find(String reader) {
        return conversations.thread(reader).orElseThrow(() -> new NotFoundException("conversation", reader));
    }

    private String readerOf(long id) {
        return messages.find(id)
                .map(m -> m.getReaderPseudonym().substring(0, Conversations.SHORT))
                .orElseThrow(() -> new NotFoundException("comment", id));
    }
}
