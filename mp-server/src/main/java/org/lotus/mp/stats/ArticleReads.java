package org.lotus.mp.stats;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts reads of our mobile article pages: one per page served (status 200), by article and Paris day. Nothing
 * about the reader is looked at: no cookie is set or read, no address or user agent is kept.
 */
@Component
class ArticleReads extends OncePerRequestFilter {

    private static final Pattern ARTICLE = Pattern.compile("/m/articles/(\\d{1,18})");

    private final DailyCounts counts;

    ArticleReads(DailyCounts counts) {
        this.counts = counts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !request.getRequestURI().startsWith("/m/articles/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        Matcher article = ARTICLE.matcher(request.getRequestURI());
        if (article.matches() && response.getStatus() == HttpServletResponse.SC_OK) {
            counts.incrementSoon(Metric.ARTICLE_READS, article.group(1));
        }
    }
}
