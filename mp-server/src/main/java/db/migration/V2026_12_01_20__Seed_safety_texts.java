package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.lotus.sensitivewords.Rewriter;

/**
 * Seeds the automatic replies added since the first seeding (the safety desk's questions and answers), rewritten with
 * the lexicon, and the keywords that start a report (举报 …) or a number check (查 …) as keyword answers staff edit.
 */
public class V2026_12_01_20__Seed_safety_texts extends BaseJavaMigration {

    static final List<String> REPORT_WORDS = List.of("举报", "举报客人", "危险客人", "坏客人");
    static final List<String> CHECK_WORDS = List.of("查", "查号码", "查电话", "查号", "查询");

    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        Rewriter rewriter = V2026_11_30_41__Seed_reader_texts.lexicon(db);
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
        Set<String> stored = new HashSet<>();
        try (ResultSet rows = db.createStatement().executeQuery("SELECT reply_key FROM automatic_reply")) {
            while (rows.next()) {
                stored.add(rows.getString(1));
            }
        }
        V2026_11_30_41__Seed_reader_texts.seedReplies(db, rewriter, now, stored);
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO keyword_answer (keywords, match_kind,"
                + " answer_kind, answer_text_fr, updated_at) VALUES (?, 'contains', ?, ?, ?)")) {
            insert.setString(1, String.join("\n", REPORT_WORDS));
            insert.setString(2, "report");
            insert.setString(
                    3,
                    "Commence un signalement de client dangereux (« 举报 06… il m'a frappée » va droit au"
                            + " récapitulatif).");
            insert.setTimestamp(4, now);
            insert.addBatch();
            insert.setString(1, String.join("\n", CHECK_WORDS));
            insert.setString(2, "check");
            insert.setString(3, "Vérifie un numéro (« 查 06 12 34 56 78 », ou « 查 » puis le numéro).");
            insert.setTimestamp(4, now);
            insert.addBatch();
            insert.executeBatch();
        }
    }
}
