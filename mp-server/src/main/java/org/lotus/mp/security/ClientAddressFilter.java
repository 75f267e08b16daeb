package org.lotus.mp.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs before security: the request carries the client's address (for the per-address login limit and the audit) and
 * the scheme the client used ({@code X-Forwarded-Proto}), both believed only from a trusted proxy.
 */
class ClientAddressFilter extends OncePerRequestFilter {

    private final ClientAddress clientAddress;

    ClientAddressFilter(ClientAddress clientAddress) {
        this.clientAddress = clientAddress;
    }

    /** WeChat's callbacks need no client address, and they are the hottest path (docs/PERFORMANCE.md). */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/wx/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String peer = request.getRemoteAddr();
        if (!clientAddress.isTrustedProxy(peer)) {
            chain.doFilter(request, response);
            return;
        }
        String client = clientAddress.resolve(peer, request.getHeaders("X-Forwarded-For"));
        String proto = request.getHeader("X-Forwarded-Proto");
        boolean https = proto == null ? request.isSecure() : "https".equalsIgnoreCase(proto.split(",")[0].strip());
        chain.doFilter(new Forwarded(request, client, https), response);
    }

    /** The request as the client sent it to the proxy. */
    private static final class Forwarded extends HttpServletRequestWrapper {
        private final String client;
        private final boolean https;

        Forwarded(HttpServletRequest request, String client, boolean https) {
            super(request);
            this.client = client;
            this.https = https;
        }

        @Override
        public String getRemoteAddr() {
            return client;
        }

        @Override
        public String getRemoteHost() {
            return client;
        }

        @Override
        public boolean isSecure() {
            return https;
        }

        @Override
        public String getScheme() {
            return https ? "https" : "http";
        }
    }
}
