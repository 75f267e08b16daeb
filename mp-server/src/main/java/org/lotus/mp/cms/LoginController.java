package org.lotus.mp.cms;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; it tells a locked account apart from a wrong password so staff know to wait. */
@Controller
class LoginController {

    @GetMapping("/login")
    String loginForm(HttpServletRequest request, Model model) {
        HttpSession session = request.getSession(false);
        Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (request.getParameter("error") != null) {
            model.addAttribute("error", failure instanceof LockedException ? "locked" : "bad");
        }
        if (request.getParameter("throttled") != null) {
            model.addAttribute("error", "throttled");
        }
        model.addAttribute("loggedOut", request.getParameter("logout") != null);
        model.addAttribute("expired", request.getParameter("expired") != null);
        return "cms/login";
    }
}
