package org.lotus.mp.cms;

import java.security.Principal;
import java.util.Locale;
import org.lotus.mp.staff.StaffAccounts;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every CMS page needs in its model: who is signed in, with which role, in which language. */
@ControllerAdvice(basePackageClasses = CmsModel.class)
class CmsModel {

    private final StaffAccounts accounts;

    CmsModel(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @ModelAttribute("staff")
    SignedInStaff staff(Principal principal) {
        if (principal == null) {
            return null;
        }
        return accounts.findByUsername(principal.getName())
                .map(a -> new SignedInStaff(a.getUsername(), a.getRole().name()))
                .orElse(null);
    }

    @ModelAttribute("lang")
    String lang(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? "zh" : "fr";
    }

    @ModelAttribute("isAdmin")
    boolean isAdmin(Authentication authentication) {
        return has(authentication, "ROLE_ADMIN");
    }

    @ModelAttribute("isEditor")
    boolean isEditor(Authentication authentication) {
        return has(authentication, "ROLE_ADMIN") || has(authentication, "ROLE_EDITOR");
    }

    @ModelAttribute("isModerator")
    boolean isModerator(Authentication authentication) {
        return has(authentication, "ROLE_ADMIN") || has(authentication, "ROLE_MODERATOR");
    }

    private static boolean has(Authentication authentication, String authority) {
        return authentication != null
                && authentication.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
    }
}
