package org.lotus.mp.alerts.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.lotus.mp.alerts.ClientReport;
import org.lotus.mp.alerts.ClientReports;
import org.lotus.mp.phones.PhoneNumbers;

/**
 * A report as moderators see it: the reader's words opened, her voice answers as playable messages, the client's
 * number masked to its last four digits. Never the reporter's identity.
 */
public record AlertView(
        long id,
        String status,
        Instant reportedAt,
        String what,
        List<VoiceAnswer> voice,
        String phone,
        String area,
        String occurred,
        String summary,
        String decisionNote,
        Long mergedInto,
        Instant decidedAt,
        String decidedBy,
        List<Long> earlierSameNumber) {

    /** A voice answer, stored as a reader message: its audio is served to moderators as MP3. */
    public record VoiceAnswer(long messageId, String audioUrl) {}

    public static AlertView of(ClientReport report, ClientReports reports) {
        return new AlertView(
                report.getId(),
                report.getStatus().name().toLowerCase(java.util.Locale.ROOT),
                report.getReportedAt().toInstant(ZoneOffset.UTC),
                reports.open(report.getWhatSealed()).orElse(null),
                reports.voiceMessages(report).stream()
                        .map(id -> new VoiceAnswer(id, "/api/comments/" + id + "/audio"))
                        .toList(),
                report.getPhoneLastFour() == null ? null : PhoneNumbers.masked(report.getPhoneLastFour()),
                reports.open(report.getAreaSealed()).orElse(null),
                reports.open(report.getOccurredSealed()).orElse(null),
                report.getSummary(),
                report.getDecisionNote(),
                report.getMergedInto(),
                report.getDecidedAt() == null ? null : report.getDecidedAt().toInstant(ZoneOffset.UTC),
                report.getDecidedBy(),
                report.getStatus() == ClientReport.Status.PENDING
                        ? reports.sameNumberBefore(report).stream()
                                .map(ClientReport::getId)
                                .toList()
                        : List.of());
    }
}
