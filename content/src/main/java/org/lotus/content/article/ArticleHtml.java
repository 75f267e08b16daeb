package org.lotus.content.article;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
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

    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "h1", "h2", "h3", "h4", "ul", "ol", "li", "blockquote", "section", "hr", "figure", "table");

    private ArticleHtml() {}

    public static String sanitise(String html) {
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        String clean = Jsoup.clean(paragraphs(html == null ? "" : html), "", WECHAT, output);
        Document document = Jsoup.parseBodyFragment(clean);
        document.outputSettings(output);
        for (Element img : document.select("img")) {
            if (!OWN_IMAGE.matcher(img.attr("src")).matches()) {
                img.remove();
            }
        }
        return document.body().html();
    }

    /**
     * Browsers' editors make a {@code <div>} or {@code <p>} per Enter and leave the first line bare: divs become
     * {@code <p>} and the bare line gets a paragraph of its own,
     * which the sanitiser keeps, so paragraphs survive. A div holding blocks is only a wrapper and is unwrapped.
     */
    static String paragraphs(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        List<Element> divs = new ArrayList<>(document.body().select("div"));
        Collections.reverse(divs); // innermost first, so a wrapper sees its children already turned into paragraphs
        for (Element div : divs) {
            if (div.children().stream().anyMatch(ArticleHtml::isBlock)) {
                div.unwrap();
            } else {
                div.tagName("p");
            }
        }
        wrapLooseLines(document.body());
        return document.body().html();
    }

    /** Text and inline tags beside paragraphs (the first line before Enter) go into a paragraph of their own. */
    private static void wrapLooseLines(Element parent) {
        if (parent.children().stream().noneMatch(ArticleHtml::isBlock)) {
            return;
        }
        List<Node> run = new ArrayList<>();
        for (Node node : new ArrayList<>(parent.childNodes())) {
            if (node instanceof Element element && isBlock(element)) {
                wrap(run);
            } else {
                run.add(node);
            }
        }
        wrap(run);
    }

    private static void wrap(List<Node> run) {
        boolean blank = run.stream().allMatch(n -> n instanceof TextNode text && text.isBlank());
        if (!run.isEmpty() && !blank) {
            Element p = new Element("p");
            run.get(0).before(p);
            run.forEach(p::appendChild);
        }
        run.clear();
    }

    private static boolean isBlock(Element element) {
        return BLOCKS.contains(element.normalName());
    }

    /** The text a reader sees, for checking that a body is not empty. */
    public static String text(String html) {
        return Jsoup.parseBodyFragment(html == null ? "" : html).text();
    }
}
