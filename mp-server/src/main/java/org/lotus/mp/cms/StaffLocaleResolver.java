package org.lotus.mp.cms;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import org.lotus.mp.staff.StaffAccount;
import org.lotus.mp.staff.StaffAccounts;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The CMS speaks the signed-in staff member's language (French or simplified Chinese); a choice made with
 * {@code ?lang=} is kept in the session and saved on the account.
 */
class StaffLocaleResolver implements LocaleResolver {

    static final Locale FRENCH = Locale.FRENCH;
    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final String SESSION_KEY = StaffLocaleResolver.class.getName();

    private final StaffAccounts accounts;

    StaffLocaleResolver(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_KEY) instanceof Locale chosen) {
            return chosen;
        }
        String username = currentUsername();
        if (username != null) {
            Locale locale = accounts.findByUsername(username)
                    .map(a -> of(a.getLanguage()))
                    .orElseGet(() -> requested(request));
            if (session != null) {
                session.setAttribute(SESSION_KEY, locale);
            }
            return locale;
        }
        return requested(request);
    }

    private static Locale requested(HttpServletRequest request) {
        Locale requested = request.getLocale();
        return requested != null && "zh".equals(requested.getLanguage()) ? CHINESE : FRENCH;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Locale chosen = locale != null && "zh".equals(locale.getLanguage()) ? CHINESE : FRENCH;
        request.getSession().setAttribute(SESSION_KEY, chosen);
        String username = currentUsername();
        if (username != null) {
            accounts.findByUsername(username).ifPresent(account -> save(account, chosen));
        }
    }

    private void save(StaffAccount account, Locale locale) {
        String language = locale.getLanguage();
        if (!language.equals(account.getLanguage())) {
            account.setLanguage(language);
            accounts.update(account);
        }
    }

    static Locale of(String language) {
        return "zh".equals(language) ? CHINESE : FRENCH;
    }

    private static String currentUsername() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName())
                ? null
                : auth.getName();
    }
}
