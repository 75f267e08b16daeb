package org.lotus.mp.mobile;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * An error under {@code /m/**} is always answered with the reader page, whatever the request accepted: without this
 * a client that does not say {@code Accept: text/html} would get Spring Boot's JSON error instead.
 */
@Configuration(proxyBeanMethods = false)
class ReaderErrorsAsPages {

    @Bean
    FilterRegistrationBean<Filter> readerErrorsAsHtml() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(ReaderErrorsAsPages::filter);
        registration.setDispatcherTypes(DispatcherType.ERROR);
        registration.addUrlPatterns("/error");
        return registration;
    }

    private static void filter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (request instanceof HttpServletRequest http
                && path instanceof String p
                && MobileErrorPages.isReaderPath(p)) {
            chain.doFilter(new AcceptingHtml(http), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    private static final class AcceptingHtml extends HttpServletRequestWrapper {

        AcceptingHtml(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? MediaType.TEXT_HTML_VALUE : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return HttpHeaders.ACCEPT.equalsIgnoreCase(name)
                    ? Collections.enumeration(java.util.List.of(MediaType.TEXT_HTML_VALUE))
                    : super.getHeaders(name);
        }
    }
}
