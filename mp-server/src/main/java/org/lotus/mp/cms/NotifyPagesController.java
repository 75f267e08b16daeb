package org.lotus.mp.cms;

import java.security.Principal;
import org.lotus.content.announcement.Announcements;
import org.lotus.content.article.Articles;
import org.lotus.mp.i18n.StaffMessages;
import org.lotus.mp.notify.MassSendException;
import org.lotus.mp.notify.Notifiable;
import org.lotus.mp.notify.NotificationRefusedException;
import org.lotus.mp.notify.Notifications;
import org.lotus.mp.web.InvalidFieldException;
import org.lotus.mp.web.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Notifying followers from the CMS: the quota, a preview to one's own WeChat, then the one send. */
@Controller
@PreAuthorize("hasRole('EDITOR')")
class NotifyPagesController {

    private final Notifications notifications;
    private final Articles articles;
    private final Announcements announcements;
    private final StaffMessages wording;

    NotifyPagesController(
            Notifications notifications, Articles articles, Announcements announcements, StaffMessages wording) {
        this.notifications = notifications;
        this.articles = articles;
        this.announcements = announcements;
        this.wording = wording;
    }

    @GetMapping("/cms/notify/{type}/{id}")
    String page(@PathVariable String type, @PathVariable long id, Model model) {
        Notifiable what = type(type);
        model.addAttribute("type", what.key());
        model.addAttribute("id", id);
        model.addAttribute("title", title(what, id));
        var notification = notifications.state(what, id);
        model.addAttribute("notification", notification);
        model.addAttribute("problemShown", problem(notification));
        model.addAttribute("quota", notifications.quota());
        model.addAttribute("defaultText", notifications.textFor(what, id, null).replaceAll("<a .*$", ""));
        model.addAttribute("back", what == Notifiable.ARTICLE ? "/cms/articles/" + id : "/cms/announcements/" + id);
        return "cms/notify";
    }

    @PostMapping("/cms/notify/{type}/{id}/preview")
    String preview(
            @PathVariable String type,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String towxname,
            @RequestParam(defaultValue = "") String text,
            Principal who,
            RedirectAttributes redirect) {
        Notifiable what = type(type);
        redirect.addFlashAttribute("typedTowxname", towxname);
        redirect.addFlashAttribute("typedText", text);
        act(redirect, "notify.previewed", () -> notifications.preview(what, id, towxname, text, who.getName()));
        return "redirect:/cms/notify/" + what.key() + "/" + id;
    }

    @PostMapping("/cms/notify/{type}/{id}/send")
    String send(@PathVariable String type, @PathVariable long id, Principal who, RedirectAttributes redirect) {
        Notifiable what = type(type);
        act(redirect, "notify.sent", () -> notifications.send(what, id, who.getName()));
        return "redirect:/cms/notify/" + what.key() + "/" + id;
    }

    private interface Action {
        void run() throws MassSendException;
    }

    private static void act(RedirectAttributes redirect, String done, Action action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", done);
        } catch (NotificationRefusedException e) {
            redirect.addFlashAttribute("problemKey", "notify.reason." + e.reason());
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute("problemKey", "notify.field." + e.field());
        } catch (MassSendException e) {
            redirect.addFlashAttribute(
                    "problemKey", "notify.wechat." + e.kind().name().toLowerCase(java.util.Locale.ROOT));
            redirect.addFlashAttribute("errcode", e.errcode());
        }
    }

    private String title(Notifiable type, long id) {
        return switch (type) {
            case ARTICLE ->
                articles.find(id).map(a -> a.getTitle()).orElseThrow(() -> new NotFoundException("article", id));
            case ANNOUNCEMENT ->
                announcements
                        .find(id)
                        .map(a -> a.getTitle())
                        .orElseThrow(() -> new NotFoundException("announcement", id));
        };
    }

    private static Notifiable type(String type) {
        for (Notifiable notifiable : Notifiable.values()) {
            if (notifiable.key().equals(type)) {
                return notifiable;
            }
        }
        throw new NotFoundException("page", type);
    }

    /** Why the notification failed, stored in English with WeChat's code: explained in the staff member's language. */
    private String problem(org.lotus.mp.notify.Notification notification) {
        if (notification == null || notification.problem() == null) {
            return "";
        }
        return notification.errcode() != null && notification.errcode() != 0
                ? wording.wechatError(notification.errcode())
                : wording.statusReason(notification.problem());
    }
}
