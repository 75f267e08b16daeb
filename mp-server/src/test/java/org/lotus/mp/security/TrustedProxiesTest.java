package org.lotus.mp.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lotus.mp.support.EmbeddedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Forwarded addresses count only from the configured proxies; behind TLS the session cookie is Secure. */
@TestPropertySource(
        properties = {
            "lotus.trusted-proxies=127.0.0.1/32, 10.1.0.0/16",
            "lotus.public-base-url=https://lotus.example.org"
        })
class TrustedProxiesTest extends EmbeddedTest {

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    private static RequestPostProcessor peer(String address, String forwardedFor) {
        return request -> {
            request.setRemoteAddr(address);
            request.addHeader("X-Forwarded-For", forwardedFor);
            return request;
        };
    }

    private static String fresh() {
        int n = UUID.randomUUID().hashCode();
        return "198.18." + ((n >>> 8) & 0xff) + "." + (n & 0xff);
    }

    @Test
    void anUntrustedPeerCannotEscapeTheLimitWithFreshForwardedAddresses() throws Exception {
        for (int i = 0; i < 45; i++) { // past the embedded tests' limit of 40
            mvc.perform(get("/api/me").with(httpBasic("nobody-" + i, "guess")).with(peer("203.0.113.9", fresh())));
        }
        mvc.perform(get("/api/me").with(httpBasic(ADMIN, ADMIN_PASSWORD)).with(peer("203.0.113.9", fresh())))
                .andExpect(status().isTooManyRequests());
    }

    @Test
    void behindATrustedProxyTheLimitAppliesToTheClientItReports() throws Exception {
        for (int i = 0; i < 45; i++) { // past the embedded tests' limit of 40
            mvc.perform(get("/api/me").with(httpBasic("nobody-" + i, "guess")).with(peer("10.1.0.2", "192.0.2.66")));
        }
        mvc.perform(get("/api/me").with(httpBasic(ADMIN, ADMIN_PASSWORD)).with(peer("10.1.0.2", "192.0.2.66")))
                .andExpect(status().isTooManyRequests());
        // a colleague behind the same proxy still signs in
        mvc.perform(get("/api/me").with(httpBasic(ADMIN, ADMIN_PASSWORD)).with(peer("10.1.0.2", "192.0.2.67")))
                .andExpect(status().isOk());
    }

    @Test
    void theSessionCookieIsSecureWhenThePublicAddressIsHttps() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                                .header("X-Forwarded-Proto", "https")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().allValues("Set-Cookie"))
                .anySatisfy(
                        cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("Secure"));
    }
}
