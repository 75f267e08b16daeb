package org.lotus.mp.replies;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.lotus.content.UtcTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The rows behind automatic replies and keyword answers, and the shared revision every change bumps. */
@Repository
class ReaderTextStore {

    private final JdbcClient jdbc;

    ReaderTextStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<AutomaticReply> replies() {
        return jdbc.sql("SELECT * FROM automatic_reply").query(ReaderTextStore::reply).list().stream()
                .filter(r -> r.key() != null)
                .toList();
    }

    Optional<AutomaticReply> reply(ReplyKey key) {
        return jdbc.sql("SELECT * FROM automatic_reply WHERE reply_key = ?")
                .param(key.key())
                .query(ReaderTextStore::reply)
                .optional();
    }

    void saveReply(ReplyKey key, String text, String textFr, Long audioId) {
        int updated = jdbc.sql(
                        "UPDATE automatic_reply SET reply_text = ?, reply_text_fr = ?, audio_id = ?, updated_at = ?"
                                + " WHERE reply_key = ?")
                .params(text, textFr, audioId, UtcTime.now(), key.key())
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO automatic_reply (reply_key, reply_text, reply_text_fr, audio_id, updated_at)"
                            + " VALUES (?, ?, ?, ?, ?)")
                    .params(key.key(), text, textFr, audioId, UtcTime.now())
                    .update();
        }
    }

    List<KeywordAnswer> answers() {
        return jdbc.sql("SELECT * FROM keyword_answer ORDER BY id")
                .query(ReaderTextStore::answer)
                .list();
    }

    Optional<KeywordAnswer> answer(long id) {
        return jdbc.sql("SELECT * FROM keyword_answer WHERE id = ?")
                .param(id)
                .query(ReaderTextStore::answer)
                .optional();
    }

    long insertAnswer(KeywordAnswer.Draft draft) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO keyword_answer (keywords, match_kind, answer_kind, answer_text, answer_text_fr,"
                        + " section_key, article_id, audio_id, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(values(draft))
                .update(key, "id");
        return key.getKey().longValue();
    }

    boolean updateAnswer(long id, KeywordAnswer.Draft draft) {
        Object[] values = Arrays.copyOf(values(draft), 10);
        values[9] = id;
        return jdbc.sql("UPDATE keyword_answer SET keywords = ?, match_kind = ?, answer_kind = ?, answer_text = ?,"
                                + " answer_text_fr = ?, section_key = ?, article_id = ?, audio_id = ?, updated_at = ?"
                                + " WHERE id = ?")
                        .params(values)
                        .update()
                == 1;
    }

    boolean deleteAnswer(long id) {
        return jdbc.sql("DELETE FROM keyword_answer WHERE id = ?").param(id).update() == 1;
    }

    long revision() {
        return jdbc.sql("SELECT revision FROM reader_text_revision WHERE id = 1")
                .query(Long.class)
                .single();
    }

    void bumpRevision() {
        jdbc.sql("UPDATE reader_text_revision SET revision = revision + 1 WHERE id = 1")
                .update();
    }

    private static Object[] values(KeywordAnswer.Draft draft) {
        KeywordAnswer.Kind kind = draft.kind();
        return new Object[] {
            String.join("\n", draft.keywords()),
            draft.match().code(),
            kind.code(),
            draft.text(),
            draft.textFr(),
            kind == KeywordAnswer.Kind.SECTION ? draft.sectionKey() : null,
            kind == KeywordAnswer.Kind.ARTICLE ? draft.articleId() : null,
            draft.audioId(),
            UtcTime.now()
        };
    }

    private static AutomaticReply reply(ResultSet rs, int row) throws SQLException {
        return new AutomaticReply(
                ReplyKey.of(rs.getString("reply_key")).orElse(null),
                rs.getString("reply_text"),
                rs.getString("reply_text_fr"),
                rs.getObject("audio_id", Long.class),
                UtcTime.instant(rs.getObject("updated_at", java.time.LocalDateTime.class)));
    }

    private static KeywordAnswer answer(ResultSet rs, int row) throws SQLException {
        return new KeywordAnswer(
                rs.getLong("id"),
                Arrays.stream(rs.getString("keywords").split("\n"))
                        .filter(k -> !k.isBlank())
                        .toList(),
                KeywordAnswer.Match.parse(rs.getString("match_kind")),
                KeywordAnswer.Kind.parse(rs.getString("answer_kind")),
                rs.getString("answer_text"),
                rs.getString("answer_text_fr"),
                rs.getString("section_key"),
                rs.getObject("article_id", Long.class),
                rs.getObject("audio_id", Long.class),
                UtcTime.instant(rs.getObject("updated_at", java.time.LocalDateTime.class)));
    }
}
