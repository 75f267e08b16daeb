package org.lotus.mp.articles.web;

import java.util.Locale;
import org.lotus.content.InvalidContentException;
import org.springframework.context.MessageSource;

/**
 * A refusal of the content domain in the staff member's language: the field's label and what to do
 * ({@code content.field.<field>}, {@code content.error.<code>}); the English message when no wording exists yet.
 */
public final class ContentMessages {

    private ContentMessages() {}

    public static String of(InvalidContentException e, MessageSource messages, Locale locale) {
        String label = messages.getMessage("content.field." + e.field(), null, e.field(), locale);
        String what = messages.getMessage("content.error." + e.code(), e.args(), e.getMessage(), locale);
        return label + " : " + what;
    }
}
