package org.lotus.mp.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lotus.mp.replies.ReplyKey;

/** The summary a reader confirms, worded by the staff-owned texts; their seeds give the summary as it always was. */
class ReportDraftTest {

    static final ReportDraft.SummaryWording SEEDED = new ReportDraft.SummaryWording(
            ReplyKey.SAFETY_SUMMARY.seedText(),
            ReplyKey.SAFETY_SUMMARY_NO_PHONE.seedText(),
            ReplyKey.SAFETY_SUMMARY_NOT_SAID.seedText());

    @Test
    void seededWordingGivesEveryFactOnItsLine() {
        ReportDraft draft = ReportDraft.at(ReportDraft.Step.CONFIRM)
                .withWhat("他不付钱")
                .withVoice("m1")
                .withVoice("m2")
                .withPhone("+33612345671")
                .withArea("Belleville")
                .withOccurred("昨天晚上");

        assertThat(draft.summary(SEEDED))
                .isEqualTo("• 发生了什么：他不付钱\n• 语音：2 条\n• 电话：+33612345671\n• 地点：Belleville\n• 时间：昨天晚上");
    }

    @Test
    void leavesOutWhatWasNotToldAndSaysWhatWasSkipped() {
        ReportDraft draft = ReportDraft.at(ReportDraft.Step.CONFIRM).withVoice("m1");

        assertThat(draft.summary(SEEDED)).isEqualTo("• 语音：1 条\n• 电话：不知道\n• 地点：没有说\n• 时间：没有说");
    }

    @Test
    void usesTheLabelsStaffWrote() {
        ReportDraft draft =
                ReportDraft.at(ReportDraft.Step.CONFIRM).withWhat("打人").withArea("13区");

        String summary = draft.summary(
                new ReportDraft.SummaryWording("经过 {what}\n录音 {voices}\n号码 {phone}，地方 {area}，日子 {when}", "不清楚", "没讲"));

        assertThat(summary).isEqualTo("经过 打人\n号码 不清楚，地方 13区，日子 没讲");
    }

    @Test
    void keepsReaderTextThatLooksLikeAPlaceholder() {
        ReportDraft draft = ReportDraft.at(ReportDraft.Step.CONFIRM).withWhat("{phone}");

        assertThat(draft.summary(SEEDED)).startsWith("• 发生了什么：{phone}\n• 电话：不知道");
    }
}
