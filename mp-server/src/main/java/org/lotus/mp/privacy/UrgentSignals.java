package org.lotus.mp.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.lotus.sensitivewords.Language;
import org.lotus.sensitivewords.Lexicon;
import org.lotus.sensitivewords.LexiconEntry;
import org.lotus.sensitivewords.Lexicons;
import org.lotus.sensitivewords.Rewriter;
import org.lotus.sensitivewords.TextFormat;
import org.springframework.stereotype.Component;

/**
 * Recognises a message that signals danger or an assault. The keyword list ({@code privacy/urgent-signals.tsv})
 * goes through the lexicon matcher, so full-width letters, traditional characters, accents and spaced-out words
 * (救 命) are caught as well.
 */
@Component
public class UrgentSignals {

    private final Rewriter matcher;

    public UrgentSignals() {
        this(shipped());
    }

    UrgentSignals(List<LexiconEntry> signals) {
        this.matcher = Lexicon.compile(signals).rewriter();
    }

    public boolean isUrgent(String text) {
        return text != null
                && !text.isBlank()
                && matcher.rewrite(text, TextFormat.TEXT, Language.ANY).hasFindings();
    }

    private static List<LexiconEntry> shipped() {
        try (InputStream in = UrgentSignals.class.getResourceAsStream("/privacy/urgent-signals.tsv")) {
            return Lexicons.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
