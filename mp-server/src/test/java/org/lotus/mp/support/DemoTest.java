package org.lotus.mp.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of tests in demo mode: no WeChat credentials, the simulated WeChat in the application, demo content seeded.
 * The simulated WeChat calls the server back, so the port is fixed before start (chosen free once per JVM).
 * Publication results come only from PUBLISHJOBFINISH here: the {@code freepublish/get} poll waits ten minutes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@AutoConfigureMockMvc
public abstract class DemoTest {

    public static final String ADMIN = "coordination";
    public static final String ADMIN_PASSWORD = "correct-horse-battery-staple";
    public static final int PORT = freePort();

    @DynamicPropertySource
    static void demoProperties(DynamicPropertyRegistry registry) {
        Path dataDir = EmbeddedTest.createDataDir();
        registry.add("lotus.data-dir", dataDir::toString);
        registry.add("admin.username", () -> ADMIN);
        registry.add("admin.password", () -> ADMIN_PASSWORD);
        registry.add("lotus.login.address-failures", () -> "1000");
        registry.add("lotus.demo", () -> "true");
        registry.add("server.port", () -> PORT);
        registry.add("lotus.simulator.result-delay", () -> "2s");
        registry.add("lotus.publishing.result-poll-after", () -> "10m");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
