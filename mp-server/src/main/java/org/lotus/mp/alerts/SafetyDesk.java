package org.lotus.mp.alerts;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lotus.mp.coordination.KeyValueStore;
import org.lotus.mp.phones.PhoneNumbers;
import org.lotus.mp.privacy.UrgentSignals;
import org.lotus.mp.publishing.ContentRewriter;
import org.lotus.mp.readers.ReaderKeys;
import org.lotus.mp.replies.KeywordAnswer;
import org.lotus.mp.replies.ReaderTexts;
import org.lotus.mp.replies.ReplyKey;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The account's side of a report or a check, one question at a time: the {@code safety} menu entry, "举报 …" and
 * "查 <number>" start one; "取消" ends it at any step. Texts given as answers are kept only inside the report, sealed;
 * voice answers are stored as ordinary voice messages (fetched, kept for the voice retention) and linked. An urgent
 * answer is also kept as an ordinary urgent message, so the on-duty team hears of it at once.
 */
@Component
public class SafetyDesk {

    /** What the reader did, as the portal saw it. {@code messageId} is WeChat's id of a voice message. */
    public record ReaderTurn(String openid, String receiptKey, Kind kind, String text, String messageId, String menu) {

        /** A menu tap, a text, a voice message (its transcription in {@code text}), or anything else. */
        public enum Kind {
            MENU,
            TEXT,
            VOICE,
            OTHER
        }
    }

    /** The reply, and whether the push should also be stored as an ordinary reader message. */
    public record Answer(String text, boolean keepMessage) {}

    static final String SECTION = "safety";
    private static final Set<String> CANCEL_WORDS = Set.of("取消", "退出", "cancel", "annuler");
    private static final Set<String> SKIP_WORDS = Set.of("跳过", "不知道", "没有", "不想说", "skip");
    private static final Set<String> CONFIRM_WORDS = Set.of("1", "确认", "是", "好", "对", "提交", "ok");

    private final KeyValueStore store;
    private final ReaderKeys keys;
    private final PhoneNumbers phones;
    private final ClientReports reports;
    private final UrgentSignals urgentSignals;
    private final ContentRewriter rewriter;
    private final SafetySettings settings;
    private final ReaderTexts texts;

    SafetyDesk(
            KeyValueStore store,
            ReaderKeys keys,
            PhoneNumbers phones,
            ClientReports reports,
            UrgentSignals urgentSignals,
            ContentRewriter rewriter,
            SafetySettings settings,
            ReaderTexts texts) {
        this.store = store;
        this.keys = keys;
        this.phones = phones;
        this.reports = reports;
        this.urgentSignals = urgentSignals;
        this.rewriter = rewriter;
        this.settings = settings;
        this.texts = texts;
    }

    /** The answer when the push belongs to a report or a check; empty when it is none of ours. */
    public Optional<Answer> answer(ReaderTurn turn) {
        if (turn.kind() == ReaderTurn.Kind.OTHER) {
            return Optional.empty();
        }
        if (turn.kind() == ReaderTurn.Kind.MENU) {
            if (!SECTION.equals(turn.menu())) {
                return Optional.empty();
            }
            String pseudonym = keys.pseudonym(turn.openid());
            save(pseudonym, ReportDraft.at(ReportDraft.Step.CHOOSE));
            return Optional.empty(); // the section's own text (staff-owned) is the menu of choices
        }
        String pseudonym = keys.pseudonym(turn.openid());
        String text = ReportDraft.clean(turn.text());
        Optional<Answer> answer;
        try {
            Optional<ReportDraft> draft = load(pseudonym);
            answer = draft.isPresent()
                    ? Optional.ofNullable(continueWith(draft.get(), turn, text, pseudonym))
                    : start(turn, text, pseudonym);
        } catch (DataAccessException e) {
            answer = Optional.of(new Answer(texts.text(ReplyKey.SAFETY_UNAVAILABLE_NOW), true));
        }
        return answer.map(a -> new Answer(rewriter.rewriteText(a.text(), "zh").text(), a.keepMessage()));
    }

