package org.lotus.mp.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lotus.mp.support.PortalTest;
import org.lotus.mp.support.WechatFake;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Channels through the API: each gets a permanent QR code from WeChat, drawn here as PNG, SVG and an A6 card. */
class ChannelsApiTest extends PortalTest {

    @Autowired
    MockMvc mvc;

    static String qrUrl() {
        return "http://weixin.qq.com/q/" + UUID.randomUUID().toString().replace("-", "");
    }

    JsonNode create(String name, String note) throws Exception {
        String body = mvc.perform(post("/api/channels")
                        .with(httpBasic(ADMIN, ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JsonMapper.shared().writeValueAsString(java.util.Map.of("name", name, "note", note))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNumber())
                .andExpect(jsonPath("$.sceneStr").isString())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return JsonMapper.shared().readTree(body);
    }

    @Test
    void asksWechatForAPermanentCodeAndServesAPngThatDecodesToItsUrl() throws Exception {
        String url = qrUrl();
        WechatFake.shared().givenQrCodeUrl(url);

        JsonNode channel = create("Bus Belleville", "le mardi soir");
        String scene = channel.path("sceneStr").asString();

        var requests = WechatFake.shared().qrCodeRequests().stream()
                .filter(r -> r.getBodyAsString().contains(scene))
                .toList();
        assertThat(requests).hasSize(1);
        JsonNode sent = JsonMapper.shared().readTree(requests.get(0).getBodyAsString());
        assertThat(sent.path("action_name").asString()).isEqualTo("QR_LIMIT_STR_SCENE");
        assertThat(sent.path("action_info").path("scene").path("scene_str").asString())
                .isEqualTo(scene);
        byte[] png = mvc.perform(get("/api/channels/" + channel.path("id").asLong() + "/qr.png")
                        .queryParam("size", "300")
                        .with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isBetween(200, 300);
        String decoded = new QRCodeReader()
                .decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
                .getText();
        assertThat(decoded).isEqualTo(url);
    }

    @Test
    void servesTheCodeAsSvgAndAPrintableCardWithTheAccountsNameInChineseAndFrench() throws Exception {
        WechatFake.shared().givenQrCodeUrl(qrUrl());
        long id = create("Flyer santé 2027", "").path("id").asLong();

        String svg = mvc.perform(get("/api/channels/" + id + "/qr.svg").with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String card = mvc.perform(get("/api/channels/" + id + "/card.svg").with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(svg).startsWith("<svg").contains("<path");
        assertThat(card)
                .contains("width=\"105mm\" height=\"148mm\"", "莲花姐妹", "Lotus – santé et droits")
                .contains("微信扫一扫", "Flyer santé 2027");
    }

    @Test
    void listsAndRenamesChannels() throws Exception {
        WechatFake.shared().givenQrCodeUrl(qrUrl());
        long id = create("Atelier autodéfense", "").path("id").asLong();

        mvc.perform(patch("/api/channels/" + id)
                        .with(httpBasic(ADMIN, ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Atelier autodéfense – mars\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Atelier autodéfense – mars"));
        mvc.perform(get("/api/channels").with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + id + ")].name").value("Atelier autodéfense – mars"));
    }

    @Nested
    class Refusals {

        @Test
        void refusesAChannelWithoutAName() throws Exception {
            mvc.perform(post("/api/channels")
                            .with(httpBasic(ADMIN, ADMIN_PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"name\":\"  \",\"note\":\"x\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("name"));
        }

        @Test
        void answersNotFoundForAnUnknownChannel() throws Exception {
            mvc.perform(get("/api/channels/987654/qr.png").with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                    .andExpect(status().isNotFound());
        }

        @Test
        void refusesAnImageSizeOutOfRange() throws Exception {
            WechatFake.shared().givenQrCodeUrl(qrUrl());
            long id = create("Bus Chinatown", "").path("id").asLong();
            mvc.perform(get("/api/channels/" + id + "/qr.png")
                            .queryParam("size", "9000")
                            .with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("size"));
        }

        @Test
        void asksForCredentials() throws Exception {
            mvc.perform(get("/api/channels")).andExpect(status().isUnauthorized());
        }
    }
}
