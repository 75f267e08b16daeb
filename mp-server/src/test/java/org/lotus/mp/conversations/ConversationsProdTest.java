package org.lotus.mp.conversations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lotus.mp.support.ProdTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Conversations on MariaDB: the grouped list query, and replies erased with their reader (foreign key). */
class ConversationsProdTest extends ProdTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void listsThreadsAndErasesRepliesWithTheReader() throws Exception {
        String pseudonym = HexFormat.of()
                .formatHex(UUID.randomUUID().toString().repeat(2).getBytes())
                .substring(0, 64);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        jdbc.update(
                "INSERT INTO reader (pseudonym, openid_sealed, first_seen_at, last_message_at, nickname)"
                        + " VALUES (?, 'sealed', ?, ?, 'Lin')",
                pseudonym,
                now,
                now);
        jdbc.update(
                "INSERT INTO reader_message (wx_msg_id, reader_pseudonym, kind, text_content, urgent, received_at)"
                        + " VALUES (?, ?, 'text', '救命', TRUE, ?)",
                System.nanoTime(),
                pseudonym,
                now);
        jdbc.update(
                "INSERT INTO staff_reply (reader_pseudonym, text_content, author, status, created_at, sent_at)"
                        + " VALUES (?, '我们在这里', 'mediatrice', 'SENT', ?, ?)",
                pseudonym,
                now,
                now);
        String reader = pseudonym.substring(0, 12);

        mvc.perform(get("/api/conversations").with(user("m").roles("MODERATOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].reader").value(reader))
                .andExpect(jsonPath("$[0].urgentOpen").value(1))
                .andExpect(jsonPath("$[0].nickname").value("Lin"));
        mvc.perform(get("/api/conversations/" + reader).with(user("m").roles("MODERATOR")))
                .andExpect(jsonPath("$.messages.length()").value(2))
                .andExpect(jsonPath("$.messages[1].author").value("mediatrice"));

        jdbc.update("DELETE FROM reader_message WHERE reader_pseudonym = ?", pseudonym);
        jdbc.update("DELETE FROM reader WHERE pseudonym = ?", pseudonym);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM staff_reply WHERE reader_pseudonym = ?", Long.class, pseudonym))
                .isZero();
    }
}
