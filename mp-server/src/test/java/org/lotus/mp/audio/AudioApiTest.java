package org.lotus.mp.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lotus.mp.support.AudioSamples;
import org.lotus.mp.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/** Staff add sounds to the library: any common format in, one MP3 out, checked against WeChat's voice limits. */
class AudioApiTest extends PortalTest {

    @Autowired
    MockMvc mvc;

    static MockMultipartHttpServletRequestBuilder upload(byte[] sound, String fileName, String title) {
        MockMultipartHttpServletRequestBuilder request = multipart("/api/audio");
        request.file(new MockMultipartFile("file", fileName, "application/octet-stream", sound));
        if (title != null) {
            request.param("title", title);
        }
        request.with(user("mediatrice").roles("MODERATOR"));
        return request;
    }

    long add(byte[] sound, String fileName, String title) throws Exception {
        String body = mvc.perform(upload(sound, fileName, title))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return JsonMapper.builder().build().readTree(body).get("id").asLong();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mp3", "wav", "ogg", "webm", "adts"})
    void acceptsCommonFormatsAndKeepsOneMp3(String format) throws Exception {
        mvc.perform(upload(AudioSamples.tone(3, format), "sample." + format, "欢迎语音 " + format))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNumber())
                .andExpect(jsonPath("$.title").value("欢迎语音 " + format))
                .andExpect(jsonPath("$.durationSeconds").value(3));
    }

    @Test
    void listsPlaysAndDeletesAClip() throws Exception {
        long id = add(AudioSamples.tone(2, "mp3"), "hello.mp3", "你好");

        mvc.perform(get("/api/audio").with(user("e").roles("EDITOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + id + ")].title").value("你好"));
        mvc.perform(get("/api/audio/" + id).with(user("e").roles("EDITOR")))
                .andExpect(jsonPath("$.durationSeconds").value(2))
                .andExpect(jsonPath("$.mp3Url").value("/api/audio/" + id + "/mp3"))
                .andExpect(jsonPath("$.usedBy").isEmpty());
        byte[] mp3 = mvc.perform(get("/api/audio/" + id + "/mp3").with(user("e").roles("EDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("audio/mpeg"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(mp3.length).isGreaterThan(1000);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(dataDir().resolve("audio"))))
                .isEqualTo("rwx------");

        mvc.perform(delete("/api/audio/" + id).with(user("e").roles("EDITOR"))).andExpect(status().isNoContent());
        mvc.perform(get("/api/audio/" + id).with(user("e").roles("EDITOR"))).andExpect(status().isNotFound());
        assertThat(dataDir().resolve("audio").resolve(id + ".mp3")).doesNotExist();
    }

    @Test
    void leavesNothingBehindInTheTemporaryFolder() throws Exception {
        add(AudioSamples.tone(1, "wav"), "short.wav", "短");

        try (var files = Files.list(dataDir().resolve("tmp"))) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Nested
    class Refuses {

        @Test
        void aFileThatIsNotSound() throws Exception {
            mvc.perform(upload("这不是声音".getBytes(StandardCharsets.UTF_8), "note.mp3", "文字"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("file"))
                    .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString("不是能识别的音频")))
                    .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString("pas un son lisible")));
        }

        @Test
        void aSoundLongerThanWechatTakes() throws Exception {
            mvc.perform(upload(AudioSamples.tone(62, "mp3"), "long.mp3", "太长"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("file"))
                    .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString("60")));
        }

        @Test
        void silence() throws Exception {
            mvc.perform(upload(AudioSamples.silence(3, "wav"), "muted.wav", "没声音"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("file"))
                    .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString("听不到声音")));
        }

        @Test
        void aClipWithoutTitle() throws Exception {
            mvc.perform(upload(AudioSamples.tone(1, "mp3"), "a.mp3", " "))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("title"));
        }

        @Test
        void anEmptyFile() throws Exception {
            mvc.perform(upload(new byte[0], "a.mp3", "空"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("file"));
        }

        @Test
        void readersAndAnonymousCallers() throws Exception {
            mvc.perform(get("/api/audio")).andExpect(status().isUnauthorized());
        }

        @Test
        void unknownClips() throws Exception {
            mvc.perform(get("/api/audio/999999").with(user("e").roles("EDITOR")))
                    .andExpect(status().isNotFound());
            mvc.perform(delete("/api/audio/999999").with(user("e").roles("EDITOR")))
                    .andExpect(status().isNotFound());
        }
    }
}
