package org.lotus.content.article;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * Sanitises article bodies to the tags WeChat's editor accepts. Images must be ones staff uploaded here
 * ({@link #IMAGE_PATH}{id}): they are re-uploaded to WeChat on publishing and our pages load nothing external.
 */
public final class ArticleHtml {

    public static final String IMAGE_PATH = "/m/images/";
    public static final Pattern OWN_IMAGE = Pattern.compile("^" + Pattern.quote(IMAGE_PATH) + "(\\d+)$");

    private static final Safelist WECHAT = new Safelist()
            .addTags(
                    "p",
                    "br",
                    "span",
                    "strong",
                    "b",
                    "em",
                    "i",
                    "u",
                    "s",
                    "h1",
                    "h2",
                    "h3",
                    "h4",
                    "ul",
                    "ol",
                    "li",
                    "blockquote",
                    "section",
                    "hr",
                    "img",
                    "figure",
                    "figcaption",
                    "table",
                    "thead",
                    "tbody",
                    "tr",
                    "td",
                    "th")
            .addAttributes("img", "src", "alt");

    private ArticleHtml() {}

    public static String sanitise(String html) {
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        String clean = Jsoup.clean(html == null ? "" : html, "", WECHAT, output);
        Document document = Jsoup.parseBodyFragment(clean);
        document.outputSettings(output);
        for (Element img : document.select("img")) {
            if (!OWN_IMAGE.matcher(img.attr("src")).matches()) {
                img.remove();
            }
        }
        return document.body().html();
    }

    /** The text a reader sees, for checking that a body is not empty. */
    public static String text(String html) {
        return Jsoup.parseBodyFragment(html == null ? "" : html).text();
    }
}
