package org.lotus.mp.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.lotus.mp.staff.Role;
import org.lotus.mp.staff.StaffAccounts;
import org.lotus.mp.support.EmbeddedTest;
import org.lotus.mp.support.ProdTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Sign-in limits on MariaDB and Redis, as in production: a lock cannot be bypassed by a variant of the name, and a
 * peer that is not a configured proxy cannot escape the per-address limit with made-up X-Forwarded-For headers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("prod")
class LoginProdTest {

    static final AtomicInteger ADDRESSES = new AtomicInteger();

    @DynamicPropertySource
    static void prodProperties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", ProdTest::databaseUrl);
        registry.add("spring.datasource.username", () -> "root");
        registry.add("spring.data.redis.url", ProdTest::redisUrl);
        java.nio.file.Path dataDir = EmbeddedTest.createDataDir();
        registry.add("lotus.data-dir", dataDir::toString);
        registry.add("lotus.demo", () -> "false");
        registry.add("admin.username", () -> ProdTest.ADMIN);
        registry.add("admin.password", () -> ProdTest.ADMIN_PASSWORD);
        registry.add("lotus.login.address-failures", () -> "20");
        // this machine is not a trusted proxy here: what loopback peers claim must not count
        registry.add("lotus.trusted-proxies", () -> "10.99.0.1/32");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffAccounts accounts;

    @LocalServerPort
    int port;

    @Autowired
    org.springframework.data.redis.core.StringRedisTemplate redis;

    /**
     * The failure counters live in the shared Redis for the lock window: left behind, the loopback address this test
     * throttles would refuse the sign-ins of the next test that starts an instance on the same Redis.
     */
    @org.junit.jupiter.api.AfterEach
    void forgetFailures() {
        java.util.Set<String> keys = redis.keys("login:*");
        if (keys != null && !keys.isEmpty()) {
            redis.delete(keys);
        }
    }

    /** A fresh source address per request, so only the account's counter is at work. */
    private static RequestPostProcessor freshAddress() {
        return request -> {
            request.setRemoteAddr("10.77." + (ADDRESSES.incrementAndGet() / 250) + "." + (ADDRESSES.get() % 250));
            return request;
        };
    }

    @Test
    void variantsOfALockedNameNeitherSignInNorGetFreshTries() throws Exception {
        String name = "admin" + UUID.randomUUID().toString().substring(0, 6);
        accounts.create(name, "le-bon-mot-de-passe", Role.ADMIN, null, "fr");
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/me").with(httpBasic(name, "faux-" + i)).with(freshAddress()))
                    .andExpect(status().isUnauthorized());
        }
        for (String variant : new String[] {"á" + name.substring(1), name + " ", name.toUpperCase(), name}) {
            int status = mvc.perform(get("/api/me")
                            .with(httpBasic(variant, "le-bon-mot-de-passe"))
                            .with(freshAddress()))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).as("'" + variant + "'").isEqualTo(401);
        }
        assertThat(accounts.findByUsername(name.toUpperCase())).isEmpty();
        assertThat(accounts.findByUsername(name + " ")).isEmpty();
    }

    @Test
    void aNameDifferingOnlyInCaseCannotBeCreated() {
        String name = "mediatrice" + UUID.randomUUID().toString().substring(0, 6);
        accounts.create(name, "le-bon-mot-de-passe", Role.EDITOR, null, "fr");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> accounts.create(name.toUpperCase(), "le-bon-mot-de-passe", Role.ADMIN, null, "fr"))
                .isInstanceOf(StaffAccounts.UsernameTakenException.class);
    }

    @Test
    void anUntrustedPeerCannotEscapeTheAddressLimitWithForwardedHeaders() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 25; i++) {
            send(http, "nobody-" + i + ":guess", "198.18.0." + i);
        }
        HttpResponse<String> last = send(http, ProdTest.ADMIN + ":" + ProdTest.ADMIN_PASSWORD, "198.18.1.1");
        assertThat(last.statusCode()).isEqualTo(429);
    }

    private HttpResponse<String> send(HttpClient http, String credentials, String forwardedFor) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/me"))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                        .header("X-Forwarded-For", forwardedFor)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
