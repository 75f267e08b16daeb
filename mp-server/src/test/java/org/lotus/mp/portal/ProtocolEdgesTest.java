package org.lotus.mp.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lotus.mp.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Pushes as other WeChat clients send them: odd but valid ones are kept, incomplete ones refused quietly. */
@ExtendWith(OutputCaptureExtension.class)
class ProtocolEdgesTest extends PortalTest {

    static final Pushes PUSHES = new Pushes(APPID, TOKEN, AES_KEY);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    static String reader() {
        return "o" + UUID.randomUUID().toString().replace("-", "").substring(0, 27);
    }

    static String text(String from, String createTime, String msgIdElement, String content) {
        return "<xml><ToUserName><![CDATA[gh_lotus]]></ToUserName><FromUserName><![CDATA[" + from
                + "]]></FromUserName><CreateTime>" + createTime + "</CreateTime><MsgType><![CDATA[text]]></MsgType>"
                + "<Content><![CDATA[" + content + "]]></Content>" + msgIdElement + "</xml>";
    }

    String reply(String xml) throws Exception {
        String answer = mvc.perform(PUSHES.encrypted(xml))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return PUSHES.open(answer).get("Content");
    }

    long storedWithText(String content) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM reader_message WHERE text_content = ?", Long.class, content);
    }

    LocalDateTime receivedAtOf(String content) {
        return jdbc.queryForObject(
                "SELECT received_at FROM reader_message WHERE text_content = ?", LocalDateTime.class, content);
    }

    @Nested
    class ReceivedTime {

        @Test
        void storesAMillisecondCreateTimeAsReceivedNow() throws Exception {
            String content = "毫秒时间" + UUID.randomUUID();
            reply(text(reader(), "1796005481379", "<MsgId>" + Pushes.nextMsgId() + "</MsgId>", content));

            assertThat(receivedAtOf(content)).isCloseTo(LocalDateTime.now(ZoneOffset.UTC), within());
        }

        @Test
        void storesAnOldCreateTimeAsReceivedNowSoRetentionCountsFromToday() throws Exception {
            String content = "旧时间" + UUID.randomUUID();
            reply(text(reader(), "1000000000", "<MsgId>" + Pushes.nextMsgId() + "</MsgId>", content));

            assertThat(receivedAtOf(content)).isCloseTo(LocalDateTime.now(ZoneOffset.UTC), within());
        }

        private static org.assertj.core.data.TemporalUnitOffset within() {
            return org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MINUTES);
        }
    }

    @Nested
    class UnusualButValid {

        @Test
        void acceptsAByteOrderMarkBeforeTheDecryptedXml() throws Exception {
            String content = "带BOM" + UUID.randomUUID();
            String answer = reply("\uFEFF"
                    + text(
                            reader(),
                            Long.toString(Pushes.now()),
                            "<MsgId>" + Pushes.nextMsgId() + "</MsgId>",
                            content));

            assertThat(answer).contains("收到你的留言");
            assertThat(storedWithText(content)).isEqualTo(1);
        }

        @Test
        void acceptsAByteOrderMarkBeforeTheEnvelope() throws Exception {
            String content = "信封BOM" + UUID.randomUUID();
            Pushes.EncryptedPush push = PUSHES.prepare(
                    text(reader(), Long.toString(Pushes.now()), "<MsgId>" + Pushes.nextMsgId() + "</MsgId>", content));
            mvc.perform(post("/wx/portal/" + APPID)
                            .queryParam("timestamp", push.timestamp())
                            .queryParam("nonce", push.nonce())
                            .queryParam("encrypt_type", "aes")
                            .queryParam("msg_signature", push.msgSignature())
                            .contentType(MediaType.TEXT_XML)
                            .content(("\uFEFF" + Pushes.envelope(push.encrypted())).getBytes(StandardCharsets.UTF_8)))
                    .andExpect(status().isOk());

            assertThat(storedWithText(content)).isEqualTo(1);
        }

        @Test
        void storesAMsgIdAboveTheLargestSignedLong() throws Exception {
            String content = "大编号" + UUID.randomUUID();
            String msgId = "18446744073709551615";

            reply(text(reader(), Long.toString(Pushes.now()), "<MsgId>" + msgId + "</MsgId>", content));

            assertThat(jdbc.queryForObject(
                            "SELECT wx_msg_id FROM reader_message WHERE text_content = ?", BigInteger.class, content))
                    .isEqualTo(new BigInteger(msgId));
        }

        @Test
        void storesATextWithoutMsgIdOnceBeforeSayingItWasReceived() throws Exception {
            String content = "没有编号" + UUID.randomUUID();
            String xml = text(reader(), Long.toString(Pushes.now()), "", content);

            String answer = reply(xml);
            reply(xml); // WeChat's retry, with a new nonce

            assertThat(answer).contains("收到你的留言");
            assertThat(storedWithText(content)).isEqualTo(1);
        }

        @Test
        void keepsTwoDifferentTextsWithoutMsgIdSentInTheSameSecond() throws Exception {
            String reader = reader();
            String now = Long.toString(Pushes.now());
            String first = "第一条" + UUID.randomUUID();
            String second = "第二条" + UUID.randomUUID();

            reply(text(reader, now, "", first));
            reply(text(reader, now, "", second));

            assertThat(storedWithText(first) + storedWithText(second)).isEqualTo(2);
        }
    }

    @Nested
    class EventIdentity {

        static String publishJobFinish(String createTime, String publishId) {
            return "<xml><ToUserName><![CDATA[gh_lotus]]></ToUserName><FromUserName><![CDATA[mphelper_system]]>"
                    + "</FromUserName><CreateTime>" + createTime + "</CreateTime><MsgType><![CDATA[event]]></MsgType>"
                    + "<Event><![CDATA[PUBLISHJOBFINISH]]></Event><PublishEventInfo><publish_id>" + publishId
                    + "</publish_id><publish_status>0</publish_status><article_id><![CDATA[a-" + publishId
                    + "]]></article_id><article_detail><count>1</count><item><idx>1</idx><article_url><![CDATA["
                    + "https://mp.weixin.qq.com/s/" + publishId + "]]></article_url></item></article_detail>"
                    + "</PublishEventInfo></xml>";
        }

        long results(String publishId) {
            return jdbc.queryForObject(
                    "SELECT COUNT(*) FROM publish_job_result WHERE publish_id = ?", Long.class, publishId);
        }

        @Test
        void storesTwoPublishResultsOfTheSameSecond() throws Exception {
            String now = Long.toString(Pushes.now());
            String first = Long.toString(Pushes.nextMsgId());
            String second = Long.toString(Pushes.nextMsgId());

            mvc.perform(PUSHES.encrypted(publishJobFinish(now, first))).andExpect(status().isOk());
            mvc.perform(PUSHES.encrypted(publishJobFinish(now, second))).andExpect(status().isOk());
            mvc.perform(PUSHES.encrypted(publishJobFinish(now, second))).andExpect(status().isOk());

            assertThat(results(first)).isEqualTo(1);
            assertThat(results(second)).isEqualTo(1);
        }
    }

    @Nested
    class IncompleteRequests {

        HttpResponse<String> post(String query) throws Exception {
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/wx/portal/" + APPID + "?" + query))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "text/xml")
                    .POST(HttpRequest.BodyPublishers.ofString(Pushes.envelope("abc")))
                    .build();
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "timestamp=%s&encrypt_type=aes&msg_signature=abc",
                    "nonce=1&encrypt_type=aes&msg_signature=abc",
                    "timestamp=%s&nonce=1&encrypt_type=aes",
                    "timestamp=%s&nonce=1",
                    "signature=abc&timestamp=%s",
                    ""
                })
        void refusesAPushMissingAPartWithoutALogTrace(String query, CapturedOutput output) throws Exception {
            post(""); // the first request to the server logs its own start-up lines
            int before = output.getAll().length();

            HttpResponse<String> response = post(query.formatted(Pushes.now()));

            assertThat(response.statusCode()).isEqualTo(400);
            String logged = output.getAll().substring(before);
            assertThat(logged.lines().count()).isLessThanOrEqualTo(1);
            assertThat(logged).doesNotContain("Exception", "\tat ");
        }
    }
}