    /** Forgets a conversation under way: the reader was erased. */
    public void forget(String pseudonym) {
        store.delete(key(pseudonym));
    }

    private Optional<Answer> start(ReaderTurn turn, String text, String pseudonym) {
        if (turn.kind() != ReaderTurn.Kind.TEXT || text == null || text.isEmpty()) {
            return Optional.empty();
        }
        return SafetyTriggers.find(texts.deskTriggers(), text).map(t -> started(t, pseudonym));
    }

    /** A report or a check begun by its keyword; null when the rest holds no number to check. */
    private Answer started(SafetyTriggers.Trigger trigger, String pseudonym) {
        if (trigger.kind() == KeywordAnswer.Kind.REPORT) {
            if (trigger.rest().isEmpty()) {
                save(pseudonym, ReportDraft.at(ReportDraft.Step.WHAT));
                return reply(texts.text(ReplyKey.SAFETY_START));
            }
            return oneMessageReport(trigger.rest(), pseudonym);
        }
        if (trigger.rest().isEmpty()) {
            save(pseudonym, ReportDraft.at(ReportDraft.Step.CHECK));
            return reply(texts.text(ReplyKey.SAFETY_ASK_CHECK));
        }
        return phones.findIn(trigger.rest())
                .map(found -> check(found.e164(), pseudonym))
                .orElse(null);
    }

    /** "举报 06 12 34 56 78 他打人": what the reader wrote goes straight to the confirmation when it says enough. */
    private Answer oneMessageReport(String rest, String pseudonym) {
        ReportDraft draft = ReportDraft.at(ReportDraft.Step.WHAT);
        Optional<PhoneNumbers.Found> found = phones.findIn(rest);
        if (found.isPresent()) {
            draft = draft.withPhone(found.get().e164());
            rest = found.get().rest();
        }
        if (!rest.isBlank()) {
            draft = draft.withWhat(rest);
        }
        if (draft.hasStory() && draft.phone() != null) {
            return confirm(draft.next(ReportDraft.Step.CONFIRM), pseudonym, "");
        }
        if (draft.hasStory()) {
            save(pseudonym, draft.next(ReportDraft.Step.PHONE));
            return reply(texts.text(ReplyKey.SAFETY_ASK_PHONE));
        }
        save(pseudonym, draft);
        return reply(texts.text(ReplyKey.SAFETY_START));
    }

    private Answer continueWith(ReportDraft draft, ReaderTurn turn, String text, String pseudonym) {
        boolean voice = turn.kind() == ReaderTurn.Kind.VOICE;
        if (!voice && text != null && CANCEL_WORDS.contains(text.toLowerCase(java.util.Locale.ROOT))) {
            store.delete(key(pseudonym));
            return reply(texts.text(ReplyKey.SAFETY_CANCELLED));
        }
        boolean urgent = !voice && urgentSignals.isUrgent(text);
        String prefix = urgent ? texts.text(ReplyKey.URGENT) + "\n\n" : "";
        if (voice) {
            if (turn.messageId() != null) {
                draft = draft.withVoice(turn.messageId());
            }
            prefix = texts.text(ReplyKey.SAFETY_VOICE_KEPT);
        }
        Answer answer = switch (draft.step()) {
            case CHOOSE -> choose(text, pseudonym);
            case CHECK -> checkStep(text, pseudonym);
            case WHAT -> whatStep(draft, voice, text, pseudonym, prefix);
            case PHONE -> phoneStep(draft, voice, text, pseudonym, prefix);
            case AREA -> areaStep(draft, voice, text, pseudonym, prefix);
            case WHEN -> whenStep(draft, voice, text, pseudonym, prefix);
            case CONFIRM -> confirmStep(draft, voice, text, turn.receiptKey(), pseudonym, prefix);
        };
        if (answer == null) {
            return null;
        }
        return new Answer(answer.text(), answer.keepMessage() || voice || urgent);
    }

