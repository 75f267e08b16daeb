package org.lotus.mp.cms;

import org.lotus.mp.audit.AuditLog;
import org.lotus.mp.channels.Channel;
import org.lotus.mp.channels.ChannelCard;
import org.lotus.mp.channels.Channels;
import org.lotus.mp.channels.QrCodeUnavailableException;
import org.lotus.mp.i18n.StaffMessages;
import org.lotus.mp.web.InvalidFieldException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Channels in the CMS: create and rename them, see their QR code, print their A6 card. */
@Controller
@PreAuthorize("hasRole('EDITOR')")
class ChannelPagesController {

    private final Channels channels;
    private final ChannelCard card;
    private final AuditLog audit;
    private final StaffMessages wording;

    ChannelPagesController(Channels channels, ChannelCard card, AuditLog audit, StaffMessages wording) {
        this.channels = channels;
        this.card = card;
        this.audit = audit;
        this.wording = wording;
    }

    @GetMapping("/cms/channels")
    String list(Model model) {
        var all = channels.list();
        model.addAttribute("channels", all);
        // Why a channel has no code yet, stored in English by the QR job: told in the staff member's language.
        model.addAttribute(
                "qrProblems",
                all.stream()
                        .filter(c -> c.qrProblem() != null)
                        .collect(java.util.stream.Collectors.toMap(
                                c -> String.valueOf(c.id()), c -> wording.statusReason(c.qrProblem()))));
        return "cms/channels";
    }

    @PostMapping("/cms/channels")
    String create(
            @RequestParam String name, @RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
        try {
            Channel channel = channels.create(name, note);
            audit.record("channel.created", "channel", channel.id(), null);
            redirect.addFlashAttribute(
                    "notice", channel.qrUrl() == null ? "channels.createdNoCode" : "channels.created");
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute("fieldError", e.field());
            redirect.addFlashAttribute("typedName", name);
            redirect.addFlashAttribute("typedNote", note);
        }
        return "redirect:/cms/channels";
    }

    @PostMapping("/cms/channels/{id}")
    String rename(
            @PathVariable long id,
            @RequestParam String name,
            @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect) {
        try {
            channels.update(id, name, note);
            audit.record("channel.updated", "channel", id, null);
            redirect.addFlashAttribute("notice", "channels.saved");
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute("fieldError", e.field());
            redirect.addFlashAttribute("editedId", id);
        }
        return "redirect:/cms/channels";
    }

    @GetMapping(path = "/cms/channels/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> png(@PathVariable long id, @RequestParam(required = false) Integer size) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .contentType(MediaType.IMAGE_PNG)
                .body(channels.png(id, size));
    }

    @GetMapping("/cms/channels/{id}/card")
    String card(@PathVariable long id, Model model) {
        Channel channel = channels.get(id);
        model.addAttribute("channel", channel);
        try {
            model.addAttribute("cardSvg", card.svg(channels.withQrCode(channel)));
        } catch (QrCodeUnavailableException e) {
            model.addAttribute("qrProblem", wording.statusReason(e.getMessage()));
        }
        return "cms/channel-card";
    }
}
