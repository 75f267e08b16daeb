package org.lotus.mp.mobile;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors under {@code /m/**} are answered with a Chinese reader page (never the CMS error page or the server's own),
 * pointing back to the menu sections; other paths keep the default error page.
 */
@Component
class MobileErrorPages implements ErrorViewResolver {

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Object path = model.get("path");
        if (!(path instanceof String p) || !isReaderPath(p)) {
            return null;
        }
        ModelAndView page = new ModelAndView("mobile/error", Map.of("notFound", status == HttpStatus.NOT_FOUND));
        page.setStatus(status);
        return page;
    }

    /** A path of the reader pages ({@code /m}, {@code /m/…}). */
    static boolean isReaderPath(String path) {
        return path != null && (path.equals("/m") || path.startsWith("/m/") || path.startsWith("/m?"));
    }
}
