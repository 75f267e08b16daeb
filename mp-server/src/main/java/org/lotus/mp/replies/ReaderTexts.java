package org.lotus.mp.replies;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The texts readers get, as served: every automatic reply and keyword answer rewritten with the current lexicon, held
 * in memory so a callback never reads the database. The snapshot is rebuilt when the lexicon is recompiled or when
 * the shared text revision moves (polled every two seconds, like the lexicon's), and the last one is kept while the
 * database does not answer.
 */
@Service
public class ReaderTexts {

    private static final Logger log = LoggerFactory.getLogger(ReaderTexts.class);
    private static final long RETRY_NANOS = 5_000_000_000L;

    private final ReaderTextStore store;
    private final LexiconCheck lexicon;
    private final AtomicLong sharedRevision = new AtomicLong();
    private volatile Snapshot snapshot;
    private volatile long retryAt;

    private record Snapshot(
            long textRevision,
            long lexiconRevision,
            Map<ReplyKey, String> replies,
            Map<ReplyKey, Long> voices,
            KeywordMatcher matcher,
            List<KeywordAnswer> desk) {}

    ReaderTexts(ReaderTextStore store, LexiconCheck lexicon) {
        this.store = store;
        this.lexicon = lexicon;
    }

    /** The reply as served now. */
    public String text(ReplyKey key) {
        String text = current().replies().get(key);
        return text != null ? text : lexicon.preview(key.seedText()).text();
    }

    /** The reply as served now, its placeholders ({@code {count}}) filled in. */
    public String text(ReplyKey key, Map<String, String> values) {
        return Placeholders.fill(text(key), values);
    }

    /** The keyword answers that start the safety desk's report or check (kind report or check). */
    public List<KeywordAnswer> deskTriggers() {
        return current().desk();
    }

    /** The audio library clip a reply is spoken with, when staff chose one (the text is the fallback). */
    public Optional<Long> audioOf(ReplyKey key) {
        return Optional.ofNullable(current().voices().get(key));
    }

    /** The keyword answer for a reader's text, with its text rewritten, if any keyword matches. */
    public Optional<KeywordAnswer> answerTo(String readerText) {
        return current().matcher().match(readerText);
    }

    /** Any reader-facing text (a section's reply) rewritten with the current lexicon. */
    public String rewritten(String text) {
        return text == null ? "" : lexicon.preview(text).text();
    }

    /**
     * An opaque token that changes with every change to a reply, a keyword answer, a section text, and with the
     * lexicon: callers caching a derived answer compare it by identity.
     */
    public Object version() {
        return current();
    }

    /** Records a change for every instance; this one reloads once the transaction commits. */
    void changed() {
        store.bumpRevision();
        Runnable reload = () -> {
            sharedRevision.incrementAndGet();
            pollRevision();
            retryAt = 0;
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    reload.run();
                }
            });
        } else {
            reload.run();
        }
    }

    @Scheduled(
            fixedDelayString = "${lotus.lexicon.refresh-millis:2000}",
            initialDelayString = "${lotus.lexicon.refresh-millis:2000}")
    void pollRevision() {
        try {
            sharedRevision.set(store.revision());
            current(); // rebuilds here after a change or a lexicon recompile, rather than in a callback
        } catch (DataAccessException e) {
            log.warn("reader texts revision unreadable: database unavailable");
        }
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s != null && s.textRevision() == sharedRevision.get() && s.lexiconRevision() == lexicon.lexiconRevision()) {
            return s;
        }
        if (s != null && System.nanoTime() < retryAt) {
            return s;
        }
        return reload(s);
    }

    private synchronized Snapshot reload(Snapshot previous) {
        Snapshot s = snapshot;
        if (s != previous) {
            return s;
        }
        long textRevision = sharedRevision.get();
        long lexiconRevision = lexicon.lexiconRevision();
        try {
            Map<ReplyKey, String> replies = new EnumMap<>(ReplyKey.class);
            Map<ReplyKey, Long> voices = new EnumMap<>(ReplyKey.class);
            for (AutomaticReply reply : store.replies()) {
                replies.put(reply.key(), lexicon.preview(reply.text()).text());
                if (reply.audioId() != null) {
                    voices.put(reply.key(), reply.audioId());
                }
            }
            List<KeywordAnswer> answers = store.answers();
            snapshot = new Snapshot(
                    textRevision,
                    lexiconRevision,
                    replies,
                    voices,
                    matcher(answers.stream().filter(a -> !a.kind().desk()).toList()),
                    answers.stream().filter(a -> a.kind().desk()).toList());
        } catch (DataAccessException e) {
            log.warn("reader texts served from memory: database unavailable");
            retryAt = System.nanoTime() + RETRY_NANOS;
            if (previous == null) {
                return new Snapshot(textRevision, lexiconRevision, Map.of(), Map.of(), KeywordMatcher.EMPTY, List.of());
            }
        }
        return snapshot;
    }

    private KeywordMatcher matcher(List<KeywordAnswer> answers) {
        List<KeywordAnswer> served = answers.stream()
                .map(a -> a.text() == null
                        ? a
                        : withText(a, lexicon.preview(a.text()).text()))
                .toList();
        try {
            return new KeywordMatcher(served);
        } catch (IllegalArgumentException e) {
            log.error("keyword answers not compiled: {}", e.getMessage());
            return KeywordMatcher.EMPTY;
        }
    }

    private static KeywordAnswer withText(KeywordAnswer a, String text) {
        return new KeywordAnswer(
                a.id(),
                a.keywords(),
                a.match(),
                a.kind(),
                text,
                a.textFr(),
                a.sectionKey(),
                a.articleId(),
                a.audioId(),
                a.updatedAt());
    }
}
