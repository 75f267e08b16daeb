package org.lotus.mp.replies;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lotus.mp.audit.AuditLog;
import org.lotus.sensitivewords.Replacement;
import org.springframework.stereotype.Service;

/** The automatic replies staff edit: every key, its text as stored and as readers get it now. */
@Service
public class AutomaticReplies {

    /** WeChat's limit for a passive text reply, in UTF-8 bytes. */
    public static final int MAX_BYTES = 2048;

    private final ReaderTextStore store;
    private final ReaderTexts texts;
    private final LexiconCheck lexicon;
    private final AuditLog audit;

    /** A saved reply and the replacements the lexicon made in it. */
    public record Saved(AutomaticReply reply, List<Replacement> replacements) {}

    AutomaticReplies(ReaderTextStore store, ReaderTexts texts, LexiconCheck lexicon, AuditLog audit) {
        this.store = store;
        this.texts = texts;
        this.lexicon = lexicon;
        this.audit = audit;
    }

    /** Every key in a fixed order; a key never saved shows its seed text. */
    public List<AutomaticReply> all() {
        Map<ReplyKey, AutomaticReply> stored =
                store.replies().stream().collect(Collectors.toMap(AutomaticReply::key, Function.identity()));
        return Arrays.stream(ReplyKey.values())
                .map(k -> stored.getOrDefault(k, new AutomaticReply(k, k.seedText(), k.seedTextFr(), null, null)))
                .toList();
    }

    public AutomaticReply get(ReplyKey key) {
        return store.reply(key).orElseGet(() -> new AutomaticReply(key, key.seedText(), key.seedTextFr(), null, null));
    }

    /** What readers get now for this key. */
    public String served(ReplyKey key) {
        return texts.text(key);
    }

    /**
     * Rewrites and stores the Chinese text; throws {@link BlockedTermsException} when a blocked term remains and
     * {@link TextTooLongException} when the rewritten text passes WeChat's limit, {@link PlaceholdersException} when
     * it does not hold exactly the key's placeholders.
     */
    public Saved save(ReplyKey key, String text, String textFr, Long audioId) {
        var rewritten = lexicon.rewrite("text", text.strip());
        if (bytes(rewritten.text()) > MAX_BYTES) {
            throw new TextTooLongException("text", bytes(rewritten.text()), MAX_BYTES);
        }
        if (!Placeholders.in(rewritten.text()).equals(key.placeholders())) {
            throw new PlaceholdersException("text", key.placeholders());
        }
        store.saveReply(key, rewritten.text(), textFr == null ? null : textFr.strip(), audioId);
        texts.changed();
        audit.record(
                "reply.update", "reply", key.key(), rewritten.replacements().size() + " replacements");
        return new Saved(get(key), rewritten.replacements());
    }

    /** UTF-8 length, as WeChat counts a passive reply. */
    public static int bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }
}
