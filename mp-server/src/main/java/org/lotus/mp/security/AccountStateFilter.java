package org.lotus.mp.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.lotus.mp.staff.Role;
import org.lotus.mp.staff.StaffAccount;
import org.lotus.mp.staff.StaffAccounts;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the signed-in account again on every request, so an administrator's change counts at once: a disabled
 * account's CMS session ends on its very next request, changed roles apply to the open session, and an
 * account whose password was set by someone else may do nothing but change it (the API answers 403, the CMS shows
 * the change-password page).
 */
class AccountStateFilter extends OncePerRequestFilter {

    static final String PASSWORD_PAGE = "/cms/password";
    private static final Set<String> API_WHILE_CHANGE_REQUIRED = Set.of("/api/me", "/api/me/password");

    private final StaffAccounts accounts;
    private final boolean api;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    AccountStateFilter(StaffAccounts accounts, boolean api) {
        this.accounts = accounts;
        this.api = api;
    }

    /** Static files and readers' pages change nothing and show nothing of staff: no account lookup for them. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/assets/") || path.startsWith("/webjars/") || path.startsWith("/m/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        Optional<StaffAccount> found = accounts.findByUsername(authentication.getName());
        if (found.isEmpty()) {
            chain.doFilter(request, response); // accounts are disabled, never deleted: only test doubles get here
            return;
        }
        StaffAccount account = found.get();
        if (!Boolean.TRUE.equals(account.getEnabled())) {
            endSession(request, response);
            return;
        }
        if (!api) {
            refreshRoles(authentication, account, request, response);
        }
        if (account.mustChangePassword() && !allowedWhileChangeRequired(request)) {
            if (api) {
                JsonErrors.write(response, HttpServletResponse.SC_FORBIDDEN, "password change required");
            } else {
                response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private void endSession(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (api) {
            JsonErrors.write(response, HttpServletResponse.SC_UNAUTHORIZED, "authentication required");
        } else {
            response.sendRedirect(request.getContextPath() + "/login?expired");
        }
    }

    private void refreshRoles(
            Authentication authentication,
            StaffAccount account,
            HttpServletRequest request,
            HttpServletResponse response) {
        Set<String> held = account.roleSet().stream().map(Role::authority).collect(Collectors.toSet());
        Set<String> granted = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        if (held.equals(granted)) {
            return;
        }
        var refreshed = UsernamePasswordAuthenticationToken.authenticated(
                authentication.getPrincipal(),
                null,
                held.stream().map(SimpleGrantedAuthority::new).toList());
        refreshed.setDetails(authentication.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(refreshed);
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
    }

    private boolean allowedWhileChangeRequired(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (api) {
            return API_WHILE_CHANGE_REQUIRED.contains(path);
        }
        return !path.startsWith("/cms") || path.equals(PASSWORD_PAGE);
    }
}
