package org.lotus.sensitivewords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotus.sensitivewords.Fixtures.shipped;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class HtmlRewriteTest {

    private static RewriteResult rewrite(String html, Language language) {
        return shipped().rewrite(html, TextFormat.HTML, language);
    }

    @Test
    void rewritesTextNodesOnly() {
        String html = "<p class=\"警察\" title='préservatif'>请用安全套 <a href=\"/安全套?q=警察\">链接</a></p>";

        String out = rewrite(html, Language.ANY).text();

        assertThat(out).isEqualTo("<p class=\"警察\" title='préservatif'>请用工具 <a href=\"/安全套?q=警察\">链接</a></p>");
    }

    @Test
    void leavesScriptsStylesAndCommentsByteForByte() {
        String html = "<script>var a = '安全套 < 警察';</script><style>.警察{color:red}</style>"
                + "<!-- 安全套 --><p>安全套</p><SCRIPT type=x>警察</SCRIPT >";

        String out = rewrite(html, Language.ZH).text();

        assertThat(out)
                .isEqualTo("<script>var a = '安全套 < 警察';</script><style>.警察{color:red}</style>"
                        + "<!-- 安全套 --><p>工具</p><SCRIPT type=x>警察</SCRIPT >");
    }

    @Test
    void returnsSameStringWhenNothingMatches() {
        String html = "<div><p>Bonjour &amp; bienvenue</p><img src=\"a.png\" alt=\"\"></div>";
        assertThat(rewrite(html, Language.FR).text()).isSameAs(html);
    }

    @Test
    void offsetsReferToTheInput() {
        String html = "<p data-x=\"1\">Les <b>préservatifs</b> sont gratuits</p>";

        Replacement r = rewrite(html, Language.FR).replacements().get(0);

        assertThat(html.substring(r.start(), r.end())).isEqualTo("préservatifs").isEqualTo(r.from());
    }

    @Test
    void matchesTermWrittenWithCharacterReferences() {
        String html = "<p>un pr&eacute;servatif, un&nbsp;pr&#233;servatif</p>";

        RewriteResult result = rewrite(html, Language.FR);

        assertThat(result.text()).isEqualTo("<p>un outil, un&nbsp;outil</p>");
        assertThat(result.replacements().get(0).from()).isEqualTo("pr&eacute;servatif");
    }

    @Test
    void doesNotMatchAcrossTags() {
        String html = "<p>安<b>全</b>套</p>";
        assertThat(rewrite(html, Language.ZH).text()).isSameAs(html);
    }

    @Test
    void escapesMarkupCharactersInReplacement() {
        Rewriter rewriter = Fixtures.of(Fixtures.fr("capote", "outil <sûr> & propre"));

        String out = rewriter.rewrite("<p>une capote</p>", TextFormat.HTML, Language.FR)
                .text();

        assertThat(out).isEqualTo("<p>une outil &lt;sûr&gt; &amp; propre</p>");
    }

    @Test
    void keepsDocumentStructure() {
        String html = "<html><head><title>警察</title></head><body><h1 id=\"t\">安全套</h1>"
                + "<ul><li>強姦</li><li><a href=\"https://example.org/?a=1&amp;b=2\">毒品</a></li></ul>"
                + "<p>l'OQTF<br>la police</p></body></html>";

        String out = rewrite(html, Language.ANY).text();

        Document before = Jsoup.parse(html, "", Parser.xmlParser());
        Document after = Jsoup.parse(out, "", Parser.xmlParser());
        assertThat(after.getAllElements()).hasSameSizeAs(before.getAllElements());
        for (int i = 0; i < before.getAllElements().size(); i++) {
            Element a = before.getAllElements().get(i);
            Element b = after.getAllElements().get(i);
            assertThat(b.tagName()).isEqualTo(a.tagName());
            assertThat(b.attributes()).isEqualTo(a.attributes());
        }
        assertThat(after.select("h1").text()).isEqualTo("工具");
        assertThat(after.select("title").text()).isEqualTo("蓝衣人");
        assertThat(after.select("a").text()).isEqualTo("那种东西");
    }
}
