package org.lotus.mp.replies;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.lotus.content.section.Section;
import org.lotus.content.section.Sections;
import org.lotus.mp.audit.AuditLog;
import org.lotus.mp.web.InvalidFieldException;
import org.lotus.sensitivewords.Replacement;
import org.springframework.stereotype.Service;

/** Saves what a section answers: its name and reply kind, and its text rewritten with the lexicon. */
@Service
public class SectionTexts {

    /** WeChat's limit for a sub-button name, in UTF-8 bytes. */
    public static final int NAME_BYTES = 60;

    private final Sections sections;
    private final ReaderTexts texts;
    private final LexiconCheck lexicon;
    private final AuditLog audit;

    /** A saved section and the replacements the lexicon made in its text. */
    public record Saved(Section section, List<Replacement> replacements) {}

    SectionTexts(Sections sections, ReaderTexts texts, LexiconCheck lexicon, AuditLog audit) {
        this.sections = sections;
        this.texts = texts;
        this.lexicon = lexicon;
        this.audit = audit;
    }

    /** {@code text}, {@code latest-article} or {@code page}, as the API writes reply kinds. */
    public static String code(Section.ReplyKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Section.ReplyKind kind(String code) {
        for (Section.ReplyKind kind : Section.ReplyKind.values()) {
            if (code(kind).equals(code) || kind.name().equals(code)) {
                return kind;
            }
        }
        throw new InvalidFieldException("replyKind", "replyKind must be text, latest-article or page", "replyKind");
    }

    /**
     * Rewrites the name and the reply text and saves the section; the caller has set the other fields. Throws
     * {@link BlockedTermsException} (field {@code name} or {@code replyText}) when a blocked term remains.
     */
    public Saved save(Section section) {
        String typedName =
                section.getNameZh() == null ? "" : section.getNameZh().strip();
        String name =
                typedName.isEmpty() ? "" : lexicon.rewrite("name", typedName).text();
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes == 0 || bytes > NAME_BYTES) {
            throw new InvalidFieldException(
                    "name",
                    "the name is " + bytes + " bytes; WeChat allows 1 to " + NAME_BYTES,
                    "menuNameBytes",
                    bytes,
                    NAME_BYTES);
        }
        if (section.getReplyText() == null || section.getReplyText().isBlank()) {
            throw new InvalidFieldException("replyText", "the section needs a reply text", "required");
        }
        var rewritten = lexicon.rewrite("replyText", section.getReplyText().strip());
        if (AutomaticReplies.bytes(rewritten.text()) > AutomaticReplies.MAX_BYTES) {
            throw new TextTooLongException(
                    "replyText", AutomaticReplies.bytes(rewritten.text()), AutomaticReplies.MAX_BYTES);
        }
        section.setNameZh(name);
        section.setReplyText(rewritten.text());
        sections.update(section);
        texts.changed();
        audit.record(
                "section.update",
                "section",
                section.getSectionKey(),
                rewritten.replacements().size() + " replacements");
        return new Saved(section, rewritten.replacements());
    }
}
