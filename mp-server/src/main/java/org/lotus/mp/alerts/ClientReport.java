package org.lotus.mp.alerts;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** A reader's report of a dangerous client; what she wrote is sealed, the client's number hashed and sealed. */
@TableName("client_report")
public class ClientReport {

    /** Where a report stands: waiting for a moderator, approved (counted in checks), rejected, or merged. */
    public enum Status {
        PENDING,
        APPROVED,
        REJECTED,
        MERGED
    }

    @TableId(type = IdType.AUTO)
    private Long id;

    private Status status;
    private String reporterPseudonym;
    private String confirmKey;
    private String whatSealed;
    private String voiceMsgIds;
    private String phoneHash;
    private String phoneSealed;
    private String phoneLastFour;
    private String areaSealed;
    private String occurredSealed;
    private String summary;
    private String decisionNote;
    private Long mergedInto;
    private LocalDateTime reportedAt;
    private LocalDateTime decidedAt;
    private String decidedBy;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Status getStatus() {
        return status;
    }

    public void setStatus(Status status) {
        this.status = status;
    }

    public String getReporterPseudonym() {
        return reporterPseudonym;
    }

    public void setReporterPseudonym(String reporterPseudonym) {
        this.reporterPseudonym = reporterPseudonym;
    }

    public String getConfirmKey() {
        return confirmKey;
    }

    public void setConfirmKey(String confirmKey) {
        this.confirmKey = confirmKey;
    }

    public String getWhatSealed() {
        return whatSealed;
    }

    public void setWhatSealed(String whatSealed) {
        this.whatSealed = whatSealed;
    }

    public String getVoiceMsgIds() {
        return voiceMsgIds;
    }

    public void setVoiceMsgIds(String voiceMsgIds) {
        this.voiceMsgIds = voiceMsgIds;
    }

    public String getPhoneHash() {
        return phoneHash;
    }

    public void setPhoneHash(String phoneHash) {
        this.phoneHash = phoneHash;
    }

    public String getPhoneSealed() {
        return phoneSealed;
    }

    public void setPhoneSealed(String phoneSealed) {
        this.phoneSealed = phoneSealed;
    }

    public String getPhoneLastFour() {
        return phoneLastFour;
    }

    public void setPhoneLastFour(String phoneLastFour) {
        this.phoneLastFour = phoneLastFour;
    }

    public String getAreaSealed() {
        return areaSealed;
    }

    public void setAreaSealed(String areaSealed) {
        this.areaSealed = areaSealed;
    }

    public String getOccurredSealed() {
        return occurredSealed;
    }

    public void setOccurredSealed(String occurredSealed) {
        this.occurredSealed = occurredSealed;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public void setDecisionNote(String decisionNote) {
        this.decisionNote = decisionNote;
    }

    public Long getMergedInto() {
        return mergedInto;
    }

    public void setMergedInto(Long mergedInto) {
        this.mergedInto = mergedInto;
    }

    public LocalDateTime getReportedAt() {
        return reportedAt;
    }

    public void setReportedAt(LocalDateTime reportedAt) {
        this.reportedAt = reportedAt;
    }

    public LocalDateTime getDecidedAt() {
        return decidedAt;
    }

    public void setDecidedAt(LocalDateTime decidedAt) {
        this.decidedAt = decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public void setDecidedBy(String decidedBy) {
        this.decidedBy = decidedBy;
    }
}
