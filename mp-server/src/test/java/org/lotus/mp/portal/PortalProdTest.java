package org.lotus.mp.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.lotus.mp.support.PrivateServers;
import org.lotus.mp.support.ProdTest;

/**
 * The portal on the {@code prod} profile with several instances, and through outages of Redis and of the database
 * (private servers on spare ports, so the machine's shared ones keep running).
 */
@Timeout(180)
class PortalProdTest {

    static final Path WORK = workDir();

    static Path workDir() {
        try {
            Files.createDirectories(Path.of("target"));
            return Files.createTempDirectory(Path.of("target"), "portal-prod-").toAbsolutePath();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static long rows(PortalInstance instance, long msgId) {
        return instance.jdbc()
                .queryForObject("SELECT COUNT(*) FROM reader_message WHERE wx_msg_id = ?", Long.class, msgId);
    }

    @Test
    void storesOneMessageDeliveredToTwoInstancesOnce() throws Exception {
        try (PortalInstance a = PortalInstance.start(ProdTest.databaseUrl(), ProdTest.redisUrl(), WORK.resolve("a"));
                PortalInstance b =
                        PortalInstance.start(ProdTest.databaseUrl(), ProdTest.redisUrl(), WORK.resolve("b"))) {
            long msgId = Pushes.nextMsgId();
            Pushes.EncryptedPush push = PortalInstance.PUSHES.prepare(Pushes.text("oTwice" + msgId, msgId, "你好"));
            CountDownLatch start = new CountDownLatch(1);

            List<CompletableFuture<HttpResponse<String>>> answers = List.of(a, b, a, b).stream()
                    .map(instance -> CompletableFuture.supplyAsync(() -> {
                        try {
                            start.await();
                            return instance.send(push);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }))
                    .toList();
            start.countDown();

            for (CompletableFuture<HttpResponse<String>> answer : answers) {
                assertThat(answer.get().statusCode()).isEqualTo(200);
                assertThat(PortalInstance.PUSHES.open(answer.get().body()).get("Content"))
                        .contains("收到你的留言");
            }
            assertThat(rows(a, msgId)).isEqualTo(1);
        }
    }

    @Test
    void keepsAnsweringAndStoringWhenRedisStops() throws Exception {
        try (PrivateServers.Server redis =
                        PrivateServers.redis(WORK.resolve("redis")).start();
                PortalInstance app = PortalInstance.start(
                        ProdTest.databaseUrl(), "redis://127.0.0.1:" + redis.port(), WORK.resolve("r"))) {
            long before = Pushes.nextMsgId();
            assertThat(app.send(PortalInstance.PUSHES.prepare(Pushes.text("oR", before, "a")))
                            .statusCode())
                    .isEqualTo(200);

            redis.stop();
            long during = Pushes.nextMsgId();
            Pushes.EncryptedPush push = PortalInstance.PUSHES.prepare(Pushes.text("oR", during, "b"));

            assertThat(app.send(push).statusCode()).isEqualTo(200);
            assertThat(app.send(push).statusCode()).isEqualTo(200);
            assertThat(app.send(PortalInstance.PUSHES.prepare(Pushes.event("oR", Pushes.now(), "CLICK", "health")))
                            .statusCode())
                    .isEqualTo(200);
            assertThat(rows(app, before)).isEqualTo(1);
            assertThat(rows(app, during)).isEqualTo(1);
        }
    }

    @Test
    void spoolsWhileTheDatabaseIsDownAndStoresEachMessageOnceWhenItReturns() throws Exception {
        try (PrivateServers.Server mariadb =
                PrivateServers.mariadb(WORK.resolve("mariadb")).start()) {
            String url = "jdbc:mysql://127.0.0.1:" + mariadb.port()
                    + "/lotus?createDatabaseIfNotExist=true&characterEncoding=utf8&connectTimeout=1000";
            Path dataDir = WORK.resolve("d");
            try (PortalInstance app = PortalInstance.start(url, ProdTest.redisUrl(), dataDir)) {
                long before = Pushes.nextMsgId();
                assertThat(app.send(PortalInstance.PUSHES.prepare(Pushes.text("oD", before, "a")))
                                .statusCode())
                        .isEqualTo(200);
                // A cold first write may overrun the store budget and be spooled too: let that settle first.
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> app.bean(Spool.class).pending() == 0);

                mariadb.stop();
                long first = Pushes.nextMsgId();
                long second = Pushes.nextMsgId();
                Pushes.EncryptedPush retried = PortalInstance.PUSHES.prepare(Pushes.text("oD", first, "b"));
                assertThat(app.send(retried).statusCode()).isEqualTo(200);
                assertThat(app.send(PortalInstance.PUSHES.prepare(Pushes.voice("oD", second, "m-" + second, "c")))
                                .statusCode())
                        .isEqualTo(200);
                assertThat(app.send(retried).statusCode()).isEqualTo(200);
                assertThat(app.bean(Spool.class).pending()).isEqualTo(2);

                mariadb.start();
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> app.bean(Spool.class).pending() == 0);
                assertThat(rows(app, before)).isEqualTo(1);
                assertThat(rows(app, first)).isEqualTo(1);
                assertThat(rows(app, second)).isEqualTo(1);
            }
        }
    }
}
