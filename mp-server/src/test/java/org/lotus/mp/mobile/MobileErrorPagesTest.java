package org.lotus.mp.mobile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.lotus.mp.support.EmbeddedTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every error under {@code /m/**} is answered with the Chinese reader page, never the server's own: raw HTTP requests,
 * as a phone or a broken link sends them, including those Tomcat refuses before any application code runs.
 */
class MobileErrorPagesTest extends EmbeddedTest {

    @LocalServerPort
    int port;

    /** The answer's status line and body to a request written as is. */
    record Answer(int status, String head, String body) {}

    Answer send(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            in.transferTo(read);
            String whole = read.toString(StandardCharsets.UTF_8);
            int split = whole.indexOf("\r\n\r\n");
            String head = split < 0 ? whole : whole.substring(0, split);
            String body = split < 0 ? "" : whole.substring(split + 4);
            return new Answer(Integer.parseInt(head.substring(9, 12)), head, body);
        }
    }

    Answer get(String target) throws IOException {
        return send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    }

    static void assertChinesePage(Answer answer, int status) {
        assertThat(answer.status()).as(answer.head()).isEqualTo(status);
        assertThat(answer.head()).containsIgnoringCase("Content-Type: text/html");
        assertThat(answer.body())
                .contains("lang=\"zh")
                .contains("出错了")
                .contains("/m/sections/news")
                .doesNotContain("Tomcat")
                .doesNotContain("HTTP Status")
                .doesNotContain("Whitelabel")
                .doesNotContain("Erreur");
    }

    @Test
    void unknownPageIsTheChineseNotFoundPage() throws IOException {
        Answer answer = get("/m/nowhere/at/all");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body()).contains("找不到这个页面").doesNotContain("Tomcat");
    }

    @Test
    void badPercentEncodingInThePath() throws IOException {
        assertChinesePage(get("/m/sections/%zz"), 400);
    }

    @Test
    void encodedSlashOrDotsLeavingThePath() throws IOException {
        assertChinesePage(get("/m/sections/..%2f..%2fetc"), 400);
    }

    @Test
    void badPercentEncodingInTheQuery() throws IOException {
        Answer answer = get("/m/sections/news?from=%zz");
        assertThat(answer.body()).doesNotContain("Tomcat").doesNotContain("HTTP Status");
        if (answer.status() >= 400) {
            assertChinesePage(answer, answer.status());
        }
    }

    @Test
    void methodTomcatRefuses() throws IOException {
        assertChinesePage(send("TRACE /m/sections/news HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"), 405);
    }

    @Test
    void changeWithoutTheFormToken() throws IOException {
        assertChinesePage(
                send("DELETE /m/sections/news HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"), 403);
    }

    @Test
    void bodyTooLarge() throws IOException {
        String body = "x".repeat(30 * 1024 * 1024);
        Answer answer;
        try {
            answer = send("POST /m/sections/news HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: " + body.length() + "\r\n\r\n"
                    + body);
        } catch (IOException closedWhileSending) {
            return;
        }
        assertThat(answer.body()).doesNotContain("Tomcat").doesNotContain("HTTP Status");
        assertChinesePage(answer, answer.status());
    }

    @Test
    void headerTooLarge() throws IOException {
        Answer answer = send("GET /m/sections/news HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nX-Big: "
                + "a".repeat(64 * 1024) + "\r\n\r\n");
        assertChinesePage(answer, 400);
    }

    @Test
    void illegalCharacterInTheRequestLine() throws IOException {
        assertChinesePage(get("/m/sections/a{b"), 400);
    }

    @Test
    void otherPathsKeepTheBareReportWithoutServerDetails() throws IOException {
        Answer answer = get("/cms/%zz");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).doesNotContain("出错了").doesNotContainPattern("Tomcat/\\d");
    }
}
