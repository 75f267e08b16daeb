package org.lotus.mp.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps other web sites away from the API (ADR 0005). The API has no CSRF token: it is stateless and meant for
 * scripts. A request a browser marks as coming from another site is refused (403), and a request that changes
 * something must carry one of the API's own content types: the bodies a page can send without asking first
 * ({@code text/plain}, form fields) are refused (415).
 */
class CrossSiteApiFilter extends OncePerRequestFilter {

    private static final Set<String> CHANGES_STATE = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final String publicOrigin;

    CrossSiteApiFilter(String publicBaseUrl) {
        this.publicOrigin = origin(publicBaseUrl);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"))
                || isForeign(request.getHeader(HttpHeaders.ORIGIN), request)) {
            JsonErrors.write(response, HttpServletResponse.SC_FORBIDDEN, "cross-site request refused");
            return;
        }
        if (CHANGES_STATE.contains(request.getMethod()) && !accepted(request.getContentType())) {
            JsonErrors.write(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "unsupported content type");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean isForeign(String origin, HttpServletRequest request) {
        if (origin == null) {
            return false;
        }
        String own = (request.getScheme() + "://" + host(request)).toLowerCase(Locale.ROOT);
        String given = origin.strip().toLowerCase(Locale.ROOT);
        return !given.equals(publicOrigin) && !given.equals(own);
    }

    private static String host(HttpServletRequest request) {
        String host = request.getHeader(HttpHeaders.HOST);
        if (host != null) {
            return host;
        }
        int port = request.getServerPort();
        boolean usual = port == ("https".equals(request.getScheme()) ? 443 : 80);
        return usual ? request.getServerName() : request.getServerName() + ":" + port;
    }

    /** No body type at all (curl -X POST) is fine; otherwise only what an endpoint of the API reads. */
    static boolean accepted(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        MediaType type;
        try {
            type = MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException e) {
            return false;
        }
        return MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type)
                || ("application".equals(type.getType()) && type.getSubtype().endsWith("+json"))
                || "text/tab-separated-values".equals(type.getType() + "/" + type.getSubtype())
                || MediaType.MULTIPART_FORM_DATA.equalsTypeAndSubtype(type)
                || MediaType.APPLICATION_OCTET_STREAM.equalsTypeAndSubtype(type)
                || "image".equals(type.getType())
                || "audio".equals(type.getType());
    }

    private static String origin(String url) {
        URI uri = URI.create(url);
        String origin = uri.getScheme() + "://" + uri.getHost();
        return (uri.getPort() == -1 ? origin : origin + ":" + uri.getPort()).toLowerCase(Locale.ROOT);
    }
}