    private Answer choose(String text, String pseudonym) {
        if (text == null) {
            return reply(texts.text(ReplyKey.SAFETY_CHOOSE_AGAIN));
        }
        Optional<SafetyTriggers.Trigger> trigger = switch (text) {
            case "1" -> Optional.of(new SafetyTriggers.Trigger(KeywordAnswer.Kind.REPORT, ""));
            case "2" -> Optional.of(new SafetyTriggers.Trigger(KeywordAnswer.Kind.CHECK, ""));
            default -> SafetyTriggers.find(texts.deskTriggers(), text);
        };
        Answer answer = trigger.map(t -> started(t, pseudonym)).orElse(null);
        if (answer == null) {
            store.delete(key(pseudonym)); // not an answer to the choice: an ordinary message to the team
        }
        return answer;
    }

    private Answer checkStep(String text, String pseudonym) {
        Optional<String> number = Optional.ofNullable(text)
                .flatMap(t -> phones.normalise(t).or(() -> phones.findIn(t).map(PhoneNumbers.Found::e164)));
        if (number.isEmpty()) {
            store.delete(key(pseudonym));
            return null;
        }
        store.delete(key(pseudonym));
        return check(number.get(), pseudonym);
    }

    private Answer whatStep(ReportDraft draft, boolean voice, String text, String pseudonym, String prefix) {
        if (!voice) {
            if (text == null || text.isEmpty()) {
                return reply(texts.text(ReplyKey.SAFETY_ASK_WHAT_AGAIN));
            }
            ReportDraft asked = draft;
            draft = phones.findIn(text)
                    .map(f -> {
                        ReportDraft withPhone = asked.withPhone(f.e164());
                        return f.rest().isBlank() ? withPhone : withPhone.withWhat(f.rest());
                    })
                    .orElseGet(() -> asked.withWhat(text));
            if (!draft.hasStory()) {
                save(pseudonym, draft);
                return reply(texts.text(ReplyKey.SAFETY_ASK_WHAT_AGAIN));
            }
            if (draft.phone() != null) {
                save(pseudonym, draft.next(ReportDraft.Step.AREA));
                return reply(prefix + texts.text(ReplyKey.SAFETY_ASK_AREA));
            }
        }
        save(pseudonym, draft.next(ReportDraft.Step.PHONE));
        return reply(prefix + texts.text(ReplyKey.SAFETY_ASK_PHONE));
    }

    private Answer phoneStep(ReportDraft draft, boolean voice, String text, String pseudonym, String prefix) {
        if (voice) {
            ReportDraft heard = Optional.ofNullable(text)
                    .flatMap(phones::findIn)
                    .map(f -> draft.withPhone(f.e164()))
                    .orElse(draft);
            save(pseudonym, heard.next(ReportDraft.Step.AREA));
            return reply(prefix + texts.text(ReplyKey.SAFETY_ASK_AREA));
        }
        if (text != null && SKIP_WORDS.contains(text)) {
            save(pseudonym, draft.next(ReportDraft.Step.AREA));
            return reply(texts.text(ReplyKey.SAFETY_ASK_AREA));
        }
        Optional<String> number = Optional.ofNullable(text)
                .flatMap(t -> phones.normalise(t).or(() -> phones.findIn(t).map(PhoneNumbers.Found::e164)));
        if (number.isEmpty()) {
            return reply(prefix + texts.text(ReplyKey.SAFETY_PHONE_NOT_UNDERSTOOD));
        }
        save(pseudonym, draft.withPhone(number.get()).next(ReportDraft.Step.AREA));
        return reply(prefix + texts.text(ReplyKey.SAFETY_ASK_AREA));
    }

