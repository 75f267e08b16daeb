package org.lotus.mp.alerts;

import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.UpdateWrapper;
import java.security.GeneralSecurityException;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.lotus.mp.phones.PhoneNumbers;
import org.lotus.mp.readers.ReaderKeys;
import org.lotus.mp.web.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports of dangerous clients: stored from the reader's confirmation, opened for moderators, approved with a public
 * summary (the only part other readers ever read), rejected or merged, unlinked from a reader who asks to be erased
 * and deleted after the retention.
 */
@Service
public class ClientReports {

    private final ClientReportMapper mapper;
    private final ReaderKeys keys;
    private final PhoneNumbers phones;

    ClientReports(ClientReportMapper mapper, ReaderKeys keys, PhoneNumbers phones) {
        this.mapper = mapper;
        this.keys = keys;
        this.phones = phones;
    }

    /** What a reader confirmed; only {@code what} or a voice answer is required. */
    public record Submission(
            String pseudonym,
            String confirmKey,
            String what,
            List<String> voiceMessageIds,
            String phone,
            String area,
            String occurred) {}

    /** How many approved reports a number has, the month of the latest and its public summary. */
    public record Check(int approved, YearMonth latestMonth, String latestSummary) {}

    /** Stores the report once per confirming push; false when that push was stored before. */
    public boolean submit(Submission submission) {
        ClientReport report = new ClientReport();
        report.setStatus(ClientReport.Status.PENDING);
        report.setReporterPseudonym(submission.pseudonym());
        report.setConfirmKey(submission.confirmKey());
        report.setWhatSealed(sealed(submission.what()));
        report.setVoiceMsgIds(
                submission.voiceMessageIds().isEmpty() ? null : String.join(",", submission.voiceMessageIds()));
        if (submission.phone() != null) {
            PhoneNumbers.Kept kept = phones.keep(submission.phone());
            report.setPhoneHash(kept.hash());
            report.setPhoneSealed(kept.sealed());
            report.setPhoneLastFour(kept.lastFour());
        }
        report.setAreaSealed(sealed(submission.area()));
        report.setOccurredSealed(sealed(submission.occurred()));
        report.setReportedAt(LocalDateTime.now(ZoneOffset.UTC));
        try {
            mapper.insert(report);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    public Check check(String e164) {
        List<ClientReport> approved = mapper.selectList(new QueryWrapper<ClientReport>()
                .eq("phone_hash", phones.hash(e164))
                .eq("status", ClientReport.Status.APPROVED.name())
                .orderByDesc("reported_at"));
        if (approved.isEmpty()) {
            return new Check(0, null, null);
        }
        ClientReport latest = approved.get(0);
        return new Check(approved.size(), YearMonth.from(latest.getReportedAt()), latest.getSummary());
    }

    public List<ClientReport> list(ClientReport.Status status) {
        return mapper.selectList(new QueryWrapper<ClientReport>()
                .eq(status != null, "status", status == null ? null : status.name())
                .orderByDesc("reported_at")
                .orderByDesc("id")
                .last("LIMIT 500"));
    }

    public ClientReport get(long id) {
        return Optional.ofNullable(mapper.selectById(id)).orElseThrow(() -> new NotFoundException("alert", id));
    }

    /** Earlier reports of the same number, for a moderator who would merge this one into one of them. */
    public List<ClientReport> sameNumberBefore(ClientReport report) {
        if (report.getPhoneHash() == null) {
            return List.of();
        }
        return mapper.selectList(new QueryWrapper<ClientReport>()
                .eq("phone_hash", report.getPhoneHash())
                .ne("id", report.getId())
                .in("status", ClientReport.Status.PENDING.name(), ClientReport.Status.APPROVED.name())
                .lt("reported_at", report.getReportedAt())
                .orderByDesc("reported_at"));
    }

    /** Ids of the stored voice messages the reader answered with, for playback. */
    public List<Long> voiceMessages(ClientReport report) {
        if (report.getVoiceMsgIds() == null || report.getVoiceMsgIds().isBlank()) {
            return List.of();
        }
        return mapper.messageIds(Arrays.asList(report.getVoiceMsgIds().split(",")));
    }

    public Optional<String> open(String sealed) {
        if (sealed == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(keys.openText(sealed));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a sealed report field cannot be opened with the current key", e);
        }
    }

    public Optional<String> revealNumber(long id) {
        ClientReport report = get(id);
        return Optional.ofNullable(report.getPhoneSealed()).map(phones::open);
    }

    @Transactional
    public ClientReport approve(long id, String summary, String moderator) {
        decide(id, ClientReport.Status.APPROVED, moderator, u -> u.set("summary", summary));
        return get(id);
    }

    @Transactional
    public ClientReport reject(long id, String reason, String moderator) {
        decide(id, ClientReport.Status.REJECTED, moderator, u -> u.set("decision_note", reason));
        return get(id);
    }

    /** Folds a report into an earlier one of the same number: it is kept with it, not counted again. */
    @Transactional
    public ClientReport merge(long id, long into, String moderator) {
        ClientReport report = get(id);
        ClientReport target = get(into);
        if (report.getPhoneHash() == null
                || !report.getPhoneHash().equals(target.getPhoneHash())
                || id == into
                || target.getStatus() == ClientReport.Status.MERGED
                || target.getStatus() == ClientReport.Status.REJECTED) {
            throw new InvalidDecisionException("into", "only into another open or approved report of the same number");
        }
        decide(id, ClientReport.Status.MERGED, moderator, u -> u.set("merged_into", into));
        return get(id);
    }

    private void decide(
            long id,
            ClientReport.Status status,
            String moderator,
            java.util.function.Consumer<UpdateWrapper<ClientReport>> extra) {
        ClientReport report = get(id);
        if (report.getStatus() != ClientReport.Status.PENDING) {
            throw new InvalidDecisionException("status", "this report was already decided: " + report.getStatus());
        }
        UpdateWrapper<ClientReport> update = new UpdateWrapper<ClientReport>()
                .eq("id", id)
                .eq("status", ClientReport.Status.PENDING.name())
                .set("status", status.name())
                .set("decided_at", LocalDateTime.now(ZoneOffset.UTC))
                .set("decided_by", moderator);
        extra.accept(update);
        if (mapper.update(null, update) == 0) {
            throw new InvalidDecisionException("status", "this report was decided meanwhile");
        }
    }

    /**
     * A reporter asked to be erased: her unapproved reports go; approved ones stay, anonymous, as their summary and
     * the number's hash, without her words, voice or link to her. Returns the reports touched.
     */
    @Transactional
    public int unlinkReporter(String pseudonym) {
        int deleted = mapper.delete(new QueryWrapper<ClientReport>()
                .eq("reporter_pseudonym", pseudonym)
                .ne("status", ClientReport.Status.APPROVED.name()));
        int kept = mapper.update(
                null,
                new UpdateWrapper<ClientReport>()
                        .eq("reporter_pseudonym", pseudonym)
                        .set("reporter_pseudonym", null)
                        .set("what_sealed", null)
                        .set("voice_msg_ids", null)
                        .set("area_sealed", null)
                        .set("occurred_sealed", null));
        return deleted + kept;
    }

    /** Deletes every report, approved ones included, made before the cutoff. */
    public int purgeBefore(LocalDateTime cutoff) {
        return mapper.delete(new QueryWrapper<ClientReport>().lt("reported_at", cutoff));
    }

    private String sealed(String text) {
        return text == null || text.isBlank() ? null : keys.sealText(text);
    }
}
