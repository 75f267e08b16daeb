package org.lotus.mp.portal;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Random and mutated documents: the parser answers or throws its own exception, never anything else. */
class PushXmlFuzzTest {

    static final String VALID = Pushes.text("oyORnuP8q7ou2gfYjqLzSIWZf0rs", 6054768590064713728L, "abc你好")
            .replace("</xml>", "<PublishEventInfo><publish_id>1</publish_id></PublishEventInfo></xml>");

    @Property(tries = 2000)
    void randomBytesNeverEscapeAsAnotherException(@ForAll @Size(max = 400) byte[] input) {
        parsesOrRefuses(input);
    }

    @Property(tries = 3000)
    void mutatedPushesNeverEscapeAsAnotherException(@ForAll("mutations") String input) {
        parsesOrRefuses(input.getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<String> mutations() {
        Arbitrary<String> fragments = Arbitraries.of(
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
        return Arbitraries.integers()
                .between(0, VALID.length())
                .flatMap(at -> Arbitraries.integers()
                        .between(0, 8)
                        .flatMap(cut -> fragments.map(f ->
                                VALID.substring(0, at) + f + VALID.substring(Math.min(VALID.length(), at + cut)))));
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
