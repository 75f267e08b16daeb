package org.lotus.mp.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.stream.Collectors;
import org.lotus.content.announcement.Announcement;
import org.lotus.content.announcement.AnnouncementDraft;
import org.lotus.content.announcement.Announcements;
import org.lotus.mp.audit.AuditLog;
import org.lotus.mp.publishing.ContentRewriter;
import org.lotus.mp.web.InvalidFieldException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What moderators do with a report, each step audited: approve it with a public summary (rewritten with the lexicon:
 * it is what other readers read), reject it, merge it, reveal the number, or turn an approved one into an
 * announcement draft.
 */
@Service
public class Moderation {

    static final int MAX_SUMMARY = 500;

    private final ClientReports reports;
    private final ContentRewriter rewriter;
    private final Announcements announcements;
    private final AuditLog audit;

    Moderation(ClientReports reports, ContentRewriter rewriter, Announcements announcements, AuditLog audit) {
        this.reports = reports;
        this.rewriter = rewriter;
        this.announcements = announcements;
        this.audit = audit;
    }

    @Transactional
    public ClientReport approve(long id, String summary, String moderator) {
        if (summary == null || summary.isBlank() || summary.strip().length() > MAX_SUMMARY) {
            throw new InvalidFieldException(
                    "summary",
                    "a summary of at most " + MAX_SUMMARY + " characters is required",
                    "replyLength",
                    MAX_SUMMARY);
        }
        ContentRewriter.Rewritten rewritten = rewriter.rewriteText(summary.strip(), "zh");
        if (!rewritten.clean()) {
            String terms = rewritten.blocked().stream()
                    .map(ContentRewriter.BlockedTerm::term)
                    .distinct()
                    .collect(Collectors.joining("、"));
            throw new InvalidFieldException("summary", "blocked terms: " + terms, "blockedTerms", terms);
        }
        ClientReport approved = reports.approve(id, rewritten.text(), moderator);
        audit.record("alert.approved", "alert", id, null);
        return approved;
    }

    @Transactional
    public ClientReport reject(long id, String reason, String moderator) {
        String note = reason == null ? "" : reason.strip();
        if (note.length() > 500) {
            throw new InvalidFieldException("reason", "a reason of at most 500 characters", "tooLong", 500);
        }
        ClientReport rejected = reports.reject(id, note.isEmpty() ? null : note, moderator);
        audit.record("alert.rejected", "alert", id, null);
        return rejected;
    }

    @Transactional
    public ClientReport merge(long id, long into, String moderator) {
        ClientReport merged = reports.merge(id, into, moderator);
        audit.record("alert.merged", "alert", id, "into " + into);
        return merged;
    }

    public String revealNumber(long id) {
        String number = reports.revealNumber(id).orElseThrow(() -> new InvalidFieldException("phone", "no number"));
        audit.record("alert.number-revealed", "alert", id, null);
        return number;
    }

    /** A draft announcement carrying the approved summary, valid for two weeks, for an editor to review and publish. */
    @Transactional
    public Announcement announce(long id) {
        ClientReport report = reports.get(id);
        if (report.getStatus() != ClientReport.Status.APPROVED) {
            throw new InvalidFieldException(
                    "status", "only an approved alert can become an announcement", "alertNotApproved");
        }
        Instant now = Instant.now();
        Announcement draft = announcements.create(new AnnouncementDraft(
                "安全提醒",
                report.getSummary() + "\n见客人前查一查号码：发“查”加电话号码。",
                "zh",
                now,
                now.plus(14, ChronoUnit.DAYS),
                (LocalDate) null,
                null,
                null,
                false));
        audit.record("alert.announced", "alert", id, "announcement " + draft.getId());
        return draft;
    }
}
