package org.lotus.mp.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The hardened reader of WeChat's XML. */
class PushXmlTest {

    static PushXml.Document parse(String xml) {
        return PushXml.parse(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsLeavesByTheirPathUnderTheRoot() {
        PushXml.Document doc = parse("<xml><Content><![CDATA[你好 ]]> </Content><A><b>1</b><b>2</b></A></xml>");

        assertThat(doc.get("Content")).isEqualTo("你好");
        assertThat(doc.get("A/b")).isEqualTo("1");
        assertThat(doc.leaves()).extracting(e -> e.getValue()).containsExactly("你好", "1", "2");
    }

    @Nested
    class Refusals {

        @Test
        void refusesAnExternalEntity() {
            assertThatThrownBy(() -> parse("<!DOCTYPE xml [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                            + "<xml><Content>&x;</Content></xml>"))
                    .isInstanceOf(MalformedXmlException.class);
        }

        @Test
        void refusesAnEntityExpansionBomb() {
            assertThatThrownBy(() -> parse("<!DOCTYPE xml [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
                            + "<xml><Content>&b;</Content></xml>"))
                    .isInstanceOf(MalformedXmlException.class);
        }

        @Test
        void refusesAnotherRootElement() {
            assertThatThrownBy(() -> parse("<root><a>1</a></root>")).isInstanceOf(MalformedXmlException.class);
        }

        @Test
        void refusesTruncatedXml() {
            assertThatThrownBy(() -> parse("<xml><a>1</a>")).isInstanceOf(MalformedXmlException.class);
        }

        @Test
        void refusesDeepNesting() {
            assertThatThrownBy(() -> parse("<xml>" + "<a>".repeat(20) + "</a>".repeat(20) + "</xml>"))
                    .isInstanceOf(MalformedXmlException.class);
        }
    }
}
