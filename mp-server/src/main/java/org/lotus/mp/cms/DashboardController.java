package org.lotus.mp.cms;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lotus.content.PublicationStatus;
import org.lotus.content.article.Article;
import org.lotus.content.article.Articles;
import org.lotus.mp.audit.AuditLog;
import org.lotus.mp.comments.ReaderMessage;
import org.lotus.mp.comments.ReaderMessages;
import org.lotus.mp.privacy.PrivacyPurges;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The CMS home: the coming seven days on a calendar, what failed or waits for review, urgent and latest messages, figures. */
@Controller
class DashboardController {

    /** A day of the week's calendar with what is scheduled on it (public so templates can read it). */
    public record CalendarDay(String label, boolean today, List<ArticleRow> items) {}

    /** A line of the latest messages, for moderators (public so templates can read it). */
    public record LatestMessage(long id, String kind, String receivedAt, boolean urgent, String preview) {}

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE dd/MM");

    private final AuditLog audit;
    private final Articles articles;
    private final ReaderMessages messages;
    private final PrivacyPurges purges;
    private final DashboardFigures figures;

    DashboardController(
            AuditLog audit,
            Articles articles,
            ReaderMessages messages,
            PrivacyPurges purges,
            DashboardFigures figures) {
        this.audit = audit;
        this.articles = articles;
        this.messages = messages;
        this.purges = purges;
        this.figures = figures;
    }

    @GetMapping({"/cms", "/cms/"})
    String dashboard(Model model, Locale locale) {
        model.addAttribute("week", week(locale));
        List<ArticleRow> attention = new ArrayList<>();
        articles.list(PublicationStatus.FAILED, null).stream()
                .map(ArticleRow::of)
                .forEach(attention::add);
        articles.list(PublicationStatus.NEEDS_REVIEW, null).stream()
                .map(ArticleRow::of)
                .forEach(attention::add);
        model.addAttribute("attention", attention);
        // only moderators see message previews here, and their reading is audited
        boolean moderator = Boolean.TRUE.equals(model.getAttribute("isModerator"));
        List<LatestMessage> latest = (moderator ? messages.inbox(0, 5, false, false) : List.<ReaderMessage>of())
                .stream()
                        .map(m -> new LatestMessage(
                                m.getId(),
                                m.getKind(),
                                CommentPagesController.paris(m.getReceivedAt()),
                                Boolean.TRUE.equals(m.getUrgent()),
                                preview(m.getTextContent() != null ? m.getTextContent() : m.getTranscription())))
                        .toList();
        audit.recordRead(
                "list", "dashboard", latest.stream().map(LatestMessage::id).toList());
        model.addAttribute("latestMessages", latest);
        model.addAttribute("urgentCount", messages.inbox(0, 100, true, true).size());
        model.addAttribute("openCount", messages.inbox(0, 100, false, true).size());
        model.addAttribute("days", figures.lastDays(30));
        model.addAttribute("purges", purges.latest(5));
        model.addAttribute("recentActions", audit.latestForCurrentStaff(10));
        return "cms/dashboard";
    }

    private List<CalendarDay> week(Locale locale) {
        LocalDate today = LocalDate.now(CommentPagesController.PARIS);
        List<Article> scheduled = articles.list(PublicationStatus.SCHEDULED, null);
        List<Article> published = articles.list(PublicationStatus.PUBLISHED, null);
        List<CalendarDay> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate day = today.plusDays(i);
            List<ArticleRow> items = new ArrayList<>();
            for (List<Article> group : List.of(scheduled, published)) {
                group.stream()
                        .filter(a -> a.getPublishAt() != null
                                && paris(a.getPublishAt()).equals(day))
                        .map(ArticleRow::of)
                        .forEach(items::add);
            }
            days.add(new CalendarDay(DAY.withLocale(locale).format(day), day.equals(today), items));
        }
        return days;
    }

    private static String preview(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    private static LocalDate paris(LocalDateTime utc) {
        ZonedDateTime zoned = utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(CommentPagesController.PARIS);
        return zoned.toLocalDate();
    }
}
