package org.lotus.mp.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.lotus.mp.replies.Placeholders;

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

    /**
     * The staff-owned wording of the summary: its lines with {@code {what}}, {@code {voices}}, {@code {phone}},
     * {@code {area}} and {@code {when}}, and what stands for a skipped number, place or time.
     */
    record SummaryWording(String lines, String noPhone, String notSaid) {}

    /**
     * What the reader said, a line a fact, for her to confirm before the report is sent; the line of what happened is
     * left out when she wrote nothing, the line of voices when she sent none.
     */
    String summary(SummaryWording wording) {
        String kept = wording.lines()
                .lines()
                .filter(line -> what != null || !line.contains("{what}"))
                .filter(line -> !voiceIds.isEmpty() || !line.contains("{voices}"))
                .collect(Collectors.joining("\n"));
        return Placeholders.fill(
                kept,
                Map.of(
                        "what", what == null ? "" : SafetyDesk.limit(what, 300),
                        "voices", String.valueOf(voiceIds.size()),
                        "phone", phone == null ? wording.noPhone() : phone,
                        "area", area == null ? wording.notSaid() : area,
                        "when", occurred == null ? wording.notSaid() : occurred));
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
