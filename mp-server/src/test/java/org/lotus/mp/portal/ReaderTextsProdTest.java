package org.lotus.mp.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.lotus.mp.replies.AutomaticReplies;
import org.lotus.mp.replies.ReplyKey;
import org.lotus.mp.support.ProdTest;

/**
 * Stored replies and keyword answers on the {@code prod} profile (MariaDB, Redis) with two instances: an edit made on
 * one reaches readers served by the other, rewritten with the lexicon.
 */
@Timeout(240)
class ReaderTextsProdTest {

    static String reader() {
        return "o" + UUID.randomUUID().toString().replace("-", "").substring(0, 27);
    }

    static String answer(PortalInstance instance, String xml) throws Exception {
        return PortalInstance.PUSHES
                .open(instance.send(PortalInstance.PUSHES.prepare(xml)).body())
                .get("Content");
    }

    @Test
    void servesAWelcomeEditedOnOneInstanceFromTheOtherAndAnswersTheCostQuestion() throws Exception {
        Path work = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "reader-texts-prod-");
        try (PortalInstance a = PortalInstance.start(ProdTest.databaseUrl(), ProdTest.redisUrl(), work.resolve("a"));
                PortalInstance b =
                        PortalInstance.start(ProdTest.databaseUrl(), ProdTest.redisUrl(), work.resolve("b"))) {
            AutomaticReplies replies = a.bean(AutomaticReplies.class);
            try {
                assertThat(answer(b, Pushes.event(reader(), Pushes.now(), "subscribe", "")))
                        .isNotEqualTo("欢迎！我们免费发工具。");

                replies.save(ReplyKey.WELCOME, "欢迎！我们免费发安全套。", "Bienvenue !", null);

                await().atMost(Duration.ofSeconds(6))
                        .pollInterval(Duration.ofMillis(300))
                        .until(
                                () -> answer(b, Pushes.event(reader(), Pushes.now(), "subscribe", "")),
                                "欢迎！我们免费发工具。"::equals);

                long msgId = Pushes.nextMsgId();
                assertThat(answer(b, Pushes.text(reader(), msgId, "服务要收费吗？"))).contains("所有的服务都是免费的");
                assertThat(a.jdbc()
                                .queryForObject(
                                        "SELECT text_content FROM reader_message WHERE wx_msg_id = ?",
                                        String.class,
                                        msgId))
                        .isEqualTo("服务要收费吗？");
            } finally {
                replies.save(ReplyKey.WELCOME, ReplyKey.WELCOME.seedText(), ReplyKey.WELCOME.seedTextFr(), null);
            }
        }
    }
}
