package org.lotus.mp.mobile;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lotus.content.UtcTime;
import org.lotus.content.article.Article;
import org.lotus.content.article.Articles;
import org.lotus.content.section.Section;
import org.lotus.content.section.SectionKey;
import org.lotus.content.section.Sections;
import org.lotus.mp.publishing.ReaderPartners;
import org.lotus.mp.replies.ReaderTexts;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Our own pages for readers: a section with its text and all its published articles, newest first, ten a page (the
 * agenda first on {@code news}, the partner organisations on {@code partners}), and an article in its rewritten form
 * with links to its section and to the articles before and after it. No login, no script, nothing loaded from
 * elsewhere; only published content is shown, section texts rewritten with the current lexicon.
 */
@Controller
class MobilePages {

    static final String ARTICLE_PATH = "/m/articles/";
    static final int PAGE_SIZE = 10;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter UPDATED = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final Sections sections;
    private final Articles articles;
    private final ReaderPartners partners;
    private final Agenda agenda;
    private final ReaderTexts texts;

    MobilePages(Sections sections, Articles articles, ReaderPartners partners, Agenda agenda, ReaderTexts texts) {
        this.sections = sections;
        this.articles = articles;
        this.partners = partners;
        this.agenda = agenda;
        this.texts = texts;
    }

    @GetMapping("/m/sections/{key}")
    ModelAndView section(@PathVariable String key, @RequestParam(defaultValue = "1") String page) {
        Section section = sections.find(key)
                .filter(s -> !Boolean.FALSE.equals(s.getEnabled()))
                .orElse(null);
        if (section == null) {
            return notFound();
        }
        List<Article> published = articles.published(key);
        int pages = Math.max(1, (published.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = page.matches("\\d{1,4}") ? Math.min(Math.max(1, Integer.parseInt(page)), pages) : 1;
        List<Map<String, String>> listed =
                published.subList((current - 1) * PAGE_SIZE, Math.min(published.size(), current * PAGE_SIZE)).stream()
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
        Map<String, Object> model = new HashMap<>();
        model.put("section", section);
        model.put("name", texts.rewritten(section.getNameZh()));
        model.put("intro", texts.rewritten(section.getReplyText()));
        model.put("articles", listed);
        model.put("page", current);
        model.put("pages", pages);
        model.put("agenda", SectionKey.NEWS.key().equals(key) ? agenda.entries() : List.of());
        model.put("partners", SectionKey.PARTNERS.key().equals(key) ? partners.published() : List.of());
        return new ModelAndView("mobile/section", model);
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
        String sectionName = sections.find(article.getSectionKey())
                .map(s -> texts.rewritten(s.getNameZh()))
                .orElse("");
        Map<String, Object> model = new HashMap<>();
        model.put("title", article.getPublishedTitle());
        model.put("author", article.getAuthor() == null ? "" : article.getAuthor());
        model.put("date", date(article));
        model.put("updated", updated(article));
        model.put("body", article.getPublishedBody());
        model.put("sectionKey", article.getSectionKey());
        model.put("sectionName", sectionName);
        model.put("audioUrl", article.getAudioId() == null ? "" : ARTICLE_PATH + article.getId() + "/audio.mp3");
        List<Article> neighbours = articles.published(article.getSectionKey());
        int at = indexOf(neighbours, article.getId());
        if (at > 0) {
            model.put("newer", link(neighbours.get(at - 1)));
        }
        if (at >= 0 && at + 1 < neighbours.size()) {
            model.put("older", link(neighbours.get(at + 1)));
        }
        return new ModelAndView("mobile/article", model);
    }

    private static int indexOf(List<Article> list, Long id) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).getId().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static Map<String, String> link(Article article) {
        return Map.of("title", article.getPublishedTitle(), "url", ARTICLE_PATH + article.getId());
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
