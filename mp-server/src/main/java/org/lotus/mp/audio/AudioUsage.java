package org.lotus.mp.audio;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Where a clip is used: sections answering with it and articles with it as their audio version. */
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
        return used;
    }
}
