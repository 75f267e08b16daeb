package db.migration;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.lotus.sensitivewords.LexiconEntry;
import org.lotus.sensitivewords.Lexicons;

/**
 * Seeds the lexicon from the shipped files in the same migration run that creates the schema, so no instance ever
 * rewrites with an empty lexicon, and two instances starting together seed it once (Flyway's lock).
 */
public class V2026_11_29_51__Seed_lexicon extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (var count = context.getConnection().createStatement().executeQuery("SELECT COUNT(*) FROM lexicon_entry")) {
            if (count.next() && count.getLong(1) > 0) {
                return; // an earlier start already seeded it
            }
        }
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
        try (PreparedStatement insert = context.getConnection()
                .prepareStatement("INSERT INTO lexicon_entry (term, replacement, language, category, note, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")) {
            for (LexiconEntry entry : Lexicons.shipped()) {
                insert.setString(1, entry.term());
                insert.setString(2, entry.replacement());
                insert.setString(3, entry.language().code());
                insert.setString(4, entry.category());
                insert.setString(5, entry.note());
                insert.setTimestamp(6, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement bump = context.getConnection()
                .prepareStatement("UPDATE lexicon_revision SET revision = revision + 1 WHERE id = 1")) {
            bump.executeUpdate();
        }
    }
}
