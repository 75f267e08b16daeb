package org.lotus.mp.portal;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Builds pushes as WeChat sends them (signed, encrypted in safe mode) and opens WeChat-style replies. */
public final class Pushes {

    private static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis() * 1000);

    private final String appid;
    private final String token;
    private final MessageCrypto crypto;

    public Pushes(String appid, String token, String aesKey) {
        this.appid = appid;
        this.token = token;
        this.crypto = new MessageCrypto(aesKey, appid);
    }

    public static long nextMsgId() {
        return IDS.incrementAndGet();
    }

    public static long now() {
        return System.currentTimeMillis() / 1000;
    }

    public static String text(String from, long msgId, String content) {
        return message(from, "text", msgId, "<Content><![CDATA[" + content + "]]></Content>");
    }

    public static String voice(String from, long msgId, String mediaId, String recognition) {
        return message(
                from,
                "voice",
                msgId,
                "<MediaId><![CDATA[" + mediaId + "]]></MediaId><Format><![CDATA[amr]]></Format>"
                        + "<Recognition><![CDATA[" + recognition + "]]></Recognition>");
    }

    public static String image(String from, long msgId, String mediaId) {
        return message(
                from,
                "image",
                msgId,
                "<PicUrl><![CDATA[http://mmbiz.qpic.cn/x]]></PicUrl><MediaId><![CDATA[" + mediaId + "]]></MediaId>");
    }

    public static String message(String from, String type, long msgId, String fields) {
        return "<xml><ToUserName><![CDATA[gh_lotus]]></ToUserName><FromUserName><![CDATA[" + from
                + "]]></FromUserName><CreateTime>" + now() + "</CreateTime><MsgType><![CDATA[" + type
                + "]]></MsgType>" + fields + "<MsgId>" + msgId + "</MsgId></xml>";
    }

    public static String event(String from, long createTime, String event, String key) {
        return "<xml><ToUserName><![CDATA[gh_lotus]]></ToUserName><FromUserName><![CDATA[" + from
                + "]]></FromUserName><CreateTime>" + createTime
                + "</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[" + event
                + "]]></Event><EventKey><![CDATA[" + key + "]]></EventKey></xml>";
    }

    /** A safe-mode push of {@code xml}, freshly timestamped and signed. */
    public MockHttpServletRequestBuilder encrypted(String xml) {
        return encrypted(xml, Long.toString(now()), crypto.nonce());
    }

    public MockHttpServletRequestBuilder encrypted(String xml, String timestamp, String nonce) {
        String encrypted = encrypt(xml);
        return send(new EncryptedPush(timestamp, nonce, encrypted, msgSignature(encrypted, timestamp, nonce)));
    }

    /** The same push WeChat would retry: identical parameters and body. */
    public EncryptedPush prepare(String xml) {
        String timestamp = Long.toString(now());
        String nonce = crypto.nonce();
        String encrypted = encrypt(xml);
        return new EncryptedPush(timestamp, nonce, encrypted, msgSignature(encrypted, timestamp, nonce));
    }

    public MockHttpServletRequestBuilder send(EncryptedPush push) {
        return post("/wx/portal/" + appid)
                .queryParam("timestamp", push.timestamp())
                .queryParam("nonce", push.nonce())
                .queryParam("encrypt_type", "aes")
                .queryParam("msg_signature", push.msgSignature())
                .contentType(MediaType.TEXT_XML)
                .content(envelope(push.encrypted()));
    }

    public MockHttpServletRequestBuilder plaintext(String xml) {
        String timestamp = Long.toString(now());
        String nonce = crypto.nonce();
        return post("/wx/portal/" + appid)
                .queryParam("timestamp", timestamp)
                .queryParam("nonce", nonce)
                .queryParam("signature", CallbackSignature.sign(token, timestamp, nonce))
                .contentType(MediaType.TEXT_XML)
                .content(xml);
    }

    public String encrypt(String xml) {
        return crypto.encrypt(xml.getBytes(StandardCharsets.UTF_8));
    }

    public String msgSignature(String encrypted, String timestamp, String nonce) {
        return CallbackSignature.sign(token, timestamp, nonce, encrypted);
    }

    public static String envelope(String encrypted) {
        return "<xml><ToUserName><![CDATA[gh_lotus]]></ToUserName><Encrypt><![CDATA[" + encrypted
                + "]]></Encrypt></xml>";
    }

    /** Checks a safe-mode reply's signature, decrypts it and returns its fields. */
    /** The text of an encrypted text reply, for tests outside this package. */
    public String replyText(String reply) {
        return open(reply).get("Content");
    }

    public PushXml.Document open(String reply) {
        PushXml.Document envelope = PushXml.parse(reply.getBytes(StandardCharsets.UTF_8));
        String encrypted = envelope.get("Encrypt");
        if (!CallbackSignature.matches(
                envelope.get("MsgSignature"), token, envelope.get("TimeStamp"), envelope.get("Nonce"), encrypted)) {
            throw new AssertionError("reply signature does not match");
        }
        return PushXml.parse(crypto.decrypt(encrypted));
    }

    /** The push as a real HTTP request: the query string after {@code /wx/portal/{appid}?}, and the body. */
    public static String query(EncryptedPush push) {
        return "timestamp=" + push.timestamp() + "&nonce=" + push.nonce() + "&encrypt_type=aes&msg_signature="
                + push.msgSignature();
    }

    /** One push, kept so it can be sent again unchanged. */
    public record EncryptedPush(String timestamp, String nonce, String encrypted, String msgSignature) {}
}
