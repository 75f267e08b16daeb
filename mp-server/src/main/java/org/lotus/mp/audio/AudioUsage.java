package org.lotus.mp.audio;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Where a clip is used: sections, automatic replies and keyword answers speaking it, articles read aloud by it. */
@Component
class AudioUsage {

    private final JdbcTemplate jdbc;

    AudioUsage(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<String> of(long audioId) {
        List<String> used = new ArrayList<>();
        jdbc.queryForList("SELECT section_key FROM section WHERE audio_id = ?", String.class, audioId)
                .forEach(key -> used.add("section:" + key));
        jdbc.queryForList("SELECT id FROM article WHERE audio_id = ?", Long.class, audioId)
                .forEach(id -> used.add("article:" + id));
        jdbc.queryForList("SELECT reply_key FROM automatic_reply WHERE audio_id = ?", String.class, audioId)
                .forEach(key -> used.add("reply:" + key));
        jdbc.queryForList("SELECT id FROM keyword_answer WHERE audio_id = ?", Long.class, audioId)
                .forEach(id -> used.add("keyword-answer:" + id));
        return used;
    }
}
