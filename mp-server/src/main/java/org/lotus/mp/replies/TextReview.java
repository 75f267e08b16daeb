package org.lotus.mp.replies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.lotus.content.UtcTime;
import org.lotus.content.announcement.Announcement;
import org.lotus.content.announcement.Announcements;
import org.lotus.content.partner.Partner;
import org.lotus.content.partner.PartnerDraft;
import org.lotus.content.partner.Partners;
import org.lotus.content.section.Section;
import org.lotus.content.section.Sections;
import org.lotus.mp.audit.AuditLog;
import org.lotus.sensitivewords.Finding;
import org.lotus.sensitivewords.Replacement;
import org.lotus.sensitivewords.RewriteResult;
import org.springframework.stereotype.Service;

/**
 * "À relire / 待检查": every stored text readers can get (automatic replies, keyword answers, section texts, partners,
 * announcements on the agenda) checked against the current lexicon. A text the lexicon would now change, or that now
 * holds a blocked term, is listed; the rewrite can be applied in one step when no blocked term remains.
 */
@Service
public class TextReview {

    /** A stored text as it is and as the lexicon would now write it. */
    public record FieldChange(
            String field, String text, String rewritten, List<Replacement> replacements, List<Finding> findings) {}

    /**
     * One thing to look at again: {@code kind} is reply, keyword-answer, section, partner or announcement;
     * {@code applicable} when its rewrite can be stored as it is (announcements are corrected in their editor);
     * {@code blocked} while a blocked term keeps it from being applied.
     */
    public record Item(
            String kind, String id, String label, List<FieldChange> fields, boolean applicable, boolean blocked) {

        Item(String kind, String id, String label, List<FieldChange> fields, boolean applicable) {
            this(
                    kind,
                    id,
                    label,
                    fields,
                    applicable,
                    fields.stream().anyMatch(f -> !f.findings().isEmpty()));
        }
    }

    private final AutomaticReplies replies;
    private final KeywordAnswers answers;
    private final SectionTexts sectionTexts;
    private final Sections sections;
    private final Partners partners;
    private final Announcements announcements;
    private final LexiconCheck lexicon;
    private final AuditLog audit;

    TextReview(
            AutomaticReplies replies,
            KeywordAnswers answers,
            SectionTexts sectionTexts,
            Sections sections,
            Partners partners,
            Announcements announcements,
            LexiconCheck lexicon,
            AuditLog audit) {
        this.replies = replies;
        this.answers = answers;
        this.sectionTexts = sectionTexts;
        this.sections = sections;
        this.partners = partners;
        this.announcements = announcements;
        this.lexicon = lexicon;
        this.audit = audit;
    }

    /** Every stored reader-facing text the current lexicon would change or refuse. */
    public List<Item> items() {
        List<Item> items = new ArrayList<>();
        for (AutomaticReply reply : replies.all()) {
            check("reply", reply.key().key(), reply.key().key(), Map.of("text", reply.text()), true)
                    .ifPresent(items::add);
        }
        for (KeywordAnswer answer : answers.all()) {
            if (answer.text() != null) {
                check(
                                "keyword-answer",
                                String.valueOf(answer.id()),
                                String.join(" / ", answer.keywords()),
                                Map.of("text", answer.text()),
                                true)
                        .ifPresent(items::add);
            }
        }
        for (Section section : sections.all()) {
            check(
                            "section",
                            section.getSectionKey(),
                            section.getNameZh(),
                            Map.of("replyText", section.getReplyText()),
                            true)
                    .ifPresent(items::add);
        }
        for (Partner partner : partners.published()) {
            check("partner", String.valueOf(partner.getId()), partner.getName(), partnerFields(partner), true)
                    .ifPresent(items::add);
        }
        for (Announcement announcement : announcements.agenda(UtcTime.now())) {
            check(
                            "announcement",
                            String.valueOf(announcement.getId()),
                            announcement.getPublishedTitle(),
                            announcementFields(announcement),
                            false)
                    .ifPresent(items::add);
        }
        return items;
    }

    /**
     * Stores the rewrite of one listed text. Empty when nothing has that kind and id; throws
     * {@link BlockedTermsException} while a blocked term remains and {@link IllegalStateException} for a kind whose
     * texts are corrected elsewhere.
     */
    public Optional<Item> apply(String kind, String id) {
        Optional<Item> item = items().stream()
                .filter(i -> i.kind().equals(kind) && i.id().equals(id))
                .findFirst();
        if (item.isEmpty()) {
            return Optional.empty();
        }
        Item found = item.get();
        for (FieldChange field : found.fields()) {
            if (!field.findings().isEmpty()) {
                throw new BlockedTermsException(field.field(), field.findings());
            }
        }
        Function<String, String> rewritten = field -> found.fields().stream()
                .filter(f -> f.field().equals(field))
                .map(FieldChange::rewritten)
                .findFirst()
                .orElse(null);
        switch (kind) {
            case "reply" -> {
                AutomaticReply reply = replies.get(ReplyKey.of(id).orElseThrow());
                replies.save(reply.key(), rewritten.apply("text"), reply.textFr(), reply.audioId());
            }
            case "keyword-answer" -> {
                KeywordAnswer a = answers.find(Long.parseLong(id)).orElseThrow();
                answers.update(
                        a.id(),
                        new KeywordAnswer.Draft(
                                a.keywords(),
                                a.match(),
                                rewritten.apply("text"),
                                a.textFr(),
                                a.sectionKey(),
                                a.articleId(),
                                a.audioId()));
            }
            case "section" -> {
                Section section = sections.find(id).orElseThrow();
                section.setReplyText(rewritten.apply("replyText"));
                sectionTexts.save(section);
            }
            case "partner" -> {
                Partner p = partners.get(Long.parseLong(id));
                Map<String, String> now = partnerFields(p);
                Function<String, String> value =
                        f -> Optional.ofNullable(rewritten.apply(f)).orElse(now.get(f));
                partners.update(
                        p.getId(),
                        new PartnerDraft(
                                value.apply("name"),
                                value.apply("services"),
                                value.apply("address"),
                                value.apply("hours"),
                                value.apply("contact"),
                                value.apply("languages")));
                audit.record(
                        "partner.rewrite", "partner", p.getId(), found.fields().size() + " fields");
            }
            default -> throw new IllegalStateException(kind + " texts are corrected in their own editor");
        }
        return item;
    }

    private Optional<Item> check(String kind, String id, String label, Map<String, String> fields, boolean applicable) {
        List<FieldChange> changes = new ArrayList<>();
        fields.forEach((field, text) -> {
            if (text == null || text.isBlank()) {
                return;
            }
            RewriteResult result = lexicon.preview(text);
            if (!result.text().equals(text) || result.hasFindings()) {
                changes.add(new FieldChange(field, text, result.text(), result.replacements(), result.findings()));
            }
        });
        return changes.isEmpty() ? Optional.empty() : Optional.of(new Item(kind, id, label, changes, applicable));
    }

    private static Map<String, String> partnerFields(Partner p) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", p.getName());
        fields.put("services", p.getServices());
        fields.put("address", p.getAddress());
        fields.put("hours", p.getHours());
        fields.put("contact", p.getContact());
        fields.put("languages", p.getLanguages());
        return fields;
    }

    private static Map<String, String> announcementFields(Announcement a) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", a.getPublishedTitle());
        fields.put("body", a.getPublishedBody());
        fields.put("place", a.getPublishedPlace());
        return fields;
    }
}
