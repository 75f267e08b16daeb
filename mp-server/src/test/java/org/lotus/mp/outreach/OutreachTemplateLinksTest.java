package org.lotus.mp.outreach;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lotus.mp.support.PortalTest;
import org.lotus.mp.support.WechatFake;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/** An outreach template tied to a channel is copied with the channel's follow link, where the text marks it. */
class OutreachTemplateLinksTest extends PortalTest {

    static final JsonMapper JSON = JsonMapper.shared();

    @Autowired
    MockMvc mvc;

    /** A channel whose QR code WeChat (the fake) says opens {@code url}; returns its id. */
    long channel(String url) throws Exception {
        WechatFake.shared().givenQrCodeUrl(url);
        String body = mvc.perform(post("/api/channels")
                        .with(httpBasic(ADMIN, ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(Map.of("name", "Maraude " + UUID.randomUUID(), "note", ""))))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return JSON.readTree(body).path("id").asLong();
    }

    ResultActions saveTemplate(String text, Long channelId) throws Exception {
        Map<String, Object> body = new HashMap<>(Map.of("title", "检测", "text", text));
        if (channelId != null) {
            body.put("channelId", channelId);
        }
        return mvc.perform(post("/api/outreach/templates")
                .with(httpBasic(ADMIN, ADMIN_PASSWORD))
                .header("Accept-Language", "fr")
                .contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(body)));
    }

    static String url() {
        return "http://weixin.qq.com/q/" + UUID.randomUUID().toString().replace("-", "");
    }

    @Test
    void rendersTheChannelsLinkWhereTheTextMarksIt() throws Exception {
        String url = url();
        long channel = channel(url);

        saveTemplate("每周三免费检测。关注我们：{channel} 有问题就留言。", channel)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.channelId").value(channel))
                .andExpect(jsonPath("$.text").value("每周三免费检测。关注我们：{channel} 有问题就留言。"))
                .andExpect(jsonPath("$.rendered").value("每周三免费检测。关注我们：" + url + " 有问题就留言。"));

        mvc.perform(get("/api/outreach/templates").with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].rendered", Matchers.hasItem("每周三免费检测。关注我们：" + url + " 有问题就留言。")));
    }

    @Test
    void putsTheLinkAfterATextWithoutTheMark() throws Exception {
        String url = url();

        saveTemplate("每周三免费检测。", channel(url))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.rendered").value("每周三免费检测。\n" + url));
    }

    @Test
    void rendersATemplateWithoutChannelAsItIs() throws Exception {
        saveTemplate("每周三免费检测。", null)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.rendered").value("每周三免费检测。"));
    }

    @Nested
    class Refusals {

        @Test
        void refusesAnUnknownChannelWithATranslatedMessage() throws Exception {
            saveTemplate("关注我们：{channel}", 987_654L)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("channelId"))
                    .andExpect(jsonPath("$.message", Matchers.containsString("aucun canal n° 987654")));
        }

        @Test
        void refusesTheLinksMarkWithoutAChannel() throws Exception {
            saveTemplate("关注我们：{channel}", null)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("channelId"))
                    .andExpect(jsonPath("$.message", Matchers.containsString("sans canal choisi")));
        }
    }
}
