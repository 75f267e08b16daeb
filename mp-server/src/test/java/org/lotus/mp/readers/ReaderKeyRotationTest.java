package org.lotus.mp.readers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.lotus.mp.LotusSettings;
import org.lotus.mp.support.EmbeddedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rotating both reader keys moves every reader and every message to the new keys, and third parties' numbers with
 * them; nothing is lost.
 */
class ReaderKeyRotationTest extends EmbeddedTest {

    @Autowired
    ReaderKeyRotation rotation;

    @Autowired
    ReaderKeys currentKeys;

    @Autowired
    Readers readers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void movesReadersAndTheirMessagesToTheNewKeys() throws Exception {
        String oldKey = randomKey();
        ReaderKeys oldKeys =
                new ReaderKeys(new ReaderKeySettings(randomKey(), oldKey), new LotusSettings(Path.of("target"), null));
        String openid = "oRotation" + System.nanoTime();
        String oldPseudonym = oldKeys.pseudonym(openid);
        jdbc.update(
                "INSERT INTO reader (pseudonym, openid_sealed, first_seen_at, last_message_at) VALUES (?, ?, ?, ?)",
                oldPseudonym,
                oldKeys.sealText(openid),
                LocalDateTime.now(),
                LocalDateTime.now());
        for (int i = 0; i < 3; i++) {
            jdbc.update(
                    "INSERT INTO reader_message (wx_msg_id, reader_pseudonym, kind, text_content, media_status,"
                            + " media_attempts, urgent, received_at) VALUES (?, ?, 'text', '你好', 'NONE', 0, FALSE, ?)",
                    System.nanoTime(),
                    oldPseudonym,
                    LocalDateTime.now());
        }

        assertThat(rotation.rotate(oldKey)).isPositive();

        String newPseudonym = currentKeys.pseudonym(openid);
        assertThat(newPseudonym).isNotEqualTo(oldPseudonym);
        assertThat(readers.openidOf(newPseudonym)).contains(openid);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM reader_message WHERE reader_pseudonym = ?", Long.class, newPseudonym))
                .isEqualTo(3);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM reader_message WHERE reader_pseudonym = ?", Long.class, oldPseudonym))
                .isZero();
        assertThat(rotation.rotate(oldKey))
                .as("a second run has nothing left to move")
                .isZero();
    }

    @Test
    void rehashesReportAndOutreachNumbersSoAChecksStillMatches() throws Exception {
        ThirdPartyNumbersRotation.movesNumbersSoTheyStillMatch(context);
    }

    private static String randomKey() {
        return ThirdPartyNumbersRotation.randomKey();
    }
}
