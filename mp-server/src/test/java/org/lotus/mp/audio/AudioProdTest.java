package org.lotus.mp.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.lotus.mp.comments.VoiceNotes;
import org.lotus.mp.support.AudioSamples;
import org.lotus.mp.support.ProdTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The audio library and the voice-note figures on MariaDB, as several instances share them. */
class AudioProdTest extends ProdTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    VoiceNotes voiceNotes;

    @Test
    void keepsAClipAndListsIt() throws Exception {
        mvc.perform(multipart("/api/audio")
                        .file(new MockMultipartFile("file", "prod.ogg", "audio/ogg", AudioSamples.tone(2, "ogg")))
                        .param("title", "生产环境语音")
                        .with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.durationSeconds").value(2));

        mvc.perform(get("/api/audio").with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(jsonPath("$[0].title").value("生产环境语音"));
    }

    @Test
    void countsUnlistenedVoiceNotesAndTheMedianTimeToFirstListen() {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        String reader = "p".repeat(64);
        for (int i = 0; i < 3; i++) {
            jdbc.update(
                    "INSERT INTO reader_message (wx_msg_id, reader_pseudonym, kind, media_status, urgent, received_at,"
                            + " listened_at) VALUES (?, ?, 'voice', 'NONE', FALSE, ?, ?)",
                    System.nanoTime(),
                    reader,
                    now.minusMinutes(60),
                    i == 0 ? null : now.minusMinutes(60 - 10 * i));
        }
        try {
            assertThat(voiceNotes.unlistened(10))
                    .anySatisfy(u -> assertThat(u.age().toMinutes()).isBetween(59L, 61L));
            assertThat(voiceNotes.medianTimeToFirstListen(30)).isPresent();
            assertThat(voiceNotes.unlistenedCount()).isPositive();
        } finally {
            jdbc.update("DELETE FROM reader_message WHERE reader_pseudonym = ?", reader);
        }
    }
}
