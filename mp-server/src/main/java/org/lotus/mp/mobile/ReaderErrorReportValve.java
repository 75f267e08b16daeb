package org.lotus.mp.mobile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Tomcat's own error report for what it refuses before the application sees it (a malformed address, a header too
 * large, TRACE): under {@code /m/**}, or when the path cannot even be read, readers get a Chinese page instead of
 * "HTTP Status 400"; elsewhere Tomcat's bare report, without details or server version.
 */
class ReaderErrorReportValve extends ErrorReportValve {

    private static final String PAGE = load();

    ReaderErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        String path = request.getRequestURI();
        // A request line too broken to read its path most likely comes from a mangled link shared in WeChat.
        boolean unknown = path == null || path.isEmpty();
        if (!unknown && !MobileErrorPages.isReaderPath(path)) {
            super.report(request, response, throwable);
            return;
        }
        if (response.getStatus() < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            response.setContentType("text/html");
            response.setCharacterEncoding("utf-8");
            response.setHeader("Cache-Control", "no-store");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(PAGE);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response was taken over: nothing more to tell it.
        }
    }

    private static String load() {
        try (InputStream in = ReaderErrorReportValve.class.getResourceAsStream("/mobile/error.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
