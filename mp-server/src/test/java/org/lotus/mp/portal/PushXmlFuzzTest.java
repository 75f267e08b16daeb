package org.lotus.mp.portal;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random and mutated documents: the parser answers or throws its own exception, never anything else. Inputs come
 * from a fixed seed (override with {@code -Dportal.fuzz.seed=N -Dportal.fuzz.cases=N}) so a failure can be replayed.
 */
class PushXmlFuzzTest {

    static final String VALID = Pushes.text("oyORnuP8q7ou2gfYjqLzSIWZf0rs", 6054768590064713728L, "abc你好")
            .replace("</xml>", "<PublishEventInfo><publish_id>1</publish_id></PublishEventInfo></xml>");

    private static final long SEED = Long.getLong("portal.fuzz.seed", 20261128L);
    private static final int CASES = Integer.getInteger("portal.fuzz.cases", 2500);

    private static final List<String> FRAGMENTS = List.of(
            "<",
            ">",
            "</",
            "/>",
            "&",
            "&amp;",
            "&#0;",
            "&#x10FFFF;",
            "<![CDATA[",
            "]]>",
            "<!DOCTYPE xml>",
            "<!ENTITY e \"x\">",
            "<?xml version=\"1.0\" encoding=\"GBK\"?>",
            "<?pi?>",
            "<!--",
            "-->",
            "\u0000",
            "\uFFFF",
            "\uD800",
            "\"",
            "'",
            "xmlns:a=\"b\"",
            "<a:b>",
            "</xml><xml>",
            "");

    static Stream<byte[]> randomBytes() {
        Random random = new Random(SEED);
        return IntStream.range(0, CASES).mapToObj(i -> {
            byte[] input = new byte[random.nextInt(401)];
            random.nextBytes(input);
            return input;
        });
    }

    static Stream<String> mutatedPushes() {
        Random random = new Random(SEED + 1);
        return IntStream.range(0, CASES).mapToObj(i -> {
            String mutated = VALID;
            for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                int at = random.nextInt(mutated.length() + 1);
                int cut = random.nextInt(9);
                String fragment = FRAGMENTS.get(random.nextInt(FRAGMENTS.size()));
                mutated = mutated.substring(0, at) + fragment + mutated.substring(Math.min(mutated.length(), at + cut));
            }
            return mutated;
        });
    }

    @ParameterizedTest(name = "random bytes #{index}")
    @MethodSource("randomBytes")
    void randomBytesNeverEscapeAsAnotherException(byte[] input) {
        parsesOrRefuses(input);
    }

    @ParameterizedTest(name = "mutated push #{index}")
    @MethodSource("mutatedPushes")
    void mutatedPushesNeverEscapeAsAnotherException(String input) {
        parsesOrRefuses(input.getBytes(StandardCharsets.UTF_8));
    }

    private static void parsesOrRefuses(byte[] input) {
        assertThatCode(() -> {
                    try {
                        PushXml.parse(input);
                    } catch (MalformedXmlException expected) {
                        // the parser's own refusal
                    }
                })
                .doesNotThrowAnyException();
    }
}
