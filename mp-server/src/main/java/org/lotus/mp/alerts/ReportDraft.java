package org.lotus.mp.alerts;

import java.util.ArrayList;
import java.util.List;

/**
 * A report being written, one answer at a time, between two pushes. It is kept sealed in the key-value store (Redis in
 * {@code prod}) for the length of a conversation, never in plain text.
 */
record ReportDraft(Step step, String what, List<String> voiceIds, String phone, String area, String occurred) {

    /** The question the reader is answering. */
    enum Step {
        CHOOSE,
        WHAT,
        PHONE,
        AREA,
        WHEN,
        CONFIRM,
        CHECK
    }

    private static final char SEPARATOR = '\u0001';

    static ReportDraft at(Step step) {
        return new ReportDraft(step, null, List.of(), null, null, null);
    }

    ReportDraft next(Step next) {
        return new ReportDraft(next, what, voiceIds, phone, area, occurred);
    }

    ReportDraft withWhat(String text) {
        String joined = what == null ? text : what + "\n" + text;
        return new ReportDraft(step, joined, voiceIds, phone, area, occurred);
    }

    ReportDraft withVoice(String messageId) {
        List<String> ids = new ArrayList<>(voiceIds);
        if (ids.size() < 20) {
            ids.add(messageId);
        }
        return new ReportDraft(step, what, List.copyOf(ids), phone, area, occurred);
    }

    ReportDraft withPhone(String e164) {
        return new ReportDraft(step, what, voiceIds, e164, area, occurred);
    }

    ReportDraft withArea(String text) {
        return new ReportDraft(step, what, voiceIds, phone, text, occurred);
    }

    ReportDraft withOccurred(String text) {
        return new ReportDraft(step, what, voiceIds, phone, area, text);
    }

    boolean hasStory() {
        return what != null || !voiceIds.isEmpty();
    }

    String encode() {
        return String.join(
                String.valueOf(SEPARATOR),
                step.name(),
                orEmpty(what),
                String.join(",", voiceIds),
                orEmpty(phone),
                orEmpty(area),
                orEmpty(occurred));
    }

    static ReportDraft decode(String encoded) {
        String[] parts = encoded.split(String.valueOf(SEPARATOR), -1);
        return new ReportDraft(
                Step.valueOf(parts[0]),
                orNull(parts[1]),
                parts[2].isEmpty() ? List.of() : List.of(parts[2].split(",")),
                orNull(parts[3]),
                orNull(parts[4]),
                orNull(parts[5]));
    }

    /** What the reader said, a line a fact, for her to confirm before the report is sent. */
    String summary() {
        StringBuilder summary = new StringBuilder();
        if (what != null) {
            summary.append("• 发生了什么：").append(SafetyDesk.limit(what, 300)).append('\n');
        }
        if (!voiceIds.isEmpty()) {
            summary.append("• 语音：").append(voiceIds.size()).append(" 条\n");
        }
        summary.append("• 电话：").append(phone == null ? "不知道" : phone).append('\n');
        summary.append("• 地点：").append(area == null ? "没有说" : area).append('\n');
        summary.append("• 时间：").append(occurred == null ? "没有说" : occurred);
        return summary.toString();
    }

    /** Reader text without the control characters the encoding relies on. */
    static String clean(String text) {
        return text == null ? null : text.replaceAll("[\\p{Cntrl}&&[^\n]]", "").strip();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String orNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
