package org.lotus.mp.cms;

import java.time.LocalDate;
import java.time.LocalDateTime;
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
import org.lotus.mp.conversations.Conversations;
import org.lotus.mp.i18n.ParisTime;
import org.lotus.mp.i18n.StaffMessages;
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
    public record LatestMessage(
            long id, String reader, String kind, String receivedAt, boolean urgent, String preview) {}

    /** A failed article or one to review, with why in the staff member's language (public for templates). */
    public record AttentionRow(long id, String title, String status, String reason) {}

    /** A purge or an erasure: when (Paris time), why, how much (public so templates can read it). */
    public record PurgeLine(String at, String reason, int messages, int files, int readers) {}

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE dd/MM");

    private final AuditLog audit;
    private final Articles articles;
    private final ReaderMessages messages;
    private final PrivacyPurges purges;
    private final DashboardFigures figures;
    private final PublishingProgress publishing;
    private final AuditRows auditRows;
    private final StaffMessages wording;

    DashboardController(
            AuditLog audit,
            Articles articles,
            ReaderMessages messages,
            PrivacyPurges purges,
            DashboardFigures figures,
            PublishingProgress publishing,
            AuditRows auditRows,
            StaffMessages wording) {
        this.audit = audit;
        this.articles = articles;
        this.messages = messages;
        this.purges = purges;
        this.figures = figures;
        this.publishing = publishing;
        this.auditRows = auditRows;
        this.wording = wording;
    }

    @GetMapping({"/cms", "/cms/"})
    String dashboard(Model model, Locale locale) {
        model.addAttribute("week", week(locale));
        List<AttentionRow> attention = new ArrayList<>();
        for (PublicationStatus status : List.of(PublicationStatus.FAILED, PublicationStatus.NEEDS_REVIEW)) {
            articles.list(status, null).stream()
                    .map(a -> new AttentionRow(
                            a.getId(), a.getTitle(), status.name(), wording.statusReason(a.getStatusReason())))
                    .forEach(attention::add);
        }
        model.addAttribute("attention", attention);
        model.addAttribute("publishing", publishing.publishing());
        // only moderators see message previews here, and their reading is audited
        boolean moderator = Boolean.TRUE.equals(model.getAttribute("isModerator"));
        List<LatestMessage> latest = (moderator ? messages.inbox(0, 5, false, false) : List.<ReaderMessage>of())
                .stream()
                        .map(m -> new LatestMessage(
                                m.getId(),
                                m.getReaderPseudonym().substring(0, Conversations.SHORT),
                                m.getKind(),
                                ParisTime.format(m.getReceivedAt()),
                                Boolean.TRUE.equals(m.getUrgent()),
                                preview(m.getTextContent() != null ? m.getTextContent() : m.getTranscription())))
                        .toList();
        audit.recordRead(
                "list", "dashboard", latest.stream().map(LatestMessage::id).toList());
        model.addAttribute("latestMessages", latest);
        model.addAttribute("urgentCount", messages.inbox(0, 100, true, true).size());
        model.addAttribute("openCount", messages.inbox(0, 100, false, true).size());
        model.addAttribute("chart", figures.lastDays(30));
        model.addAttribute(
                "purges",
                purges.latest(5).stream()
                        .map(p -> new PurgeLine(
                                ParisTime.format(p.getOccurredAt()),
                                p.getReason(),
                                p.getMessages(),
                                p.getFiles(),
                                p.getReaders()))
                        .toList());
        model.addAttribute("recentActions", auditRows.rows(audit.latestForCurrentStaff(10)));
        return "cms/dashboard";
    }

    private List<CalendarDay> week(Locale locale) {
        LocalDate today = LocalDate.now(ParisTime.PARIS);
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
        return utc.atOffset(java.time.ZoneOffset.UTC)
                .atZoneSameInstant(ParisTime.PARIS)
                .toLocalDate();
    }
}
