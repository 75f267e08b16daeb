package org.lotus.mp.mobile;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.lotus.content.UtcTime;
import org.lotus.content.article.Article;
import org.lotus.content.article.Articles;
import org.lotus.content.section.Section;
import org.lotus.content.section.SectionKey;
import org.lotus.content.section.Sections;
import org.lotus.mp.publishing.ReaderPartners;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * Our own pages for readers: a section with its published articles, and an article in its rewritten form. No login,
 * no script, nothing loaded from elsewhere; only published content is shown.
 */
@Controller
class MobilePages {

    static final String ARTICLE_PATH = "/m/articles/";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter UPDATED = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final Sections sections;
    private final Articles articles;
    private final ReaderPartners partners;
    private final Agenda agenda;

    MobilePages(Sections sections, Articles articles, ReaderPartners partners, Agenda agenda) {
        this.sections = sections;
        this.articles = articles;
        this.partners = partners;
        this.agenda = agenda;
    }

    @GetMapping("/m/sections/{key}")
    ModelAndView section(@PathVariable String key) {
        Section section = sections.find(key)
                .filter(s -> !Boolean.FALSE.equals(s.getEnabled()))
                .orElse(null);
        if (section == null) {
            return notFound();
        }
        List<Map<String, String>> published = articles.published(key).stream()
                .map(a -> Map.of(
                        "title",
                        a.getPublishedTitle(),
                        "digest",
                        a.getPublishedDigest() == null ? "" : a.getPublishedDigest(),
                        "date",
                        date(a),
                        "url",
                        ARTICLE_PATH + a.getId()))
                .toList();
        return new ModelAndView(
                "mobile/section",
                Map.of(
                        "section",
                        section,
                        "articles",
                        published,
                        "agenda",
                        SectionKey.NEWS.key().equals(key) ? agenda.entries() : List.of(),
                        "partners",
                        SectionKey.PARTNERS.key().equals(key) ? partners.published() : List.of()));
    }

    @GetMapping(ARTICLE_PATH + "{id}")
    ModelAndView article(@PathVariable String id) {
        if (!id.matches("\\d{1,18}")) {
            return notFound();
        }
        Article article =
                articles.find(Long.parseLong(id)).filter(Article::live).orElse(null);
        if (article == null) {
            return notFound();
        }
        String sectionName =
                sections.find(article.getSectionKey()).map(Section::getNameZh).orElse("");
        return new ModelAndView(
                "mobile/article",
                Map.of(
                        "title", article.getPublishedTitle(),
                        "author", article.getAuthor() == null ? "" : article.getAuthor(),
                        "date", date(article),
                        "updated", updated(article),
                        "body", article.getPublishedBody(),
                        "sectionKey", article.getSectionKey(),
                        "sectionName", sectionName,
                        "audioUrl", article.getAudioId() == null ? "" : ARTICLE_PATH + article.getId() + "/audio.mp3"));
    }

    private static String date(Article article) {
        return article.getPublishedAt() == null
                ? ""
                : UtcTime.instant(article.getPublishedAt()).atZone(PARIS).format(DATE);
    }

    /** When a correction changed the text readers see: "更新于 2026年12月3日 14:05", Paris time. */
    private static String updated(Article article) {
        return article.getCorrectedAt() == null
                ? ""
                : UtcTime.instant(article.getCorrectedAt()).atZone(PARIS).format(UPDATED);
    }

    private static ModelAndView notFound() {
        ModelAndView page = new ModelAndView("mobile/not-found");
        page.setStatus(HttpStatus.NOT_FOUND);
        return page;
    }
}
