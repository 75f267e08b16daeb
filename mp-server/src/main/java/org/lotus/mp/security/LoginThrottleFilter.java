package org.lotus.mp.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.lotus.mp.staff.LoginAttempts;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses login attempts from an address that failed too often, before any password is checked. */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginAttempts attempts;

    LoginThrottleFilter(LoginAttempts attempts) {
        this.attempts = attempts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isLoginAttempt(request) && attempts.isAddressThrottled(request.getRemoteAddr())) {
            if (isFormLogin(request)) {
                response.sendRedirect(request.getContextPath() + "/login?throttled");
                return;
            }
            response.setStatus(429);
            response.setHeader(
                    HttpHeaders.RETRY_AFTER, Long.toString(attempts.window().toSeconds()));
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getWriter().write("{\"error\":\"too many failed logins from this address, try again later\"}");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isLoginAttempt(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.AUTHORIZATION) != null || isFormLogin(request);
    }

    private static boolean isFormLogin(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && "/login".equals(request.getServletPath());
    }
}
