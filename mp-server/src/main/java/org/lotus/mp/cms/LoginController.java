package org.lotus.mp.cms;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page. A locked, disabled or unknown account and a wrong password get the same message, so the page
 * never tells whether a name exists; the message says to wait or ask an administrator.
 */
@Controller
class LoginController {

    @GetMapping("/login")
    String loginForm(HttpServletRequest request, Model model) {
        if (request.getParameter("error") != null) {
            model.addAttribute("error", "bad");
        }
        if (request.getParameter("throttled") != null) {
            model.addAttribute("error", "throttled");
        }
        model.addAttribute("loggedOut", request.getParameter("logout") != null);
        model.addAttribute("expired", request.getParameter("expired") != null);
        return "cms/login";
    }
}
