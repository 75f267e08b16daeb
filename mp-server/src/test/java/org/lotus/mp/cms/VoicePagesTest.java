package org.lotus.mp.cms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lotus.mp.portal.Pushes;
import org.lotus.mp.support.AudioSamples;
import org.lotus.mp.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The CMS pages of voice, rendered with clips and voice notes present, in French and Chinese. */
class VoicePagesTest extends PortalTest {

    static final Pushes PUSHES = new Pushes(APPID, TOKEN, AES_KEY);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    long clipId;
    long voiceNoteId;

    @BeforeEach
    void clipAndVoiceNote() throws Exception {
        mvc.perform(multipart("/cms/audio")
                        .file(new MockMultipartFile("file", "salut.mp3", "audio/mpeg", AudioSamples.tone(2, "mp3")))
                        .param("title", "问候语音")
                        .with(user("mediatrice").roles("MODERATOR"))
                        .with(csrf()))
                .andExpect(flash().attribute("notice", "audio.added"));
        clipId = jdbc.queryForObject("SELECT MAX(id) FROM audio_clip", Long.class);
        String reader = "o" + UUID.randomUUID().toString().replace("-", "").substring(0, 27);
        long msgId = Pushes.nextMsgId();
        mvc.perform(PUSHES.encrypted(Pushes.voice(reader, msgId, "pages-voice-" + msgId, "")))
                .andExpect(status().isOk());
        voiceNoteId = jdbc.queryForObject("SELECT id FROM reader_message WHERE wx_msg_id = ?", Long.class, msgId);
    }

    String page(String path, String... roles) throws Exception {
        return mvc.perform(get(path).with(user("staff").roles(roles)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void listsTheLibraryWithARecorderInBothLanguages() throws Exception {
        assertThat(page("/cms/audio?lang=zh", "MODERATOR"))
                .contains("语音素材", "问候语音", "2 秒", "开始录音", "/cms/audio/" + clipId + "/mp3", "/assets/audio.js");
        assertThat(page("/cms/audio?lang=fr", "EDITOR")).contains("Enregistrer", "2 s", "Réécouter");
    }

    @Test
    void offersTheLibraryAsASectionReply() throws Exception {
        assertThat(page("/cms/sections/history?lang=fr", "EDITOR"))
                .contains("Un son de la bibliothèque", "<option value=\"" + clipId + "\"");
    }

    @Test
    void showsVoiceNotesNotListenedToAndOffersVoiceAnswersAndTheUrgentFlag() throws Exception {
        String reader = jdbc.queryForObject(
                        "SELECT reader_pseudonym FROM reader_message WHERE id = ?", String.class, voiceNoteId)
                .substring(0, 12);
        String conversation = page("/cms/comments/readers/" + reader + "?lang=zh", "MODERATOR");
        assertThat(conversation)
                .contains(
                        "未听",
                        "用语音回复",
                        "问候语音",
                        "标为紧急",
                        "/cms/comments/" + voiceNoteId + "/urgent",
                        "/cms/comments/" + voiceNoteId + "/reply-voice");

        mvc.perform(post("/cms/comments/" + voiceNoteId + "/urgent")
                        .param("urgent", "true")
                        .with(user("mediatrice").roles("MODERATOR"))
                        .with(csrf()))
                .andExpect(flash().attribute("notice", "comments.urgentMarked"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/cms/comments/readers/" + reader + "#comment-" + voiceNoteId));
        assertThat(jdbc.queryForObject("SELECT urgent FROM reader_message WHERE id = ?", Boolean.class, voiceNoteId))
                .isTrue();
    }

    @Test
    void dashboardShowsUnlistenedVoiceNotesWithTheirAgeAndTheMedianTimeToFirstListen() throws Exception {
        jdbc.update(
                "UPDATE reader_message SET received_at = DATEADD('HOUR', -3, received_at) WHERE id = ?", voiceNoteId);
        String dashboard = page("/cms?lang=fr", "MODERATOR");
        assertThat(dashboard).contains("Vocaux pas encore écoutés", "reçu il y a 3 h");

        jdbc.update(
                "UPDATE reader_message SET listened_at = DATEADD('MINUTE', 90, received_at) WHERE id = ?", voiceNoteId);
        jdbc.update("UPDATE reader_message SET listened_at = received_at WHERE kind = 'voice' AND listened_at IS NULL");
        assertThat(page("/cms?lang=zh", "MODERATOR")).contains("所有语音都听过了", "30 天内从收到到第一次收听的中位时间");
    }

    @Test
    void givesAnArticleItsAudioVersionFromTheArticlePage() throws Exception {
        mvc.perform(
                        post("/api/articles")
                                .with(user("redactrice").roles("EDITOR"))
                                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"title\":\"语音文章\",\"body\":\"<p>文字</p>\",\"section\":\"health\",\"language\":\"zh\"}"))
                .andExpect(status().isCreated());
        long article = jdbc.queryForObject("SELECT MAX(id) FROM article", Long.class);
        assertThat(page("/cms/articles/" + article + "?lang=fr", "EDITOR"))
                .contains("Version audio (facultative)", "<option value=\"" + clipId + "\"");

        mvc.perform(post("/cms/articles/" + article + "/audio")
                        .param("audioId", Long.toString(clipId))
                        .with(user("redactrice").roles("EDITOR"))
                        .with(csrf()))
                .andExpect(flash().attribute("notice", "articles.audio.saved"));

        assertThat(jdbc.queryForObject("SELECT audio_id FROM article WHERE id = ?", Long.class, article))
                .isEqualTo(clipId);
        assertThat(page("/cms/articles/" + article, "EDITOR")).contains("<option value=\"" + clipId + "\" selected");
    }

    @Test
    void editorsDoNotSeeTheVoiceCard() throws Exception {
        assertThat(page("/cms?lang=fr", "EDITOR")).doesNotContain("unlistened-voice");
    }

    @Nested
    class Refuses {

        @Test
        void aSilentRecordingSentByThePageInJsonKeepingNothing() throws Exception {
            long before = jdbc.queryForObject("SELECT COUNT(*) FROM audio_clip", Long.class);
            String answer = mvc.perform(multipart("/cms/audio")
                            .file(new MockMultipartFile(
                                    "file", "recording.webm", "audio/webm", AudioSamples.silence(2, "webm")))
                            .param("title", "静音")
                            .header("X-Requested-With", "fetch")
                            .header("Accept-Language", "zh")
                            .with(user("mediatrice").roles("MODERATOR"))
                            .with(csrf()))
                    .andExpect(status().isBadRequest())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(answer).contains("\"field\":\"file\"");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audio_clip", Long.class))
                    .isEqualTo(before);
        }

        @Test
        void deletingAClipASectionUses() throws Exception {
            jdbc.update("UPDATE section SET audio_id = ? WHERE section_key = 'about'", clipId);
            try {
                mvc.perform(post("/cms/audio/" + clipId + "/delete?lang=fr")
                                .with(user("mediatrice").roles("EDITOR"))
                                .with(csrf()))
                        .andExpect(flash().attribute("problem", org.hamcrest.Matchers.containsString("« about »")));
            } finally {
                jdbc.update("UPDATE section SET audio_id = NULL WHERE section_key = 'about'");
            }
        }

        @Test
        void readersAndStaffWithoutTheRole() throws Exception {
            mvc.perform(get("/cms/audio")).andExpect(status().is3xxRedirection());
        }
    }
}
