package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.lotus.mp.replies.Placeholders;
import org.lotus.mp.replies.ReplyKey;
import org.lotus.mp.replies.SeededAnswers;
import org.lotus.sensitivewords.Language;
import org.lotus.sensitivewords.Lexicon;
import org.lotus.sensitivewords.LexiconEntry;
import org.lotus.sensitivewords.Rewriter;
import org.lotus.sensitivewords.TextFormat;

/**
 * Seeds the automatic replies from the texts the code shipped until now, and the keyword answers, rewritten with the
 * lexicon as it stands in the database, so the texts readers get are stored as they are served.
 */
public class V2026_11_30_41__Seed_reader_texts extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        Rewriter rewriter = lexicon(db);
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
        seedReplies(db, rewriter, now, Set.of());
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO keyword_answer (keywords, match_kind,"
                + " answer_kind, answer_text, answer_text_fr, updated_at) VALUES (?, 'contains', 'text', ?, ?, ?)")) {
            for (SeededAnswers.Seed seed : SeededAnswers.ALL) {
                insert.setString(1, String.join("\n", seed.keywords()));
                insert.setString(2, rewrite(rewriter, seed.text()));
                insert.setString(3, seed.textFr());
                insert.setTimestamp(4, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Inserts every automatic reply whose key is not {@code present} yet, rewritten, with its French translation. */
    static void seedReplies(Connection db, Rewriter rewriter, Timestamp now, Set<String> present) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO automatic_reply"
                + " (reply_key, reply_text, reply_text_fr, audio_id, updated_at) VALUES (?, ?, ?, NULL, ?)")) {
            for (ReplyKey key : ReplyKey.values()) {
                if (present.contains(key.key())) {
                    continue;
                }
                insert.setString(1, key.key());
                insert.setString(2, rewrite(rewriter, key.seedText()));
                insert.setString(3, key.seedTextFr());
                insert.setTimestamp(4, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** A text that would hold a blocked term is seeded as written: the review list shows it to staff. */
    static String rewrite(Rewriter rewriter, String text) {
        var result = Placeholders.rewriteAround(text, part -> rewriter.rewrite(part, TextFormat.TEXT, Language.ZH));
        return result.hasFindings() ? text : result.text();
    }

    static Rewriter lexicon(Connection db) throws Exception {
        List<LexiconEntry> entries = new ArrayList<>();
        try (ResultSet rows =
                db.createStatement().executeQuery("SELECT term, replacement, language, category FROM lexicon_entry")) {
            while (rows.next()) {
                entries.add(LexiconEntry.of(
                        rows.getString(1), rows.getString(2), Language.parse(rows.getString(3)), rows.getString(4)));
            }
        }
        return Lexicon.compile(entries).rewriter();
    }
}
