package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Seeds the labels of the report summary a reader confirms (发生了什么, 电话, 地点, 时间 …) as automatic replies staff
 * edit, rewritten with the lexicon; the summary readers get stays as it was.
 */
public class V2026_12_01_31__Seed_safety_summary_labels extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        Set<String> stored = new HashSet<>();
        try (ResultSet rows = db.createStatement().executeQuery("SELECT reply_key FROM automatic_reply")) {
            while (rows.next()) {
                stored.add(rows.getString(1));
            }
        }
        V2026_11_30_41__Seed_reader_texts.seedReplies(
                db,
                V2026_11_30_41__Seed_reader_texts.lexicon(db),
                Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC)),
                stored);
    }
}
