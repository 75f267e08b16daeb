package org.lotus.mp.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lotus.mp.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Pushes the portal refuses, with the status WeChat (or an attacker) gets, and nothing stored from any of them. */
class RefusedPushTest extends PortalTest {

    static final Pushes PUSHES = new Pushes(APPID, TOKEN, AES_KEY);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    long storedBefore;
    long msgId;
    String message;

    @BeforeEach
    void countStored() {
        storedBefore = stored();
        msgId = Pushes.nextMsgId();
        message = Pushes.text("o" + UUID.randomUUID(), msgId, "不应保存");
    }

    @AfterEach
    void nothingStored() {
        assertThat(stored()).isEqualTo(storedBefore);
    }

    long stored() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM callback_receipt", Long.class)
                + jdbc.queryForObject("SELECT COUNT(*) FROM reader_message", Long.class);
    }

    @Nested
    class Addressing {

        @Test
        void refusesAnUnknownAppidWith404() throws Exception {
            mvc.perform(post("/wx/portal/wx0000000000000000").content(message)).andExpect(status().isNotFound());
        }

        @Test
        void refusesAddressVerificationWithABadSignature() throws Exception {
            mvc.perform(get("/wx/portal/" + APPID)
                            .queryParam("timestamp", Long.toString(Pushes.now()))
                            .queryParam("nonce", "1")
                            .queryParam("signature", "0".repeat(40))
                            .queryParam("echostr", "x"))
                    .andExpect(status().isForbidden());
        }
    }

    @Nested
    class Signatures {

        @Test
        void refusesAPushWithABadMessageSignature() throws Exception {
            mvc.perform(PUSHES.encrypted(message).queryParam("msg_signature", "0".repeat(40)))
                    .andExpect(status().isForbidden());
        }

        @Test
        void refusesAPushWhoseBodyWasChangedAfterSigning() throws Exception {
            Pushes.EncryptedPush push = PUSHES.prepare(message);
            Pushes.EncryptedPush other = PUSHES.prepare(Pushes.text("oOther", Pushes.nextMsgId(), "x"));
            mvc.perform(PUSHES.send(new Pushes.EncryptedPush(
                            push.timestamp(), push.nonce(), other.encrypted(), push.msgSignature())))
                    .andExpect(status().isForbidden());
        }

        @Test
        void refusesAMessageEncryptedForAnotherAppid() throws Exception {
            Pushes forOtherAccount = new Pushes("wxb11529c136998cb6", TOKEN, AES_KEY);
            String encrypted = forOtherAccount.encrypt(message);
            String timestamp = Long.toString(Pushes.now());
            mvc.perform(post("/wx/portal/" + APPID)
                            .queryParam("timestamp", timestamp)
                            .queryParam("nonce", "7")
                            .queryParam("encrypt_type", "aes")
                            .queryParam("msg_signature", PUSHES.msgSignature(encrypted, timestamp, "7"))
                            .content(Pushes.envelope(encrypted)))
                    .andExpect(status().isForbidden());
        }

        @Test
        void refusesPlaintextWhileSafeModeIsConfigured() throws Exception {
            mvc.perform(PUSHES.plaintext(message)).andExpect(status().isForbidden());
        }
    }

    @Nested
    class Replays {

        @Test
        void refusesAStaleTimestamp() throws Exception {
            mvc.perform(PUSHES.encrypted(message, Long.toString(Pushes.now() - 301), "11"))
                    .andExpect(status().isForbidden());
        }

        @Test
        void refusesATimestampFromTheFuture() throws Exception {
            mvc.perform(PUSHES.encrypted(message, Long.toString(Pushes.now() + 301), "12"))
                    .andExpect(status().isForbidden());
        }

        @Test
        void refusesATimestampAndNonceReusedWithAnotherBody() throws Exception {
            String timestamp = Long.toString(Pushes.now());
            String nonce = Long.toString(Pushes.nextMsgId());
            mvc.perform(PUSHES.encrypted(Pushes.event("oA", Pushes.now(), "CLICK", "about"), timestamp, nonce))
                    .andExpect(status().isOk());
            storedBefore = stored();

            mvc.perform(PUSHES.encrypted(message, timestamp, nonce)).andExpect(status().isForbidden());
        }
    }

    @Nested
    class Bodies {

        @Test
        void refusesABodyOver64KilobytesByItsLength() throws Exception {
            mvc.perform(PUSHES.encrypted(Pushes.text("oBig", msgId, "大".repeat(30_000))))
                    .andExpect(status().isPayloadTooLarge());
        }

        @Test
        void refusesABodyOver64KilobytesSentWithoutALength() throws Exception {
            String timestamp = Long.toString(Pushes.now());
            byte[] body = new byte[70_000];
            java.util.Arrays.fill(body, (byte) 'a');
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/wx/portal/" + APPID
                            + "?timestamp=" + timestamp + "&nonce=1&encrypt_type=aes&msg_signature=x"))
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                    .build();

            HttpResponse<String> response =
                    HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(413);
        }

        @Test
        void refusesMalformedXml() throws Exception {
            String timestamp = Long.toString(Pushes.now());
            mvc.perform(post("/wx/portal/" + APPID)
                            .queryParam("timestamp", timestamp)
                            .queryParam("nonce", "5")
                            .queryParam("encrypt_type", "aes")
                            .queryParam("msg_signature", "x")
                            .contentType(MediaType.TEXT_XML)
                            .content("<xml><Encrypt>abc</xml"))
                    .andExpect(status().isBadRequest());
        }

        @Test
        void neverResolvesAnExternalEntityInsideAnEncryptedMessage() throws Exception {
            String xxe = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                    + Pushes.text("oXxe", msgId, "&e;").replace("<![CDATA[&e;]]>", "&e;");

            mvc.perform(PUSHES.encrypted(xxe)).andExpect(status().isBadRequest());
        }

        @Test
        void refusesADoctypeInTheEnvelope() throws Exception {
            String timestamp = Long.toString(Pushes.now());
            String body = "<!DOCTYPE xml [<!ENTITY a \"aaaa\">]><xml><Encrypt>&a;</Encrypt></xml>";
            mvc.perform(post("/wx/portal/" + APPID)
                            .queryParam("timestamp", timestamp)
                            .queryParam("nonce", "6")
                            .queryParam("encrypt_type", "aes")
                            .queryParam("msg_signature", PUSHES.msgSignature("aaaa", timestamp, "6"))
                            .content(body.getBytes(StandardCharsets.UTF_8)))
                    .andExpect(status().isBadRequest());
        }
    }

    @Nested
    class OtherRequests {

        @Test
        void answersOtherMethodsWith405AndTheAllowedOnes() throws Exception {
            mvc.perform(put("/wx/portal/" + APPID).content(message))
                    .andExpect(status().isMethodNotAllowed())
                    .andExpect(header().string("Allow", "GET, POST"));
            mvc.perform(delete("/wx/portal/" + APPID)).andExpect(status().isMethodNotAllowed());
        }

        @Test
        void knowsNoPathBelowTheAppid() throws Exception {
            Pushes.EncryptedPush push = PUSHES.prepare(message);
            mvc.perform(post("/wx/portal/" + APPID + "/more?" + Pushes.query(push))
                            .contentType(MediaType.TEXT_XML)
                            .content(Pushes.envelope(push.encrypted())))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/wx/portal/")).andExpect(status().isNotFound());
        }

        @Test
        void refusesASignatureParameterSentTwice() throws Exception {
            Pushes.EncryptedPush push = PUSHES.prepare(message);
            mvc.perform(PUSHES.send(push).queryParam("timestamp", push.timestamp()))
                    .andExpect(status().isForbidden());
        }

        @Test
        void answersAnAddressCheckWithTheEchoOnlyWhenSigned() throws Exception {
            String timestamp = Long.toString(Pushes.now());
            mvc.perform(get("/wx/portal/" + APPID)
                            .queryParam("signature", CallbackSignature.sign(TOKEN, timestamp, "21"))
                            .queryParam("timestamp", timestamp)
                            .queryParam("nonce", "21")
                            .queryParam("echostr", "回声-echo"))
                    .andExpect(status().isOk())
                    .andExpect(content().contentType("text/plain;charset=UTF-8"))
                    .andExpect(content().string("回声-echo"));
        }
    }
}
