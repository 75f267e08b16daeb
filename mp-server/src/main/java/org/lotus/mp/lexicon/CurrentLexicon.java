package org.lotus.mp.lexicon;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.lotus.sensitivewords.Language;
import org.lotus.sensitivewords.Lexicon;
import org.lotus.sensitivewords.LexiconEntry;
import org.lotus.sensitivewords.RewriteResult;
import org.lotus.sensitivewords.Rewriter;
import org.lotus.sensitivewords.TextFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The compiled lexicon this instance rewrites with. Every instance polls the lexicon revision in the database and
 * recompiles when another one changed it, so a change reaches all instances within a few seconds, without restart.
 */
@Service
public class CurrentLexicon {

    private static final Logger log = LoggerFactory.getLogger(CurrentLexicon.class);

    private final LexiconMapper mapper;
    private final AtomicReference<Rewriter> rewriter = new AtomicReference<>();
    private final AtomicLong loadedRevision = new AtomicLong(-1);

    CurrentLexicon(LexiconMapper mapper) {
        this.mapper = mapper;
    }

    public RewriteResult rewrite(String text, TextFormat format, Language language) {
        return rewriter().rewrite(text, format, language);
    }

    public Rewriter rewriter() {
        Rewriter current = rewriter.get();
        if (current == null) {
            refresh();
            current = rewriter.get();
        }
        return current;
    }

    public long revision() {
        return loadedRevision.get();
    }

    @Scheduled(
            fixedDelayString = "${lotus.lexicon.refresh-millis:2000}",
            initialDelayString = "${lotus.lexicon.refresh-millis:2000}")
    void refreshIfChanged() {
        if (mapper.revision() != loadedRevision.get()) {
            refresh();
        }
    }

    /** After the surrounding transaction commits, recompiles at once on this instance (others poll). */
    void refreshAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    refresh();
                }
            });
        } else {
            refresh();
        }
    }

    /** Reloads and recompiles; the new rewriter replaces the old one atomically. */
    synchronized void refresh() {
        long revision = mapper.revision();
        if (revision == loadedRevision.get() && rewriter.get() != null) {
            return;
        }
        List<LexiconEntry> entries =
                mapper.selectList(null).stream().map(LexiconRow::toEntry).toList();
        long started = System.nanoTime();
        rewriter.set(Lexicon.compile(entries).rewriter());
        loadedRevision.set(revision);
        log.info(
                "Lexicon revision {} compiled: {} entries in {} ms",
                revision,
                entries.size(),
                (System.nanoTime() - started) / 1_000_000);
    }
}
