package org.lotus.mp.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** WeChat's safe-mode cipher and signatures against the official sample vectors. */
class MessageCryptoTest {

    static final JsonNode VECTORS = vectors();

    static JsonNode vectors() {
        try (InputStream in = MessageCryptoTest.class.getResourceAsStream("/wechat/vectors.json")) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String field(String sample, String name) {
        return VECTORS.get(sample).get(name).asString();
    }

    @Test
    void decryptsTheOfficialAccountSample() {
        MessageCrypto crypto = new MessageCrypto(field("mp_sample", "encodingAesKey"), field("mp_sample", "appid"));

        PushXml.Document message = PushXml.parse(crypto.decrypt(field("mp_sample", "encrypt")));

        assertThat(message.get("Content")).isEqualTo("abcdteT");
        assertThat(message.get("MsgId")).isEqualTo("6054768590064713728");
        assertThat(message.get("FromUserName")).isEqualTo("oyORnuP8q7ou2gfYjqLzSIWZf0rs");
    }

    @Test
    void decryptsTheWeComSample() {
        MessageCrypto crypto =
                new MessageCrypto(field("wecom_sample", "encodingAesKey"), field("wecom_sample", "appid"));

        PushXml.Document message = PushXml.parse(crypto.decrypt(field("wecom_sample", "encrypt")));

        assertThat(message.get("Content")).isEqualTo("hello");
        assertThat(message.get("MsgId")).isEqualTo("4561255354251345929");
    }

    @Test
    void encryptsExactlyAsTheDeterministicSample() {
        String sample = "deterministic_encrypt";
        MessageCrypto crypto = new MessageCrypto(field(sample, "encodingAesKey"), field(sample, "appid"));

        String encrypted = crypto.encrypt(
                field(sample, "random16").getBytes(StandardCharsets.UTF_8),
                field(sample, "plain").getBytes(StandardCharsets.UTF_8));

        assertThat(encrypted).isEqualTo(field(sample, "encrypt"));
        assertThat(new String(crypto.decrypt(encrypted), StandardCharsets.UTF_8))
                .isEqualTo(field(sample, "plain"));
    }

    @Test
    void signsAsTheSamples() {
        assertThat(CallbackSignature.sign(
                        field("mp_sample", "token"),
                        field("mp_sample", "timestamp"),
                        field("mp_sample", "nonce"),
                        field("mp_sample", "encrypt")))
                .isEqualTo(field("mp_sample", "msg_signature"));
        assertThat(CallbackSignature.sign(
                        field("wecom_sample", "token"),
                        field("wecom_sample", "timestamp"),
                        field("wecom_sample", "nonce"),
                        field("wecom_sample", "encrypt")))
                .isEqualTo(field("wecom_sample", "msg_signature"));
        assertThat(CallbackSignature.matches(
                        field("url_verify_plain", "signature"),
                        field("url_verify_plain", "token"),
                        field("url_verify_plain", "timestamp"),
                        field("url_verify_plain", "nonce")))
                .isTrue();
        assertThat(CallbackSignature.matches(
                        field("mp_sample", "signature"),
                        field("mp_sample", "token"),
                        field("mp_sample", "timestamp"),
                        field("mp_sample", "nonce")))
                .isTrue();
    }

    @Nested
    class Refusals {

        @Test
        void refusesAMessageForAnotherAppid() {
            MessageCrypto crypto = new MessageCrypto(field("mp_sample", "encodingAesKey"), "wxSomeoneElse00000");

            assertThatThrownBy(() -> crypto.decrypt(field("mp_sample", "encrypt")))
                    .isInstanceOf(PushRefusedException.class)
                    .extracting(e -> ((PushRefusedException) e).status())
                    .isEqualTo(403);
        }

        @Test
        void refusesCiphertextThatIsNotBlockAligned() {
            MessageCrypto crypto = new MessageCrypto(field("mp_sample", "encodingAesKey"), field("mp_sample", "appid"));

            assertThatThrownBy(() -> crypto.decrypt(Base64.getEncoder().encodeToString(new byte[17])))
                    .isInstanceOf(PushRefusedException.class);
            assertThatThrownBy(() -> crypto.decrypt("not base64 !!")).isInstanceOf(PushRefusedException.class);
        }

        @Test
        void refusesASignatureThatDiffersByOneCharacter() {
            String good = field("url_verify_plain", "signature");
            String bad = good.substring(0, 39) + (good.charAt(39) == '0' ? '1' : '0');

            assertThat(CallbackSignature.matches(bad, "AAAAA", "1714036504", "1514711492"))
                    .isFalse();
            assertThat(CallbackSignature.matches(null, "AAAAA", "1714036504", "1514711492"))
                    .isFalse();
        }
    }
}
