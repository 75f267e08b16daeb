package org.lotus.mp.cms;

import java.util.List;
import org.lotus.mp.replies.AutomaticReplies;
import org.lotus.mp.replies.LexiconCheck;
import org.lotus.sensitivewords.Finding;
import org.lotus.sensitivewords.RewriteResult;

/** A plain reader-facing text as it will be served: marked parts, its bytes once rewritten, what the lexicon did. */
public record TextMarks(
        List<RewriteMarks.Part> parts, int bytes, int maxBytes, int replacements, List<Finding> findings) {

    public static TextMarks of(String text, LexiconCheck lexicon) {
        RewriteResult result = lexicon.preview(text);
        return new TextMarks(
                RewriteMarks.of(text == null ? "" : text, result),
                AutomaticReplies.bytes(result.text()),
                AutomaticReplies.MAX_BYTES,
                result.replacements().size(),
                result.findings());
    }

    public boolean tooLong() {
        return bytes > maxBytes;
    }
}
