package org.lotus.mp.mobile;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * Makes phone numbers in a reader text tappable ({@code tel:}): the French emergency numbers (17 police, 15 SAMU,
 * 18 pompiers, 112, 114 by SMS, 115, 119, 3919) and ordinary French numbers. A short number counts only when it
 * stands alone, not as a day, an hour or an age ("17日", "17 点", "15 岁").
 */
public final class PhoneLinks {

    private static final Pattern NUMBERS = Pattern.compile("(?<![\\d第])(?:(\\+33\\s?[1-9](?:[\\s.]?\\d{2}){4})"
            + "|(0[1-9](?:[\\s.]?\\d{2}){4})"
            + "|(3919|112|114|115|119|15|17|18)(?!\\s?[\\d日号月年点岁时分小天周个次元:.%h€]))");

    /** The text, HTML-escaped, with each phone number a {@code tel:} link. */
    public String html(String text) {
        if (text == null) {
            return "";
        }
        String escaped = HtmlUtils.htmlEscape(text, "UTF-8");
        Matcher m = NUMBERS.matcher(escaped);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String shown = m.group();
            String dial = shown.replaceAll("[\\s.]", "");
            m.appendReplacement(
                    out, Matcher.quoteReplacement("<a class=\"tel\" href=\"tel:" + dial + "\">" + shown + "</a>"));
        }
        m.appendTail(out);
        return out.toString();
    }
}
