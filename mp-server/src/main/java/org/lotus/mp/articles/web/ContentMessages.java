package org.lotus.mp.articles.web;

import java.util.Locale;
import org.lotus.content.InvalidContentException;
import org.springframework.context.MessageSource;

/**
 * A refusal of the content domain in the staff member's language, as every CMS message: the field's label, then what
 * to do ({@code error.field} with {@code content.field.<field>} and {@code content.error.<code>}).
 */
public final class ContentMessages {

    private ContentMessages() {}

    public static String of(InvalidContentException e, MessageSource messages, Locale locale) {
        String label = messages.getMessage(
                "content.field." + e.field(),
                null,
                messages.getMessage("field." + e.field(), null, e.field(), locale),
                locale);
        String what = messages.getMessage(
                "content.error." + e.code(),
                e.args(),
                messages.getMessage("content.error.invalid", null, locale),
                locale);
        return messages.getMessage("error.field", new Object[] {label, what}, locale);
    }
}
