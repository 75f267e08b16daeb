package org.lotus.mp.i18n;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.FieldError;

/**
 * The message catalogue (messages.properties in French, messages_zh.properties in Chinese) for everything a staff
 * member reads, in the language of the current request. Fields are named by their label ({@code field.<name>}), never
 * by their code; WeChat's error codes by what they mean and what to do ({@code wechat.error.<errcode>}).
 */
@Component
public class StaffMessages {

    private final MessageSource source;

    StaffMessages(MessageSource source) {
        this.source = source;
    }

    /** The catalogue's text for {@code key}, or the key itself when it has none. */
    public String text(String key, Object... args) {
        return source.getMessage(key, args, key, locale());
    }

    /** The label of a field: {@code sections[news].nameZh} → the label of {@code field.nameZh}. */
    public String label(String field) {
        java.util.regex.Matcher numbered = NUMBERED.matcher(field == null ? "" : field);
        if (numbered.matches()) {
            return label(numbered.group(1)) + " " + numbered.group(2);
        }
        String name = field == null ? "" : field.replaceAll("\\[[^]]*]", "");
        String last = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : name;
        String found = source.getMessage("field." + name, null, null, locale());
        if (found == null) {
            found = source.getMessage("field." + last, null, null, locale());
        }
        return found == null ? name : found;
    }

    /** "« Titre » : 64 caractères au plus. Raccourcissez-le." — the label, then {@code error.<code>}. */
    public String fieldError(String field, String code, Object... args) {
        return text("error.field", label(field), text("error." + (code == null ? "invalid" : code), args));
    }

    /** A Bean Validation error (NotBlank, Size…) with the field's label. */
    public String fieldError(FieldError error) {
        String reason;
        try {
            reason = source.getMessage(error, locale());
        } catch (NoSuchMessageException e) {
            reason = text("error.invalid");
        }
        return text("error.field", label(error.getField()), reason);
    }

    /** What a WeChat error code means for staff, and what to do next. */
    public String wechatError(int errcode) {
        String known = source.getMessage("wechat.error." + errcode, null, null, locale());
        return known != null ? known : text("wechat.error.other", String.valueOf(errcode));
    }

    /** WeChat did not answer at all (network, timeout). */
    public String wechatUnreachable() {
        return text("wechat.error.unreachable");
    }

    /**
     * A stored status reason (written in English by the publishing jobs) in the staff member's language with what to
     * do: WeChat error codes are explained, known reasons translated; anything else is shown as stored.
     */
    public String statusReason(String stored) {
        if (stored == null || stored.isBlank()) {
            return "";
        }
        java.util.regex.Matcher code = ERRCODE.matcher(stored);
        String wechat = code.find() ? wechatError(Integer.parseInt(code.group(1))) : null;
        if (stored.startsWith("blocked terms")) {
            return text("reason.blocked");
        }
        if (stored.startsWith("WeChat kept failing")) {
            return text("reason.gaveUp") + " " + (wechat != null ? wechat : wechatUnreachable());
        }
        if (stored.startsWith("WeChat credentials are not configured")) {
            return text("wechat.error.notConfigured");
        }
        if (stored.startsWith("the daily push quota")) {
            return text("reason.pushQuota");
        }
        if (wechat != null) {
            return wechat;
        }
        return stored.contains("WeChat unreachable") ? wechatUnreachable() : stored;
    }

    /** A field with a number, such as an import's {@code line 3}. */
    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile("([A-Za-z]+) (\\d+)");

    private static final java.util.regex.Pattern ERRCODE =
            java.util.regex.Pattern.compile("(?:errcode |\\()(-?\\d{1,6})\\)?");

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
