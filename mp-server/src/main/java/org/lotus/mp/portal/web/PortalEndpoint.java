package org.lotus.mp.portal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.lotus.mp.portal.Callbacks;
import org.lotus.mp.portal.PushParameters;
import org.lotus.mp.portal.PushRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * WeChat's door, {@code GET|POST /wx/portal/{appid}}: address verification and pushes, answered here, first in the
 * filter chain. A push proves itself by its signature, so none of the work the other filters and Spring MVC do for
 * staff and readers is needed (security chain, observation, handler lookup over every mapping, exception resolvers):
 * skipping it halves the CPU of a callback and makes a refused request cheap (docs/PERFORMANCE.md, ADR 0015).
 * Refusals are an empty body with the status WeChat expects.
 */
final class PortalEndpoint extends HttpFilter {

    static final String PATH = "/wx/portal/";

    private static final Logger log = LoggerFactory.getLogger(PortalEndpoint.class);
    private static final String XML = "application/xml;charset=UTF-8";
    private static final String TEXT = "text/plain;charset=UTF-8";

    private final transient Callbacks callbacks;

    PortalEndpoint(Callbacks callbacks) {
        this.callbacks = callbacks;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String appid = appid(request);
        if (appid == null) {
            answer(response, 404, TEXT, "");
            return;
        }
        try {
            switch (request.getMethod()) {
                case "GET" -> verifyAddress(appid, request, response);
                case "POST" -> receivePush(appid, request, response);
                default -> {
                    response.setHeader("Allow", "GET, POST");
                    answer(response, 405, TEXT, "");
                }
            }
        } catch (PushRefusedException e) {
            log.debug("push refused ({}): {}", e.status(), e.getMessage());
            answer(response, e.status(), TEXT, "");
        } catch (RuntimeException e) {
            // WeChat retries on a 5xx. The exception's message may quote stored values: its class only.
            log.error("callback failed: {}", e.getClass().getName());
            answer(response, 500, TEXT, "");
        }
    }

    private void verifyAddress(String appid, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String echo = callbacks.verifyAddress(appid, parameters(request), single(request, "echostr"));
        answer(response, 200, TEXT, echo);
    }

    private void receivePush(String appid, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        byte[] body = readBody(request, callbacks.maxBodyBytes());
        Callbacks.Answer answer = callbacks.answer(appid, parameters(request), body);
        answer(response, 200, answer.xml() ? XML : TEXT, answer.body());
    }

    private static PushParameters parameters(HttpServletRequest request) {
        return new PushParameters(
                single(request, "signature"),
                single(request, "timestamp"),
                single(request, "nonce"),
                single(request, "encrypt_type"),
                single(request, "msg_signature"));
    }

    /** A parameter sent once, or null; sent twice it is ambiguous, and a push relying on it is refused. */
    private static String single(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        if (values == null) {
            return null;
        }
        if (values.length > 1) {
            throw new PushRefusedException(403, "repeated parameter");
        }
        return values[0];
    }

    /** The {@code {appid}} of {@code /wx/portal/{appid}}, or null for any other path under it. */
    private static String appid(HttpServletRequest request) {
        String uri = request.getRequestURI();
        int start = request.getContextPath().length() + PATH.length();
        if (uri.length() <= start || uri.indexOf('/', start) >= 0 || uri.indexOf(';', start) >= 0) {
            return null;
        }
        return uri.substring(start);
    }

    private static void answer(HttpServletResponse response, int status, String contentType, String body)
            throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(contentType);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** Reads at most {@code limit} bytes, whatever Content-Length claims (it may be absent or lie). */
    private static byte[] readBody(HttpServletRequest request, int limit) throws IOException {
        if (request.getContentLengthLong() > limit) {
            throw new BodyTooLargeException();
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(limit + 1);
            if (body.length > limit) {
                throw new BodyTooLargeException();
            }
            return body;
        }
    }

    /** A body over the limit: answered 413. */
    private static final class BodyTooLargeException extends PushRefusedException {
        BodyTooLargeException() {
            super(413, "body too large");
        }
    }
}
