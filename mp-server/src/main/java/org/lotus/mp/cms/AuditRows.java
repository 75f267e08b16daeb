package org.lotus.mp.cms;

import java.util.List;
import java.util.Map;
import org.lotus.mp.audit.AuditEvent;
import org.lotus.mp.i18n.ParisTime;
import org.lotus.mp.i18n.StaffMessages;
import org.springframework.stereotype.Component;

/** Journal lines as staff read them: Paris time, the action in their language, a link to what it touched. */
@Component
class AuditRows {

    /** One journal line (public so templates can read it). */
    public record Row(String at, String actor, String action, String target, String link, String detail) {}

    private static final Map<String, String> PAGES = Map.of(
            "article", "/cms/articles/",
            "announcement", "/cms/announcements/",
            "partner", "/cms/partners/",
            "section", "/cms/sections/",
            "reader", "/cms/comments/readers/",
            "menu", "/cms/sections",
            "menu-group", "/cms/sections",
            "lexicon", "/cms/lexicon",
            "staff", "/cms/staff",
            "alert", "/cms/alerts");

    private final StaffMessages wording;

    AuditRows(StaffMessages wording) {
        this.wording = wording;
    }

    List<Row> rows(List<AuditEvent> events) {
        return events.stream().map(this::row).toList();
    }

    private Row row(AuditEvent e) {
        String type = e.getTargetType();
        String target = type == null
                ? ""
                : wording.text("audit.target." + type) + (e.getTargetId() == null ? "" : " " + e.getTargetId());
        return new Row(
                ParisTime.format(e.getOccurredAt()),
                e.getActor(),
                wording.text("audit.action." + e.getAction()),
                target,
                link(type, e.getTargetId()),
                detail(e.getDetail()));
    }

    /** A detail that is a moment (a schedule's time, stored as an ISO instant) is shown in Paris time. */
    private static String detail(String detail) {
        if (detail != null && detail.matches("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z")) {
            try {
                return ParisTime.format(java.time.Instant.parse(detail));
            } catch (java.time.format.DateTimeParseException e) {
                return detail;
            }
        }
        return detail;
    }

    private static String link(String type, String id) {
        String page = type == null ? null : PAGES.get(type);
        if (page == null) {
            return null;
        }
        return page.endsWith("/") ? (id == null ? null : page + id) : page;
    }
}
