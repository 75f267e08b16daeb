package org.lotus.mp.simulator;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import me.chanjar.weixin.common.util.crypto.SHA1;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Pushes to our portal as WeChat does in safe mode: the XML encrypted with the account's EncodingAESKey (WxJava's
 * own cipher, independent of the portal's), {@code signature} and {@code msg_signature} in the query, 5 s to answer,
 * then the same push again up to three times. The answer's signature is checked and the reply decrypted.
 */
@Component
@DemoMode.Only
class PortalPushes {

    private static final Logger log = LoggerFactory.getLogger(PortalPushes.class);

    private final SimulatedAccount account;
    private final SimulatorSettings settings;
    private final WxCryptUtil crypt;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(java.time.Duration.ofSeconds(2))
            .build();

    PortalPushes(SimulatedAccount account, SimulatorSettings settings) {
        this.account = account;
        this.settings = settings;
        this.crypt = new WxCryptUtil(account.token(), account.aesKey(), account.appid());
    }

    /** Delivers the push; the decrypted passive reply, empty for "success" or nothing; refused if never answered. */
    Optional<String> deliver(String xml, String openid) throws PushNotAnsweredException {
        String timestamp = Long.toString(System.currentTimeMillis() / 1000);
        String nonce = Long.toString(Math.abs(SimulatorState.randomId(6).hashCode()) + 100_000_000L);
        String encrypted = crypt.encrypt(SimulatorState.randomId(12).substring(0, 16), xml);
        String body = "<xml><ToUserName><![CDATA[" + account.originalId() + "]]></ToUserName><Encrypt><![CDATA["
                + encrypted + "]]></Encrypt></xml>";
        String query = "?signature=" + SHA1.gen(account.token(), timestamp, nonce) + "&timestamp=" + timestamp
                + "&nonce=" + nonce + "&openid=" + URLEncoder.encode(openid, StandardCharsets.UTF_8)
                + "&encrypt_type=aes&msg_signature=" + SHA1.gen(account.token(), timestamp, nonce, encrypted);
        HttpRequest request = HttpRequest.newBuilder(URI.create(account.portalUrl() + query))
                .timeout(settings.pushTimeout())
                .header("Content-Type", "text/xml")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        int status = 0;
        for (int attempt = 0; attempt <= settings.pushRetries(); attempt++) {
            try {
                HttpResponse<String> response =
                        http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                status = response.statusCode();
                if (status == 200) {
                    return readReply(response.body());
                }
            } catch (IOException e) {
                log.debug(
                        "simulated push not answered ({}), attempt {}",
                        e.getClass().getSimpleName(),
                        attempt + 1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new PushNotAnsweredException(status);
    }

    private Optional<String> readReply(String body) {
        String answer = body == null ? "" : body.strip();
        if (answer.isEmpty() || "success".equals(answer)) {
            return Optional.empty();
        }
        Map<String, String> outer = leaves(answer);
        String encrypt = outer.get("Encrypt");
        if (encrypt == null) {
            throw new IllegalStateException("the portal answered a safe-mode push in plaintext");
        }
        String expected = SHA1.gen(account.token(), outer.get("TimeStamp"), outer.get("Nonce"), encrypt);
        if (!MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII),
                String.valueOf(outer.get("MsgSignature")).getBytes(StandardCharsets.US_ASCII))) {
            throw new IllegalStateException("the portal's reply has a wrong MsgSignature");
        }
        return Optional.of(crypt.decrypt(encrypt));
    }

    /** Text of every element by path under the root ({@code Articles/item/Title}); no DOCTYPE is read. */
    static Map<String, String> leaves(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
            Map<String, String> leaves = new LinkedHashMap<>();
            collect(document.getDocumentElement(), "", leaves);
            return leaves;
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("unreadable XML from the portal", e);
        }
    }

    private static void collect(Element element, String prefix, Map<String, String> leaves) {
        boolean hasChildElements = false;
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                hasChildElements = true;
                collect(e, prefix + e.getTagName() + "/", leaves);
            }
        }
        if (!hasChildElements && !prefix.isEmpty()) {
            leaves.putIfAbsent(prefix.substring(0, prefix.length() - 1), element.getTextContent());
        }
    }

    /** Our portal never answered 200: WeChat gives up after its retries. */
    static final class PushNotAnsweredException extends Exception {
        PushNotAnsweredException(int status) {
            super("the portal did not answer the push (last status " + status + ")");
        }
    }
}
