package org.lotus.mp.cms;

import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.lotus.content.InvalidContentException;
import org.lotus.content.StatusConflictException;
import org.lotus.mp.articles.web.ContentMessages;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The lifecycle buttons of the content pages (schedule, unschedule, publish now, withdraw): run the action, then back
 * to the page with a notice, or with what went wrong in the staff member's language.
 */
@Component
class PageActions {

    private final MessageSource messages;

    PageActions(MessageSource messages) {
        this.messages = messages;
    }

    String run(String page, Locale locale, RedirectAttributes redirect, String notice, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (InvalidContentException e) {
            redirect.addFlashAttribute("problem", ContentMessages.of(e, messages, locale));
            redirect.addFlashAttribute("fieldError", e.field());
        } catch (DateTimeParseException e) {
            redirect.addFlashAttribute("problem", messages.getMessage("content.error.date", null, locale));
        } catch (StatusConflictException e) {
            redirect.addFlashAttribute("problem", changedMeanwhile(locale));
        }
        return "redirect:" + page;
    }

    String changedMeanwhile(Locale locale) {
        return messages.getMessage("articles.changedMeanwhile", null, locale);
    }
}