    private Answer areaStep(ReportDraft draft, boolean voice, String text, String pseudonym, String prefix) {
        ReportDraft next = voice || text == null || text.isEmpty() || SKIP_WORDS.contains(text)
                ? draft
                : draft.withArea(limit(text, 200));
        save(pseudonym, next.next(ReportDraft.Step.WHEN));
        return reply(prefix + texts.text(ReplyKey.SAFETY_ASK_WHEN));
    }

    private Answer whenStep(ReportDraft draft, boolean voice, String text, String pseudonym, String prefix) {
        ReportDraft next = voice || text == null || text.isEmpty() || SKIP_WORDS.contains(text)
                ? draft
                : draft.withOccurred(limit(text, 200));
        return confirm(next.next(ReportDraft.Step.CONFIRM), pseudonym, prefix);
    }

    private Answer confirmStep(
            ReportDraft draft, boolean voice, String text, String receiptKey, String pseudonym, String prefix) {
        if (voice || text == null || !CONFIRM_WORDS.contains(text.toLowerCase(java.util.Locale.ROOT))) {
            save(pseudonym, draft);
            return reply(prefix + texts.text(ReplyKey.SAFETY_CONFIRM_AGAIN));
        }
        try {
            reports.submit(new ClientReports.Submission(
                    pseudonym,
                    receiptKey,
                    draft.what(),
                    draft.voiceIds(),
                    draft.phone(),
                    draft.area(),
                    draft.occurred()));
        } catch (DataAccessException e) {
            return reply(texts.text(ReplyKey.SAFETY_UNAVAILABLE));
        }
        store.delete(key(pseudonym));
        return reply(texts.text(ReplyKey.SAFETY_THANKS));
    }

    private Answer confirm(ReportDraft draft, String pseudonym, String prefix) {
        save(pseudonym, draft);
        return reply(prefix + texts.text(ReplyKey.SAFETY_CONFIRM, Map.of("summary", draft.summary(summaryWording()))));
    }

    private ReportDraft.SummaryWording summaryWording() {
        return new ReportDraft.SummaryWording(
                texts.text(ReplyKey.SAFETY_SUMMARY),
                texts.text(ReplyKey.SAFETY_SUMMARY_NO_PHONE),
                texts.text(ReplyKey.SAFETY_SUMMARY_NOT_SAID));
    }

    private Answer check(String e164, String pseudonym) {
        String counter = "safety:checks:" + pseudonym + ":" + LocalDate.now(ZoneOffset.UTC);
        if (store.increment(counter, Duration.ofDays(1)) > settings.checksPerDay()) {
            return reply(texts.text(ReplyKey.SAFETY_CHECKS_EXHAUSTED));
        }
        ClientReports.Check found = reports.check(e164);
        String advice = texts.text(ReplyKey.SAFETY_ADVICE);
        if (found.approved() == 0) {
            return reply(texts.text(ReplyKey.SAFETY_CHECK_NONE) + "\n" + advice);
        }
        String head = texts.text(
                ReplyKey.SAFETY_CHECK_FOUND,
                Map.of(
                        "count",
                        String.valueOf(found.approved()),
                        "month",
                        found.latestMonth().getYear() + "年"
                                + found.latestMonth().getMonthValue() + "月",
                        "summary",
                        found.latestSummary() == null ? "" : found.latestSummary()));
        return reply(head.strip() + "\n" + advice);
    }

    private Optional<ReportDraft> load(String pseudonym) {
        return store.get(key(pseudonym)).flatMap(stored -> {
            try {
                return Optional.of(ReportDraft.decode(keys.openText(stored)));
            } catch (java.security.GeneralSecurityException | RuntimeException e) {
                store.delete(key(pseudonym));
                return Optional.empty();
            }
        });
    }

    private void save(String pseudonym, ReportDraft draft) {
        store.put(key(pseudonym), keys.sealText(draft.encode()), settings.conversation());
    }

    private static String key(String pseudonym) {
        return "safety:draft:" + pseudonym;
    }

    private static Answer reply(String text) {
        return new Answer(text, false);
    }

    static String limit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }
}
