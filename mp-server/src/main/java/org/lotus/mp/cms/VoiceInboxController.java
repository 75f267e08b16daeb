package org.lotus.mp.cms;

import java.security.Principal;
import org.lotus.mp.audio.AudioClip;
import org.lotus.mp.audio.AudioLibrary;
import org.lotus.mp.audit.AuditLog;
import org.lotus.mp.comments.CustomerServiceReplies;
import org.lotus.mp.comments.ReaderMessage;
import org.lotus.mp.comments.ReaderMessages;
import org.lotus.mp.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The inbox's voice actions: answer with a clip of the audio library, flag or unflag a message urgent. */
@Controller
class VoiceInboxController {

    private final ReaderMessages messages;
    private final CustomerServiceReplies replies;
    private final AudioLibrary library;
    private final AuditLog audit;

    VoiceInboxController(
            ReaderMessages messages, CustomerServiceReplies replies, AudioLibrary library, AuditLog audit) {
        this.messages = messages;
        this.replies = replies;
        this.library = library;
        this.audit = audit;
    }

    @PostMapping("/cms/comments/{id}/reply-voice")
    String replyWithVoice(
            @PathVariable long id,
            @RequestParam(required = false) Long audioId,
            Principal staff,
            RedirectAttributes redirect) {
        ReaderMessage message = find(id);
        AudioClip clip = audioId == null ? null : library.find(audioId).orElse(null);
        if (clip == null) {
            redirect.addFlashAttribute("notice", "audio.pick");
            return back(id);
        }
        CustomerServiceReplies.Outcome outcome = replies.replyWithVoice(message, clip, staff.getName());
        if (outcome instanceof CustomerServiceReplies.Outcome.VoiceSent) {
            audit.record("comment.reply", "comment", id, "voice " + clip.getId());
            redirect.addFlashAttribute("notice", "comments.reply.audioSent");
        } else if (outcome instanceof CustomerServiceReplies.Outcome.WindowClosed) {
            redirect.addFlashAttribute("notice", "comments.reply.closed");
        } else if (outcome instanceof CustomerServiceReplies.Outcome.WechatRefused refused) {
            redirect.addFlashAttribute("problem", "WeChat " + refused.errcode() + " " + refused.errmsg());
        }
        return back(id);
    }

    @PostMapping("/cms/comments/{id}/urgent")
    String flagUrgent(@PathVariable long id, @RequestParam boolean urgent, RedirectAttributes redirect) {
        if (messages.markUrgent(find(id), urgent)) {
            audit.record(urgent ? "comment.urgent" : "comment.notUrgent", "comment", id, null);
        }
        redirect.addFlashAttribute("notice", urgent ? "comments.urgentMarked" : "comments.urgentUnmarked");
        return back(id);
    }

    /** Back to the reader's conversation, at the message. */
    private String back(long id) {
        return "redirect:/cms/comments/readers/" + find(id).getReaderPseudonym().substring(0, 12) + "#comment-" + id;
    }

    private ReaderMessage find(long id) {
        return messages.find(id).orElseThrow(() -> new NotFoundException("comment", id));
    }
}
