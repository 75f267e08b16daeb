package org.lotus.mp.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lotus.mp.support.ProdTest;
import org.lotus.sensitivewords.Language;
import org.lotus.sensitivewords.TextFormat;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A lexicon change made by another instance reaches this one within 5 seconds, on MariaDB. */
class LexiconPropagationTest extends ProdTest {

    @Autowired
    CurrentLexicon lexicon;

    @Autowired
    JdbcTemplate jdbc;

    private final String term =
            "别处词" + Integer.toHexString(UUID.randomUUID().hashCode()).replaceAll("[0-9a-f]", "乙");

    @AfterEach
    void removeTerm() {
        jdbc.update("DELETE FROM lexicon_entry WHERE term = ?", term);
        jdbc.update("UPDATE lexicon_revision SET revision = revision + 1 WHERE id = 1");
    }

    @Test
    void changeFromAnotherInstanceIsUsedWithinFiveSeconds() {
        assertThat(lexicon.rewrite("看" + term, TextFormat.TEXT, Language.ZH).text())
                .isEqualTo("看" + term);

        jdbc.update(
                "INSERT INTO lexicon_entry (term, replacement, language, category, note, updated_at) "
                        + "VALUES (?, '东西', 'zh', 'test', '', ?)",
                term,
                LocalDateTime.now());
        jdbc.update("UPDATE lexicon_revision SET revision = revision + 1 WHERE id = 1");

        await().atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> lexicon.rewrite("看" + term, TextFormat.TEXT, Language.ZH)
                                .text(),
                        "看东西"::equals);
    }
}
